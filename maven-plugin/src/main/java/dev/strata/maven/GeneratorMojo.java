package dev.strata.maven;

import dev.strata.generator.GenerateMessages;
import dev.strata.generator.GenerateMode;
import dev.strata.generator.GenerateOptions;
import dev.strata.generator.GenerateOutcome;
import dev.strata.generator.Generator;
import dev.strata.generator.SchemaSource;
import dev.strata.generator.diff.Change;
import dev.strata.generator.diff.Refusal;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/** A goal that runs {@link Generator}: {@code generate} and {@code check}. */
abstract class GeneratorMojo extends AbstractStrataMojo {

  static final GenerateMessages MESSAGES = new GenerateMessages(PluginAdvice.INSTANCE);

  /** The folder of the migrations' package: where migrations are written and the snapshot is kept. */
  @Parameter(property = "strata.migrationsDirectory", defaultValue = "${project.basedir}/src/main/java/db/migration")
  File migrationsDirectory;

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
        .withShadowUrl(shadowUrl);
    return new Generator(options, (source, migrations) -> {
      if (source == SchemaSource.SHADOW) {
        info("Replaying " + migrations + " migration(s) into a shadow database");
      }
    }).generate(loader);
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
