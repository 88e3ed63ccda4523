package dev.strata.cli;

import dev.strata.Database;
import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.internal.database.Dialects;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.generator.GenerateOptions;
import dev.strata.generator.GenerateResult;
import dev.strata.generator.Generator;
import dev.strata.internal.jdbc.UrlDataSource;
import dev.strata.internal.loader.MigrationLoader;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.replay.Replayer;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.generator.shadow.ShadowDatabase;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strata generate}: writes the migration from the migrations' schema to the models'. */
@Command(name = "generate", aliases = "migrate:generate",
    description = "Diff the models (the compiled manifest) against the existing migrations and write the difference as a new migration.")
final class GenerateCommand implements Callable<Integer> {
  @Mixin HelpOption help;


  @Option(names = {"-m", "--message"}, paramLabel = "TEXT", description = "What the migration does; names the class (V<version>__<message>).")
  String message;

  @Option(names = "--dir", paramLabel = "DIR", description = "Migrations source folder (default src/main/java/db/migration); created when missing.")
  Path dir = GenerateOptions.DEFAULT_OUTPUT_DIR;

  @Option(names = "--package", paramLabel = "NAME", description = "Package of the migration class (default db.migration).")
  String packageName = GenerateOptions.defaults().packageName();

  @Option(names = "--allow-destructive", description = "Allow changes that lose data (drop table or column, narrowing type change).")
  boolean allowDestructive;

  @Option(names = "--check", description = "Write nothing; exit 1 when the models and the migrations differ (for CI).")
  boolean check;

  @Option(names = "--dry-run", description = "Print the migration and its SQL (see --dialect) instead of writing it.")
  boolean dryRun;

  @Option(names = "--dialect", paramLabel = "DATABASE", defaultValue = "SQLITE",
      description = "Database whose SQL --dry-run prints: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Database dialect;

  @Option(names = "--shadow-url", paramLabel = "URL",
      description = "Replay the migrations into a temporary shadow database on this server and diff what it holds (sees raw SQL).")
  String shadowUrl;

  @Option(names = "--shadow", description = "As --shadow-url with a temporary SQLite database.")
  boolean shadow;

  @Option(names = "--from-db", paramLabel = "URL", description = "Diff against this live database instead of the migrations' replay.")
  String fromDb;

  @Mixin ClassesOption classes;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ClassLoader loader = classes.classLoader();
    SchemaDef desired = Generator.loadManifest(loader);
    List<ResolvedMigration> migrations = MigrationLoader.load(loader);
    SchemaDef current = currentSchema(migrations, out);
    GenerateOptions options = GenerateOptions.defaults()
        .withMessage(message)
        .withOutputDir(dir)
        .withPackageName(packageName)
        .withAllowDestructive(allowDestructive)
        .withCheck(check)
        .withDryRun(dryRun);
    GenerateResult result = new Generator(options)
        .generate(desired, current, migrations.stream().map(ResolvedMigration::version).toList());
    switch (result.status()) {
      case NO_CHANGES, WRITTEN -> out.println(result.summary());
      case DRY_RUN -> printDryRun(out, result, current);
      case CHECK_FAILED, REFUSED -> {
        PrintWriter err = spec.commandLine().getErr();
        err.println(result.summary());
        result.refusals().forEach(r -> err.println("  - " + r));
        return Main.EXIT_NO;
      }
    }
    return 0;
  }

  private SchemaDef currentSchema(List<ResolvedMigration> migrations, PrintWriter out) {
    if (fromDb != null) {
      try (Connection connection = UrlDataSource.of(fromDb).open()) {
        return ShadowDatabase.readBack(connection, migrations);
      } catch (SQLException e) {
        throw new StrataException(ErrorCode.CONNECTION_FAILED, "cannot read " + fromDb + ": " + e.getMessage(), e);
      }
    }
    String server = shadowUrl != null ? shadowUrl : shadow ? "sqlite::memory:" : null;
    if (server == null) {
      return Replayer.replay(migrations);
    }
    try (ShadowDatabase db = ShadowDatabase.create(server)) {
      out.println("Replaying " + migrations.size() + " migration(s) into a shadow database");
      return db.replay(migrations);
    }
  }

  private void printDryRun(PrintWriter out, GenerateResult result, SchemaDef current) {
    out.println(result.summary());
    out.println();
    out.println(result.source());
    SqlDialect sql = Dialects.forDatabase(dialect);
    out.println("-- SQL on " + dialect + " --");
    SchemaDef state = current;
    for (Operation op : result.upOperations()) {
      for (String statement : sql.render(op, state::table)) {
        out.println(statement + ";");
      }
      state = Replayer.apply(state, op);
    }
  }
}
