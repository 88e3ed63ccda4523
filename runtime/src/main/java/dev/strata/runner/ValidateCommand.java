package dev.strata.runner;

import dev.strata.ValidateResult;
import dev.strata.loader.ResolvedMigration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code validate()}: reads the history (without locking or changing anything) and runs every
 * {@link ValidationStep} over it.
 */
public final class ValidateCommand {

  /**
   * The checks, in order, each made for the run's settings. Drift detection (the live schema
   * against the replay of the applied migrations, reported as
   * {@link dev.strata.ErrorCode#DRIFT_DETECTED}) is added here as a further step.
   */
  static final List<Function<RunnerSettings, ValidationStep>> STEPS = List.of(
      settings -> new HistoryValidation(settings.outOfOrder()));

  private ValidateCommand() {}

  /** What every step finds; validation problems are returned, not thrown. */
  public static ValidateResult run(RunnerSettings settings) {
    List<ResolvedMigration> code = settings.migrations().get();
    try (Session session = Session.open(settings)) {
      Reconciliation reconciliation = Reconciliation.of(code, session.readHistory().orElse(List.of()));
      List<ValidateResult.Problem> problems = new ArrayList<>();
      for (Function<RunnerSettings, ValidationStep> step : STEPS) {
        problems.addAll(step.apply(settings).check(session, reconciliation));
      }
      int applied = (int) reconciliation.entries().stream().filter(e -> e.state().isInPlace()).count();
      int pending = reconciliation.toApply(settings.outOfOrder(), null).size();
      return new ValidateResult(problems, applied, pending);
    }
  }
}
