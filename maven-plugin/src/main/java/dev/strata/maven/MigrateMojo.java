package dev.strata.maven;

import dev.strata.ExecutedMigration;
import dev.strata.MigrateResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn strata:migrate}: applies the pending migrations (all, or up to {@code target}). */
@Mojo(name = "migrate", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
    requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class MigrateMojo extends MigratorMojo {

  /** Apply pending migrations up to and including this version. */
  @Parameter(property = "strata.target")
  String target;

  @Override
  void run(ClassLoader loader) throws MojoExecutionException {
    MigrateResult result = target == null || target.isBlank()
        ? migrator(loader).migrate() : migrator(loader).migrate(target);
    if (result.applied().isEmpty()) {
      info("Database is up to date at version " + orNone(result.currentVersion()) + "; nothing to apply.");
      return;
    }
    for (ExecutedMigration m : result.applied()) {
      info(String.format("Applied %s %s (%d ms)", m.version(), m.description(), m.executionMs()));
    }
    info(result.appliedCount() + " migration(s) applied; database is now at version "
        + orNone(result.currentVersion()) + ".");
  }
}
