package dev.strata.internal.runner;

import dev.strata.ErrorCode;
import dev.strata.ValidateResult.Problem;
import dev.strata.MigrationState;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.history.HistoryRow;
import dev.strata.internal.history.StepJournal;
import java.util.Optional;
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
    return problems(reconciliation, session.dialect());
  }

  /** The problems in {@code reconciliation}, in version order. */
  public List<Problem> problems(Reconciliation reconciliation) {
    return problems(reconciliation, null);
  }

  /**
   * The problems in {@code reconciliation}, in version order; with {@code dialect} (the database's)
   * a migration that stopped part-way is shown with its statements.
   */
  public List<Problem> problems(Reconciliation reconciliation, SqlDialect dialect) {
    List<Problem> problems = new ArrayList<>();
    for (Reconciliation.Entry e : reconciliation.entries()) {
      String message = e.state() == MigrationState.FAILED && e.row().stepsDone() != null && e.code() != null
          ? stopped(e, dialect) : message(e, reconciliation);
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

  /**
   * A migration that stopped part-way where DDL is not transactional: which statements ran, the
   * first that did not, and how to go on.
   */
  private static String stopped(Reconciliation.Entry e, SqlDialect dialect) {
    HistoryRow row = e.row();
    int done = row.stepsDone();
    boolean killed = row.failedStatement() == null || StepJournal.isRunningNote(row.failedStatement());
    String database = dialect == null ? "MySQL" : dialect.displayName();
    StringBuilder message = new StringBuilder("migration ").append(name(e)).append(" stopped after ").append(done)
        .append(done == 1 ? " statement" : " statements")
        .append(killed ? " without recording a failure (the run was killed or lost its connection)"
            : " when its statement " + (done + 1) + " failed")
        .append(row.installedAt() == null ? "" : " (" + row.installedAt() + ")").append(".");
    if (dialect != null) {
      MigrationSteps steps = MigrationSteps.first(e.code(), dialect, done + 1);
      List<String> known = steps.steps();
      for (int i = 0; i < known.size(); i++) {
        message.append("\n      ").append(i < done ? "ran:      " : "not done: ").append(i + 1).append(". ")
            .append(MigrationSteps.oneLine(known.get(i)));
      }
      if (known.size() <= done && steps.unknownFrom() != null) {
        message.append("\n      then ").append(steps.unknownFrom()).append(", whose SQL depends on the live table");
      }
    }
    if (!killed) {
      message.append("\n    It failed at:\n      ").append(row.failedStatement().replace("\n", "\n      "));
    }
    String held = done == 0 ? "none of its statements" : done == 1 ? "statement 1" : "statements 1 to " + done;
    message.append("\n    ").append(database).append(" commits each statement, so ")
        .append(done == 0 ? "nothing before statement 1 is applied" : held + (done == 1 ? " is" : " are") + " applied")
        .append(killed ? "; statement " + (done + 1) + " may be applied or not: check." : ".");
    Optional<String> whyNot = dialect == null ? Optional.empty() : MigrationSteps.whyNotResumable(e.code(), row, dialect);
    if (whyNot.isEmpty()) {
      message.append(" To resume: make the database hold ").append(held).append(" and nothing of statement ")
          .append(done + 1).append(" (").append(killed ? "undo it if it is applied, even in part"
              : "fix what made it fail")
          .append("), then run repair() (strata repair), and migrate: it runs the migration from statement ")
          .append(done + 1).append(" on. To start it over instead: undo all its statements by hand, change the")
          .append(" migration (or delete its row), run repair(), and migrate.");
    } else {
      message.append(" It cannot resume: ").append(whyNot.get()).append(". Undo its statements by hand, then run")
          .append(" repair() (strata repair) to remove its row, and migrate again: it runs from the start.");
    }
    return message.toString();
  }

  private static String name(Reconciliation.Entry e) {
    String description = e.description() == null || e.description().isEmpty() ? "" : " \"" + e.description() + "\"";
    return e.version() + description + (e.code() == null ? "" : " (" + e.code().className() + ")");
  }

  private static String shortSum(String checksum) {
    return checksum == null || checksum.length() <= 12 ? String.valueOf(checksum) : checksum.substring(0, 12) + "...";
  }
}
