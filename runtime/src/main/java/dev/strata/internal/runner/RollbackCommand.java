package dev.strata.internal.runner;

import dev.strata.ErrorCode;
import dev.strata.ExecutedMigration;
import dev.strata.MigrationState;
import dev.strata.ResetResult;
import dev.strata.RollbackResult;
import dev.strata.StrataException;
import dev.strata.internal.history.HistoryRow;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.naming.Versions;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code rollback(count)} and {@code reset()}: run the {@code down()} of the newest applied
 * migrations (by version, newest first), each as its own unit that also deletes its history row.
 * Everything that could stop it part way is checked first, so a refused rollback changes nothing:
 * a failed row, a migration missing from the code or changed since it was applied, a migration
 * without {@code down()}.
 */
public final class RollbackCommand {
  private static final System.Logger LOG = System.getLogger("dev.strata.Migrator");

  private RollbackCommand() {}

  /**
   * Rolls back the {@code count} newest applied migrations (all of them when fewer are applied).
   *
   * @throws StrataException {@link ErrorCode#USAGE} when {@code count < 1};
   *     {@link ErrorCode#VALIDATION_FAILED} or {@link ErrorCode#IRREVERSIBLE} (nothing rolled back)
   *     as above; {@link ErrorCode#MIGRATION_FAILED} when a {@code down()} fails
   */
  public static RollbackResult rollback(RunnerSettings settings, int count) {
    if (count < 1) {
      throw new StrataException(ErrorCode.USAGE, "rollback count must be at least 1, was " + count);
    }
    List<ResolvedMigration> code = settings.migrations().get();
    try (Session session = Session.open(settings)) {
      return LockedRun.execute(session, false, run -> {
        List<ExecutedMigration> done = rollBack(run, code, count);
        return new RollbackResult(done, newestRemaining(run.rows(), done));
      });
    }
  }

  /**
   * Rolls back every applied migration above the baseline, then drops the history table when no
   * row is left in it (there was no baseline).
   */
  public static ResetResult reset(RunnerSettings settings) {
    List<ResolvedMigration> code = settings.migrations().get();
    try (Session session = Session.open(settings)) {
      return LockedRun.execute(session, false, run -> {
        if (run.history().isEmpty()) {
          return new ResetResult(List.of(), false);
        }
        List<ExecutedMigration> done = rollBack(run, code, Integer.MAX_VALUE);
        boolean empty = run.rows().size() == done.size();
        if (empty) {
          new MigrationExecutor(run).unit(() -> session.history().drop(session.connection()));
        }
        return new ResetResult(done, empty);
      });
    }
  }

  private static List<ExecutedMigration> rollBack(LockedRun run, List<ResolvedMigration> code, int count) {
    Reconciliation reconciliation = Reconciliation.of(code, run.rows());
    List<String> problems = new ArrayList<>();
    for (Reconciliation.Entry e : reconciliation.inState(MigrationState.FAILED)) {
      problems.add("migration " + e.version() + " is recorded as failed; fix the database by hand, run repair()"
          + " (strata repair), then roll back");
    }
    for (Reconciliation.Entry e : reconciliation.inState(MigrationState.RESUMABLE)) {
      problems.add("migration " + e.version() + " stopped part-way and is marked to resume; run migrate() to"
          + " complete it, then roll back");
    }
    List<Reconciliation.Entry> targets = reconciliation.entries().stream()
        .filter(e -> e.state() == MigrationState.APPLIED || e.state() == MigrationState.CHECKSUM_MISMATCH
            || e.state() == MigrationState.MISSING)
        .sorted(Comparator.comparing(Reconciliation.Entry::version, Versions.ORDER).reversed())
        .limit(count)
        .toList();
    List<List<Operation>> downs = new ArrayList<>();
    for (Reconciliation.Entry e : targets) {
      if (e.state() == MigrationState.MISSING) {
        problems.add("migration " + e.version() + " is applied but not in the code, so its down() is unknown;"
            + " restore its class, or undo it by hand and run repair() (strata repair) to remove its row");
      } else if (e.state() == MigrationState.CHECKSUM_MISMATCH) {
        problems.add("migration " + e.version() + " (" + e.code().className() + ") has changed since it was"
            + " applied, so its down() may not undo what was applied; revert the change, or run repair()"
            + " (strata repair) if the database matches the code");
      } else {
        try {
          downs.add(e.code().downOperations());
        } catch (StrataException irreversible) {
          throw new StrataException(irreversible.code(), "cannot roll back migration " + e.version() + ": "
              + irreversible.getMessage() + ". Nothing was rolled back.", irreversible);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new StrataException(ErrorCode.VALIDATION_FAILED, "cannot roll back:\n  - "
          + String.join("\n  - ", problems) + "\nNothing was rolled back.");
    }
    MigrationExecutor executor = new MigrationExecutor(run);
    if (run.hasDigest() && !targets.isEmpty()) {
      // The history is about to change: the next start takes the full path.
      executor.unit(() -> run.session().history().clearDigest(run.session().connection()));
    }
    List<ExecutedMigration> done = new ArrayList<>(targets.size());
    for (int i = 0; i < targets.size(); i++) {
      ResolvedMigration migration = targets.get(i).code();
      LOG.log(Level.INFO, () -> "Rolling back version " + migration.version() + " - " + migration.description());
      try {
        done.add(executor.down(migration, downs.get(i)));
      } catch (StrataException e) {
        throw done.isEmpty() ? e : MigrationExecutor.withNote(e, "Rolled back before it in this run: "
            + done.stream().map(ExecutedMigration::version).collect(Collectors.joining(", ")) + ".");
      }
      long ms = done.get(done.size() - 1).executionMs();
      LOG.log(Level.INFO, () -> "Rolled back version " + migration.version() + " - " + migration.description()
          + " in " + ms + " ms");
    }
    return done;
  }

  private static String newestRemaining(List<HistoryRow> rows, List<ExecutedMigration> done) {
    List<String> removed = done.stream().map(ExecutedMigration::version).toList();
    return rows.stream()
        .filter(r -> r.success() && !removed.contains(r.version()))
        .map(HistoryRow::version)
        .max(Versions.ORDER)
        .orElse(null);
  }
}
