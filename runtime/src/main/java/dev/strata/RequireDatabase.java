package dev.strata;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;

/**
 * A code step that stops its migration, before the steps after it run, on any database but one.
 * {@code init --from-db} puts one first in the {@code up()} of a migration that creates columns of
 * a type only the database it read knows ({@code enum('G','PG')} on MariaDB), so that applying it
 * elsewhere refuses up front, naming those columns, instead of failing at the first such column:
 * {@code db.run(new RequireDatabase(Database.MARIADB, "film.rating enum('G','PG')"))}.
 *
 * <p>The database is told from {@link DatabaseMetaData#getDatabaseProductName()} and, for MariaDB
 * reached through MySQL Connector/J (product "MySQL"), from a product version holding "MariaDB".
 * Like {@link MigrationContext#executeSql(Database, String)}, a step for {@link Database#MYSQL}
 * also passes on MariaDB.
 *
 * @param database the database the migration applies on
 * @param reason what only that database knows, such as the columns and their types; the error
 *     message carries it
 */
public record RequireDatabase(Database database, String reason) implements DataMigration {

  public RequireDatabase {
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Does nothing on {@link #database}.
   *
   * @throws StrataException {@link ErrorCode#UNSUPPORTED_DATABASE} on any other database, naming
   *     both databases and {@link #reason}
   * @throws SQLException when the connection's metadata cannot be read
   */
  @Override
  public void run(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String product = String.valueOf(meta.getDatabaseProductName()).toLowerCase(Locale.ROOT);
    String version = String.valueOf(meta.getDatabaseProductVersion()).toLowerCase(Locale.ROOT);
    Database actual = product.contains("sqlite") ? Database.SQLITE
        : product.contains("postgres") ? Database.POSTGRESQL
        : product.contains("mariadb") || version.contains("mariadb") ? Database.MARIADB
        : product.contains("mysql") ? Database.MYSQL
        : null;
    if (actual == null || !actual.accepts(database)) {
      throw new StrataException(ErrorCode.UNSUPPORTED_DATABASE, "this migration applies on " + database.displayName()
          + " only, and this database is " + (actual == null ? meta.getDatabaseProductName() : actual.displayName())
          + ": " + reason + ". Nothing of it ran. Write a migration for this database by hand (replace those"
          + " columns' types by ones it knows), or apply this one on " + database.displayName());
    }
  }
}
