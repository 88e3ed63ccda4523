package dev.strata.internal.runner;

import dev.strata.MigrationState;
import dev.strata.RepairResult;
import dev.strata.internal.history.StepJournal;
import dev.strata.internal.loader.ResolvedMigration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code repair()}: brings the history table back in line with the code, in one unit. A failed
 * row (recorded on MySQL) of a migration that stopped part-way and can resume (its code unchanged,
 * its statements countable without the database: {@link MigrationSteps#whyNotResumable}) is kept
 * with its count of statements done and marked to resume, so the next {@code migrate} runs the
 * rest; any other failed row is removed (the migration then counts as not applied and runs again
 * from the start). It sets the checksum and description of changed applied migrations to the
 * code's, and removes the rows of applied migrations no longer in the code. It changes no schema:
 * fix the database first.
 */
public final class RepairCommand {
  private RepairCommand() {}

  /** Repairs the history table; does nothing when there is none. */
  public static RepairResult run(RunnerSettings settings) {
    List<ResolvedMigration> code = settings.migrations().get();
    try (Session session = Session.open(settings)) {
      return LockedRun.execute(session, false, run -> {
        Reconciliation reconciliation = Reconciliation.of(code, run.rows());
        List<String> failed = new ArrayList<>();
        List<String> resumable = new ArrayList<>();
        List<String> realigned = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Reconciliation.Entry> mismatched = reconciliation.inState(MigrationState.CHECKSUM_MISMATCH);
        for (Reconciliation.Entry e : reconciliation.inState(MigrationState.FAILED)) {
          boolean resumes = e.code() != null && !session.dialect().transactionalDdl()
              && MigrationSteps.whyNotResumable(e.code(), e.row(), session.dialect()).isEmpty();
          (resumes ? resumable : failed).add(e.version());
        }
        mismatched.forEach(e -> realigned.add(e.version()));
        reconciliation.inState(MigrationState.MISSING).forEach(e -> missing.add(e.version()));
        if (failed.isEmpty() && resumable.isEmpty() && realigned.isEmpty() && missing.isEmpty()) {
          return new RepairResult(failed, realigned, missing, resumable);
        }
        StepJournal journal = StepJournal.of(session.dialect().historySql());
        new MigrationExecutor(run).unit(() -> {
          if (run.hasDigest()) {
            // The history changes: the next start takes the full path.
            session.history().clearDigest(session.connection());
          }
          for (String version : failed) {
            session.history().delete(session.connection(), version);
          }
          for (String version : resumable) {
            journal.markResumable(session.connection(), version);
          }
          for (Reconciliation.Entry e : mismatched) {
            session.history().realign(session.connection(), e.version(), e.code().checksum(), e.code().description());
          }
          for (String version : missing) {
            session.history().delete(session.connection(), version);
          }
        });
        return new RepairResult(failed, realigned, missing, resumable);
      });
    }
  }
}
