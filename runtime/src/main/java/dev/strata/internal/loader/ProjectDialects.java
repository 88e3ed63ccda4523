package dev.strata.internal.loader;

import dev.strata.Database;
import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.internal.schema.index.MigrationIndex;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

/**
 * The databases a project targets, as its compilation recorded them from the processor option
 * {@code -Astrata.dialects} in the migration index ({@link MigrationIndex#readDialects}), and the
 * refusal of a database it leaves out: its migrations and models were never checked against that
 * database, so the runner and the generator stop before they change anything there.
 */
public final class ProjectDialects {

  private ProjectDialects() {}

  /**
   * The dialect names every copy of the index on {@code loader}'s class path allows (the names
   * all of them list; a copy without a dialects line allows all); {@link MigrationIndex#DIALECTS}
   * when there is no index.
   *
   * @throws StrataException {@link ErrorCode#IO} when an index cannot be read
   */
  public static List<String> of(ClassLoader loader) {
    List<String> allowed = new ArrayList<>(MigrationIndex.DIALECTS);
    try {
      Enumeration<URL> urls = loader.getResources(MigrationIndex.PATH);
      while (urls.hasMoreElements()) {
        try (InputStream in = urls.nextElement().openStream()) {
          allowed.retainAll(MigrationIndex.readDialects(in));
        }
      }
    } catch (IOException e) {
      throw new StrataException(ErrorCode.IO, "cannot read the migration index: " + e.getMessage(), e);
    }
    return List.copyOf(allowed);
  }

  /** The dialect name of {@code database} in {@code -Astrata.dialects}: MySQL and MariaDB are both {@code mysql}. */
  public static String nameOf(Database database) {
    return switch (database) {
      case SQLITE -> "sqlite";
      case POSTGRESQL -> "postgresql";
      case MYSQL, MARIADB -> "mysql";
    };
  }

  /**
   * Refuses {@code database} unless the project targets it.
   *
   * @param what what would have run, for the message ("migrate", "generate against the shadow database")
   * @param targets the project's dialect names ({@link #of})
   * @throws StrataException {@link ErrorCode#UNSUPPORTED_DATABASE} naming the option and how to
   *     change it, when {@code targets} leaves {@code database} out
   */
  public static void require(Database database, List<String> targets, String what) {
    String name = nameOf(database);
    if (targets.contains(name)) {
      return;
    }
    throw new StrataException(ErrorCode.UNSUPPORTED_DATABASE, what + " refused: the database is "
        + database.displayName() + ", but the project was compiled for " + String.join(", ", targets)
        + " only (-Astrata.dialects=" + String.join(",", targets) + ", recorded in " + MigrationIndex.PATH
        + "), so its models and migrations were never checked against " + database.displayName()
        + ". Use a database the project targets, or add " + name
        + " to -Astrata.dialects and rebuild");
  }
}
