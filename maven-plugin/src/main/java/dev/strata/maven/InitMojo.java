package dev.strata.maven;

import dev.strata.BaselineResult;
import dev.strata.Migrator;
import dev.strata.generator.Adoption;
import dev.strata.generator.GenerateOptions;
import dev.strata.generator.codegen.ModelSource;
import dev.strata.internal.jdbc.Secrets;
import dev.strata.internal.jdbc.UrlDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn strata:init}: creates the migrations folder and prints the compiler setup the
 * annotation processor needs. With {@code -Dstrata.fromDb=URL} it adopts that database instead,
 * as {@code strata init --from-db} does: one {@code @Model} record per table in
 * {@code modelsPackage} under the project's source folder, a first migration creating that schema
 * and the snapshot ({@link Adoption}), then a baseline of the database at that migration. The
 * login is {@code user}/{@code password} (or {@code serverId}).
 */
@Mojo(name = "init", requiresProject = true, requiresDependencyResolution = ResolutionScope.RUNTIME,
    threadSafe = true)
public class InitMojo extends AbstractStrataMojo {

  /** The folder of the migrations' package. */
  @Parameter(property = "strata.migrationsDirectory", defaultValue = "${project.basedir}/src/main/java/db/migration")
  java.io.File migrationsDirectory;

  /** The package of the first migration. */
  @Parameter(property = "strata.migrationsPackage", defaultValue = "db.migration")
  String migrationsPackage;

  /** The database to adopt; none: only create the migrations folder. */
  @Parameter(property = "strata.fromDb")
  String fromDb;

  /** The package of the models an adoption writes. */
  @Parameter(property = "strata.modelsPackage", defaultValue = ModelSource.DEFAULT_PACKAGE)
  String modelsPackage;

  /** The source folder the models go into, by package. */
  @Parameter(defaultValue = "${project.build.sourceDirectory}", readonly = true)
  java.io.File sourceDirectory;

  @Override
  List<String> otherUrls() {
    return fromDb == null ? List.of() : List.of(fromDb);
  }

  @Override
  void run(ClassLoader loader) throws MojoExecutionException {
    if (fromDb != null && !fromDb.isBlank()) {
      adopt();
      return;
    }
    Path dir = migrationsDirectory.toPath();
    if (Files.isDirectory(dir)) {
      info("Migrations folder " + dir + " already exists.");
    } else {
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new MojoExecutionException("cannot create " + dir + ": " + e.getMessage(), e);
      }
      info("Created migrations folder " + dir + ".");
    }
    info(PROCESSOR_SETUP + "Then annotate a class with @Model and run: mvn compile strata:generate"
        + " -Dstrata.message=\"create tables\"");
  }

  private void adopt() {
    String database = Secrets.redact(fromDb);
    UrlDataSource dataSource = UrlDataSource.of(fromDb, blankToNull(user), blankToNull(password));
    GenerateOptions options = GenerateOptions.defaults().withOutputDir(migrationsDirectory.toPath())
        .withPackageName(migrationsPackage);
    Adoption.Result result = new Adoption(options, sourceDirectory.toPath(), modelsPackage).adopt(dataSource, database);
    List<String> lines = new ArrayList<>();
    lines.add("Read " + result.models().size() + " table(s) from " + database + ".");
    result.models().forEach(model -> lines.add("Wrote model " + model));
    lines.add("Wrote migration " + result.migration() + " (version " + result.version() + ")");
    lines.add("Wrote snapshot " + result.snapshot());
    if (!result.notModelled().isEmpty()) {
      lines.add("Not modelled (left out of the models and the migration; validate reports each as drift until you"
          + " model it, or drop it from the database):");
      result.notModelled().forEach(line -> lines.add("  " + line));
    }
    BaselineResult baseline = Migrator.configure().dataSource(dataSource).classLoader(new ClassLoader(null) {})
        .build().baseline(result.version());
    lines.add((baseline.created() ? "Baselined " : "Already baselined ") + database + " at version "
        + result.version() + ": the first migration counts as applied there and never runs on it.");
    lines.add(PROCESSOR_SETUP + "Next: mvn compile strata:check reports no changes, and mvn compile"
        + " strata:validate checks every table.");
    info(String.join(System.lineSeparator(), lines));
  }

  private static final String PROCESSOR_SETUP =
      "Run the annotation processor when compiling (maven-compiler-plugin 3.14.0, release 17):\n"
          + "  <annotationProcessorPaths>\n"
          + "    <path>\n"
          + "      <groupId>dev.strata</groupId>\n"
          + "      <artifactId>strata-processor</artifactId>\n"
          + "      <version>${strata.version}</version>\n"
          + "    </path>\n"
          + "  </annotationProcessorPaths>\n";

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
