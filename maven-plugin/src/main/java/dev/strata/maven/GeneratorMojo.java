package dev.strata.maven;

import dev.strata.generator.GenerateMessages;
import dev.strata.generator.GenerateMode;
import dev.strata.generator.GenerateOptions;
import dev.strata.generator.GenerateOutcome;
import dev.strata.generator.Generator;
import dev.strata.generator.SchemaSource;
import dev.strata.generator.diff.Change;
import dev.strata.generator.diff.Refusal;
import dev.strata.internal.manifest.SnapshotCodec;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugins.annotations.Parameter;

/** A goal that runs {@link Generator}: {@code generate} and {@code check}. */
abstract class GeneratorMojo extends AbstractStrataMojo {

  static final GenerateMessages MESSAGES = new GenerateMessages(PluginAdvice.INSTANCE);

  /** The folder of the migrations' package: where migrations are written. */
  @Parameter(property = "strata.migrationsDirectory", defaultValue = "${project.basedir}/src/main/java/db/migration")
  File migrationsDirectory;

  /**
   * The snapshot file: the schema after the newest migration, which {@code generate} rewrites with
   * each migration and reads instead of replaying the migrations while it is current. By default
   * {@code META-INF/strata/snapshot.json} in the project's first resource directory, so that it is
   * copied into the class output before {@code compile}, where the annotation processor compares
   * the models with it.
   */
  @Parameter(property = "strata.snapshot")
  File snapshot;

  /** The package of generated migrations. */
  @Parameter(property = "strata.migrationsPackage", defaultValue = "db.migration")
  String migrationsPackage;

  /**
   * A server to make a temporary shadow database on and replay the migrations into, so that raw
   * SQL in migrations is taken into account ({@code sqlite::memory:} for a temporary SQLite file).
   */
  @Parameter(property = "strata.shadowUrl")
  String shadowUrl;

  /** Generate changes that lose data (drop table or column, narrowing type change) instead of refusing them. */
  @Parameter(property = "strata.allowDestructive", defaultValue = "false")
  boolean allowDestructive;

  @Override
  List<String> otherUrls() {
    return shadowUrl == null ? List.of() : List.of(shadowUrl);
  }

  GenerateOutcome generate(ClassLoader loader, GenerateMode mode, String message) {
    GenerateOptions options = GenerateOptions.defaults()
        .withMessage(message)
        .withOutputDir(migrationsDirectory.toPath())
        .withPackageName(migrationsPackage)
        .withMode(mode)
        .withAllowDestructive(allowDestructive)
        .withShadowUrl(shadowUrl)
        .withSnapshot(snapshotFile().toPath());
    return new Generator(options, (source, migrations) -> {
      if (source == SchemaSource.SHADOW) {
        info("Replaying " + migrations + " migration(s) into a shadow database");
      }
    }).generate(loader);
  }

  /** {@link #snapshot}, or {@code META-INF/strata/snapshot.json} in the first resource directory. */
  File snapshotFile() {
    if (snapshot != null) {
      return snapshot;
    }
    List<Resource> resources = project.getBuild().getResources();
    File dir = resources.isEmpty() || resources.get(0).getDirectory() == null
        ? new File(project.getBasedir(), "src/main/resources")
        : new File(resources.get(0).getDirectory());
    if (!dir.isAbsolute()) {
      dir = new File(project.getBasedir(), dir.getPath());
    }
    return new File(dir, SnapshotCodec.RESOURCE_PATH);
  }

  /** The summary, each change and each refusal: the text of a failed build. */
  static String report(GenerateOutcome outcome, List<Change> changes, List<Refusal> refusals) {
    List<String> lines = new ArrayList<>();
    lines.add(MESSAGES.summary(outcome));
    changes.forEach(c -> lines.add("  - " + ChangeDescriptions.describe(c.operation())));
    refusals.forEach(r -> lines.add("  - " + MESSAGES.refusal(r)));
    return String.join(System.lineSeparator(), lines);
  }
}
