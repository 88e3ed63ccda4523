package dev.strata.cli;

import dev.strata.BaselineResult;
import dev.strata.Migrator;
import dev.strata.generator.Adoption;
import dev.strata.generator.GenerateOptions;
import dev.strata.generator.codegen.ModelSource;
import dev.strata.internal.dialect.Unmodelled;
import dev.strata.internal.jdbc.Secrets;
import dev.strata.internal.jdbc.UrlDataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code strata init}: creates the migrations folder and shows the build setup; with
 * {@code --from-db URL}, adopts that database: writes a model per table, a first migration and the
 * snapshot ({@link Adoption}), then baselines the database at that migration.
 */
@Command(name = "init", description = "Create the migrations folder and print the Maven setup for the annotation"
    + " processor; with --from-db, adopt an existing database: write one @Model per table, a first migration"
    + " creating that schema and the snapshot, then baseline the database at that migration.")
final class InitCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Option(names = "--dir", defaultValue = "src/main/java/db/migration", description = "Migrations folder (default ${DEFAULT-VALUE}).")
  Path dir;

  @Option(names = "--from-db", paramLabel = "URL",
      description = "Adopt this database (sqlite:path, postgresql://..., mysql://... or a jdbc: URL).")
  String fromDb;

  @Option(names = "--user", paramLabel = "NAME", description = "The --from-db user, when the URL names none. Default: $STRATA_USER.")
  String user;

  @Option(names = "--password", paramLabel = "SECRET",
      description = "The --from-db password, when the URL has none. Prefer $STRATA_PASSWORD.")
  String password;

  @Option(names = "--package", paramLabel = "NAME", defaultValue = ModelSource.DEFAULT_PACKAGE,
      description = "Package of the models --from-db writes (default ${DEFAULT-VALUE}).")
  String modelsPackage;

  @Option(names = "--source-dir", paramLabel = "DIR", defaultValue = "src/main/java",
      description = "Source folder the models go into, by package (default ${DEFAULT-VALUE}).")
  Path sourceDir;

  @Option(names = "--migrations-package", paramLabel = "NAME", defaultValue = "db.migration",
      description = "Package of the first migration (default ${DEFAULT-VALUE}).")
  String migrationsPackage;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (fromDb != null) {
      return adopt(out);
    }
    if (Files.isDirectory(dir)) {
      out.println("Migrations folder " + dir + " already exists.");
    } else {
      Files.createDirectories(dir);
      out.println("Created migrations folder " + dir + ".");
    }
    out.println();
    printProcessorSetup(out);
    out.println();
    out.println("Then annotate a class with @Model, compile, and run: strata generate --classes target/classes --message \"create tables\"");
    return 0;
  }

  private Integer adopt(PrintWriter out) {
    String database = Secrets.redact(fromDb);
    UrlDataSource dataSource = UrlDataSource.of(fromDb, user != null ? user : System.getenv("STRATA_USER"),
        password != null ? password : System.getenv("STRATA_PASSWORD"));
    GenerateOptions options = GenerateOptions.defaults().withOutputDir(dir).withPackageName(migrationsPackage);
    Adoption.Result result = new Adoption(options, sourceDir, modelsPackage).adopt(dataSource, database);
    out.println("Read " + result.models().size() + " table(s) from " + database + ".");
    for (Path model : result.models()) {
      out.println("Wrote model " + model);
    }
    out.println("Wrote migration " + result.migration() + " (version " + result.version() + ")");
    out.println("Wrote snapshot " + result.snapshot());
    UnmodelledLines.print(out, result.unmodelled());
    List<Unmodelled> only = result.unmodelled().stream().filter(u -> u.kind() == Unmodelled.Kind.ENGINE_SPECIFIC)
        .toList();
    if (!only.isEmpty()) {
      out.println("The first migration applies only on the database it was read from, for the column"
          + (only.size() == 1 ? "" : "s") + " above of a type only it knows: its up() stops before its first"
          + " statement on any other database.");
    }
    List<String> partial = result.schema().tables().stream()
        .flatMap(t -> t.indexes().stream().filter(i -> i.partial()).map(i -> t.name() + "." + i.name())).toList();
    if (!partial.isEmpty()) {
      // The models would not compile for the default targets, MySQL among them.
      out.println("The models declare partial indexes (" + String.join(", ", partial) + "), which MySQL/MariaDB"
          + " cannot carry: compile them with -Astrata.dialects=sqlite,postgresql (or the databases you run on"
          + " without mysql), e.g. <compilerArgs><arg>-Astrata.dialects=sqlite,postgresql</arg></compilerArgs>.");
    }
    if (!result.notModelled().isEmpty()) {
      out.println("Not modelled (left out of the models and the migration; validate reports each as drift until"
          + " you model it, or drop it from the database):");
      result.notModelled().forEach(line -> out.println("  " + line));
    }
    BaselineResult baseline = Migrator.configure().dataSource(dataSource)
        .classLoader(new ClassLoader(null) {}).build().baseline(result.version());
    out.println((baseline.created() ? "Baselined " : "Already baselined ") + database + " at version "
        + result.version() + ": the first migration counts as applied there and never runs on it.");
    out.println();
    printProcessorSetup(out);
    out.println();
    out.println("Next: compile (mvn compile); then strata generate --check --classes target/classes reports no"
        + " changes, and strata validate --url ... --classes target/classes checks every table.");
    return 0;
  }

  private static void printProcessorSetup(PrintWriter out) {
    out.println("Run the annotation processor when compiling (pom.xml, maven-compiler-plugin):");
    out.println("  <annotationProcessorPaths>");
    out.println("    <path>");
    out.println("      <groupId>dev.strata</groupId>");
    out.println("      <artifactId>strata-processor</artifactId>");
    out.println("      <version>${strata.version}</version>");
    out.println("    </path>");
    out.println("  </annotationProcessorPaths>");
  }
}
