package dev.strata.cli;

import dev.strata.Database;
import dev.strata.internal.database.Dialects;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.generator.SqlScript;
import dev.strata.internal.loader.MigrationLoader;
import dev.strata.internal.loader.ProjectDialects;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.naming.Versions;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strata sql --dialect D}: prints the SQL the migrations run on a database, without one. */
@Command(name = "sql", description = "Print the SQL every migration (or those after --from) runs on the given database; needs no database.")
final class SqlCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Option(names = "--dialect", required = true, paramLabel = "DATABASE",
      description = "One of ${COMPLETION-CANDIDATES} (case-insensitive).")
  Database dialect;

  @Option(names = "--from", paramLabel = "VERSION", description = "Only migrations newer than this version.")
  String from;

  @Mixin ClassesOption classes;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ProjectDialects.require(dialect, ProjectDialects.of(classes.classLoader()),
        "sql --dialect " + dialect.name().toLowerCase(java.util.Locale.ROOT));
    List<ResolvedMigration> migrations = MigrationLoader.load(classes.classLoader());
    SqlScript script = new SqlScript(dialect, SchemaDef.EMPTY);
    for (ResolvedMigration m : migrations) {
      if (from != null && Versions.compare(m.version(), from) <= 0) {
        // not printed, but later migrations build on what it made
        m.upOperations().forEach(script::skip);
        continue;
      }
      out.println("-- " + m.version() + " " + m.description() + " (" + m.className() + ")");
      script.render(m.upOperations()).forEach(out::println);
      out.println();
    }
    return 0;
  }
}
