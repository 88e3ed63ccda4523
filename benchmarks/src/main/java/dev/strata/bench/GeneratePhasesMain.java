package dev.strata.bench;

import dev.strata.generator.CurrentSchema;
import dev.strata.generator.GenerateMode;
import dev.strata.generator.GenerateOptions;
import dev.strata.generator.GenerateOutcome;
import dev.strata.generator.Generator;
import dev.strata.generator.SchemaSource;
import dev.strata.internal.loader.MigrationLoader;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.replay.Replayer;
import dev.strata.internal.schema.model.SchemaDef;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * Child process for {@code --breakdown}: the steps of {@code strata generate --check} done one by
 * one with public API (no command-line parsing), timed by {@link PhaseBreakdown.Clock}.
 * Arguments: the compiled classes folder, the parent's clock.
 */
public final class GeneratePhasesMain {
  private GeneratePhasesMain() {}

  public static void main(String[] args) throws MalformedURLException {
    PhaseBreakdown.Clock clock = new PhaseBreakdown.Clock(args[1]);
    ClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[0]).toUri().toURL()},
        GeneratePhasesMain.class.getClassLoader());
    SchemaDef desired = Generator.loadManifest(loader);
    clock.phase("read the manifest (Jackson)");
    List<ResolvedMigration> migrations = MigrationLoader.load(loader);
    clock.phase("load, instantiate, sort " + migrations.size() + " migration classes");
    migrations.forEach(ResolvedMigration::upOperations);
    clock.phase("record up() of each migration");
    SchemaDef current = Replayer.replay(migrations);
    clock.phase("replay into a schema");
    GenerateOutcome outcome = new Generator(GenerateOptions.defaults().withMode(GenerateMode.CHECK)).generate(desired,
        new CurrentSchema(current, SchemaSource.REPLAY, migrations.stream().map(ResolvedMigration::version).toList()));
    clock.phase("diff (check: " + ((GenerateOutcome.CheckFailed) outcome).changes().size() + " change)");
  }
}
