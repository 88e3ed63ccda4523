package dev.strata.maven;

import dev.strata.generator.GenerateMode;
import dev.strata.generator.GenerateOutcome;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn compile strata:generate -Dstrata.message="add user bio"}: diffs the models (the
 * compiled manifest) against the existing migrations and writes the difference as a new
 * migration, and rewrites the snapshot. Refuses destructive changes unless
 * {@code allowDestructive}, and refuses to run when a migration source is newer than the compiled
 * migration index (compile first), so that no migration is written twice. Its one-line summary
 * shows under {@code mvn -q} as well.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
    requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class GenerateMojo extends GeneratorMojo {

  /** What the migration does; names the class ({@code V<version>__<message>}). Default: made from the changes. */
  @Parameter(property = "strata.message")
  String message;

  /** Log the migration that would be written instead of writing it. */
  @Parameter(property = "strata.dryRun", defaultValue = "false")
  boolean dryRun;

  /**
   * What generate did is its result, so it is shown under {@code mvn -q} too (on standard output,
   * where Maven's quiet mode hides INFO lines).
   */
  private void say(String summary) {
    if (getLog().isInfoEnabled()) {
      info(summary);
    } else {
      System.out.println(scrub(summary));
    }
  }

  @Override
  void run(ClassLoader loader) throws MojoFailureException {
    GenerateOutcome outcome = generate(loader, dryRun ? GenerateMode.DRY_RUN : GenerateMode.WRITE, message);
    if (outcome instanceof GenerateOutcome.Refused refused) {
      throw new MojoFailureException(scrub(report(outcome, List.of(), refused.refusals())));
    }
    say(MESSAGES.summary(outcome));
    if (outcome instanceof GenerateOutcome.DryRun dry) {
      info(dry.migration().source());
    }
  }
}
