package dev.strata.internal.runner;

import dev.strata.StatusReport;
import dev.strata.internal.loader.ResolvedMigration;
import java.util.List;

/** {@code status()}: reads the history (without locking or creating it) and joins it with the code. */
public final class StatusCommand {
  private StatusCommand() {}

  /** The code joined with the history table; every code migration is pending when there is no table. */
  public static StatusReport run(RunnerSettings settings) {
    List<ResolvedMigration> code = settings.migrations().get();
    try (Session session = Session.open(settings)) {
      return Reconciliation.of(code, session.readHistory().orElse(List.of())).toStatusReport();
    }
  }
}
