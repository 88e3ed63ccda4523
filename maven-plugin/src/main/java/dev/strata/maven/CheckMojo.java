package dev.strata.maven;

import dev.strata.generator.GenerateMode;
import dev.strata.generator.GenerateOutcome;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn strata:check}: writes nothing, and fails the build, listing the changes, when the
 * models and the migrations differ. Bound to {@code verify} when listed in {@code <executions>}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CheckMojo extends GeneratorMojo {

  @Override
  void run(ClassLoader loader) throws MojoFailureException {
    GenerateOutcome outcome = generate(loader, GenerateMode.CHECK, null);
    if (outcome instanceof GenerateOutcome.CheckFailed failed) {
      throw new MojoFailureException(scrub(report(outcome, failed.changes(), failed.refusals())));
    }
    info(MESSAGES.summary(outcome));
  }
}
