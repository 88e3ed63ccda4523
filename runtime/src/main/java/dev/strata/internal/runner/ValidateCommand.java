package dev.strata.internal.runner;

import dev.strata.ValidateResult;
import dev.strata.internal.loader.ResolvedMigration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code validate()}: reads the history and the live schema (without locking or changing
 * anything) and runs every {@link ValidationStep} over them.
 */
public final class ValidateCommand {

  /**
   * The checks, in order, each made anew for the run's settings: the history against the code,
   * then drift (the live schema against the replay of the applied migrations, reported as
   * {@link dev.strata.ErrorCode#DRIFT_DETECTED}). Neither is on the {@code migrate()} path, which
   * runs only {@link HistoryValidation} and only when something is pending or differs.
   */
  static final List<Function<RunnerSettings, ValidationStep>> STEPS = List.of(
      settings -> new HistoryValidation(settings.outOfOrder()),
      settings -> new DriftValidation());

  private ValidateCommand() {}

  /** What every step finds; validation problems are returned, not thrown. */
  public static ValidateResult run(RunnerSettings settings) {
    List<ResolvedMigration> code = settings.migrations().get();
    try (Session session = Session.open(settings)) {
      Reconciliation reconciliation = Reconciliation.of(code, session.readHistory().orElse(List.of()));
      List<ValidateResult.Problem> problems = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      for (Function<RunnerSettings, ValidationStep> make : STEPS) {
        ValidationStep step = make.apply(settings);
        problems.addAll(step.check(session, reconciliation));
        notes.addAll(step.notes());
      }
      int applied = (int) reconciliation.entries().stream().filter(e -> e.state().isInPlace()).count();
      int pending = reconciliation.toApply(settings.outOfOrder(), null).size();
      return new ValidateResult(problems, applied, pending, notes);
    }
  }
}
