package dev.strata.internal.runner;

import dev.strata.ErrorCode;
import dev.strata.ValidateResult.Problem;
import dev.strata.internal.history.HistoryRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The history table against the code: failed rows, applied migrations missing from the code,
 * changed checksums and (unless allowed) pending migrations older than the newest applied one.
 * Each message names the migration and the way out. {@code migrate()} runs this before applying.
 */
public final class HistoryValidation implements ValidationStep {
  private final boolean outOfOrder;

  /** @param outOfOrder whether pending migrations older than the newest applied one are allowed */
  public HistoryValidation(boolean outOfOrder) {
    this.outOfOrder = outOfOrder;
  }

  @Override
  public List<Problem> check(Session session, Reconciliation reconciliation) {
    return problems(reconciliation);
  }

  /** The problems in {@code reconciliation}, in version order. */
  public List<Problem> problems(Reconciliation reconciliation) {
    List<Problem> problems = new ArrayList<>();
    for (Reconciliation.Entry e : reconciliation.entries()) {
      String message = message(e, reconciliation);
      if (message != null) {
        problems.add(new Problem(ErrorCode.VALIDATION_FAILED, e.version(), message));
      }
    }
    return problems;
  }

  private String message(Reconciliation.Entry e, Reconciliation reconciliation) {
    HistoryRow row = e.row();
    switch (e.state()) {
      case FAILED:
        return "migration " + name(e) + " failed" + (row.installedAt() == null ? "" : " on " + row.installedAt())
            + (row.failedStatement() == null ? "" : " at:\n      " + row.failedStatement().replace("\n", "\n      "))
            + "\n    Part of it may be applied (MySQL commits DDL as it runs). Undo or complete it by hand,"
            + " fix the migration, then run repair() (strata repair) to remove the failed row, and migrate again.";
      case MISSING:
        return "migration " + name(e) + " is recorded as applied but is not in the code. Restore its class"
            + " (and rebuild, so the migration index lists it), or run repair() (strata repair) to remove"
            + " its history row if it was deleted on purpose.";
      case CHECKSUM_MISMATCH:
        return "migration " + name(e) + " has changed since it was applied (checksum " + shortSum(row.checksum())
            + " applied, " + shortSum(e.code().checksum()) + " now). Revert the change and put new changes in a"
            + " new migration, or, if the database already matches the code, run repair() (strata repair)"
            + " to record the new checksum.";
      case OUT_OF_ORDER:
        if (outOfOrder) {
          return null;
        }
        return "migration " + name(e) + " is pending but older than the newest applied migration "
            + reconciliation.newestApplied() + ". Give it a version newer than " + reconciliation.newestApplied()
            + " (rename it), or allow it with outOfOrder(true).";
      default:
        return null;
    }
  }

  private static String name(Reconciliation.Entry e) {
    String description = e.description() == null || e.description().isEmpty() ? "" : " \"" + e.description() + "\"";
    return e.version() + description + (e.code() == null ? "" : " (" + e.code().className() + ")");
  }

  private static String shortSum(String checksum) {
    return checksum == null || checksum.length() <= 12 ? String.valueOf(checksum) : checksum.substring(0, 12) + "...";
  }
}
