package dev.strata.internal.runner;

import dev.strata.ValidateResult;
import java.util.List;

/**
 * One check of {@code validate()}. {@link HistoryValidation} compares the history table with the
 * code; {@link DriftValidation} compares the live schema with the replay of the applied
 * migrations. A step is made anew for each run (see {@link ValidateCommand#STEPS}), so it may keep
 * what it learnt for {@link #notes()}.
 */
@FunctionalInterface
public interface ValidationStep {

  /**
   * The problems found, in a stable order; empty when none.
   *
   * @param session the open session: its connection, dialect and live tables ({@link Session#lookup})
   * @param reconciliation the code joined with the history rows
   */
  List<ValidateResult.Problem> check(Session session, Reconciliation reconciliation);

  /**
   * What the last {@link #check} could not verify and why, one sentence each; empty by default.
   * Notes are information for the user, not problems: they do not make the result invalid.
   */
  default List<String> notes() {
    return List.of();
  }
}
