package dev.strata.maven;

import dev.strata.Database;
import dev.strata.generator.SqlScript;
import dev.strata.internal.loader.MigrationLoader;
import dev.strata.internal.loader.ProjectDialects;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.schema.model.SchemaDef;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn strata:sql -Dstrata.dialect=postgresql}: prints the SQL every migration runs on that
 * database, without one.
 */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class SqlMojo extends AbstractStrataMojo {

  /** The database whose SQL to print: {@code sqlite}, {@code postgresql} or {@code mysql}. */
  @Parameter(property = "strata.dialect", defaultValue = "sqlite")
  String dialect;

  @Override
  void run(ClassLoader loader) throws MojoExecutionException {
    ProjectDialects.require(database(dialect), ProjectDialects.of(loader), "strata:sql -Dstrata.dialect=" + dialect);
    SqlScript script = new SqlScript(database(dialect), SchemaDef.EMPTY);
    for (ResolvedMigration m : MigrationLoader.load(loader)) {
      info("-- " + m.version() + " " + m.description() + " (" + m.className() + ")");
      script.render(m.upOperations()).forEach(this::info);
    }
  }

  static Database database(String name) throws MojoExecutionException {
    try {
      return Database.valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("unknown dialect '" + name + "'; use one of "
          + java.util.Arrays.toString(Database.values()).toLowerCase(Locale.ROOT));
    }
  }
}
