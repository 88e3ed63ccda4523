package dev.strata.cli;

import dev.strata.Database;
import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.internal.database.Dialects;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.generator.GenerateListener;
import dev.strata.internal.dialect.Unmodelled;
import java.util.List;
import dev.strata.generator.GenerateMode;
import dev.strata.generator.GenerateOptions;
import dev.strata.generator.GenerateOutcome;
import dev.strata.generator.Generator;
import dev.strata.generator.SchemaSource;
import java.io.PrintWriter;
import java.nio.file.Path;
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

  @Option(names = "--from-db", paramLabel = "URL",
      description = "Diff against this live database instead of the migrations' replay (not with --shadow-url or --shadow).")
  String fromDb;

  @Option(names = "--snapshot", paramLabel = "FILE",
      description = "The snapshot file (default src/main/resources/META-INF/strata/snapshot.json beside the src/main/java"
          + " that holds --dir, else snapshot.json in --dir).")
  Path snapshot;

  @Mixin ClassesOption classes;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (fromDb != null && (shadowUrl != null || shadow)) {
      throw new StrataException(ErrorCode.USAGE, "--from-db and --shadow-url (or --shadow) each give the current "
          + "schema; pass one of them");
    }
    GenerateOptions options = GenerateOptions.defaults()
        .withMessage(message)
        .withOutputDir(dir)
        .withPackageName(packageName)
        .withMode(check ? GenerateMode.CHECK : dryRun ? GenerateMode.DRY_RUN : GenerateMode.WRITE)
        .withAllowDestructive(allowDestructive)
        .withShadowUrl(shadowUrl != null ? shadowUrl : shadow ? "sqlite::memory:" : null)
        .withFromDbUrl(fromDb)
        .withSnapshot(snapshot);
    GenerateListener progress = new GenerateListener() {
      @Override
      public void readingCurrentSchema(SchemaSource source, int migrations) {
        if (source == SchemaSource.SHADOW) {
          out.println("Replaying " + migrations + " migration(s) into a shadow database");
        }
      }

      @Override
      public void unmodelled(List<Unmodelled> objects) {
        UnmodelledLines.print(out, objects);
      }
    };
    GenerateOutcome outcome = new Generator(options, progress).generate(classes.classLoader());
    return outcome.accept(new GenerateOutcomePrinter(out, spec.commandLine().getErr(), dialect));
  }
}
