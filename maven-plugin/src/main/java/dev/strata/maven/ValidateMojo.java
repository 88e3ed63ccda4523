package dev.strata.maven;

import dev.strata.ValidateResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn strata:validate}: the history against the code, and the live schema against what the
 * applied migrations describe; fails the build when anything differs.
 */
@Mojo(name = "validate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ValidateMojo extends MigratorMojo {

  @Override
  void run(ClassLoader loader) throws MojoExecutionException, MojoFailureException {
    ValidateResult result = migrator(loader).validate();
    result.notes().forEach(note -> info("Note: " + note + "."));
    if (!result.isValid()) {
      throw new MojoFailureException(scrub(ValidateResult.describe(result.problems())));
    }
    info(String.format("Valid: %d migration(s) applied, %d pending, no drift.", result.applied(), result.pending()));
  }
}
