package dev.strata.runner;

import dev.strata.ValidateResult;
import java.util.List;

/**
 * One check of {@code validate()}. {@link HistoryValidation} compares the history table with the
 * code; a drift check (the live schema against the replay of the applied migrations) is another
 * step, added to {@link ValidateCommand#STEPS}.
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
}
