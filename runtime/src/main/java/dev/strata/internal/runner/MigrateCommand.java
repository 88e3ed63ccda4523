package dev.strata.internal.runner;

import dev.strata.ErrorCode;
import dev.strata.ExecutedMigration;
import dev.strata.MigrateResult;
import dev.strata.MigrationState;
import dev.strata.StrataException;
import dev.strata.ValidateResult;
import dev.strata.internal.database.Dialects;
import dev.strata.internal.history.HistoryRow;
import dev.strata.internal.history.HistoryTable;
import dev.strata.internal.loader.MigrationLoader;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.schema.index.MigrationIndex;
import dev.strata.internal.schema.naming.Versions;
import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code migrate()}. First the no-op fast path ({@link NoopStart}): the index key compared with the
 * stored index digest, in one query. When they differ, or the index has no digest, the full path:
 * without a digest the history probe is compared in memory with the migrations in the code (when
 * they agree nothing else is sent); otherwise, or when they disagree, the lock is taken once, the
 * history read again under it, validated, and each pending migration applied as its own unit (its
 * DDL, one history insert, the commit). A run that succeeds and leaves nothing in the code pending
 * stores the index digest on the newest row.
 */
public final class MigrateCommand {

  /** The logger, apart so that the no-op fast path initialises no {@code System.Logger}. */
  private static final class Log {
    static final System.Logger LOG = System.getLogger("dev.strata.Migrator");
  }

  /** Logged when the code has no migration: the index is usually missing from the class path. */
  static final String NO_MIGRATIONS = "No migrations found: no migration index (" + MigrationIndex.PATH
      + ") on the class path. Compile the migrations with strata-processor on the annotation processor path,"
      + " or give Migrator the class loader that sees them (Migrator.configure().classLoader(...))";

  private MigrateCommand() {}

  /**
   * Applies the pending migrations, up to and including {@code target} when not null.
   *
   * @throws StrataException {@link ErrorCode#INVALID_MIGRATION} (nothing applied) when a migration's
   *     {@code up()} cannot be recorded; {@link ErrorCode#VALIDATION_FAILED} (nothing applied) when
   *     the history and the code disagree; {@link ErrorCode#MIGRATION_FAILED} when a migration fails
   *     (those before it in this run stay applied); {@link ErrorCode#LOCK_FAILED},
   *     {@link ErrorCode#CONNECTION_FAILED}
   */
  public static MigrateResult run(RunnerSettings settings, String target) {
    try (Session session = Session.open(settings)) {
      MigrateResult upToDate = NoopStart.check(session);
      if (upToDate != null) {
        return upToDate;
      }
      List<ResolvedMigration> code = settings.migrations().get();
      if (code.isEmpty()) {
        Log.LOG.log(Level.WARNING, NO_MIGRATIONS);
      }
      String key = settings.indexLoader() == null ? null : MigrationLoader.verifiedIndexKey(settings.indexLoader());
      if (key == null) {
        // No digest to store: the probe of every row decides, as it always did.
        Optional<List<HistoryRow>> probed = probe(session);
        if (probed != null) {
          Reconciliation quick = Reconciliation.of(code, probed.orElse(List.of()));
          if (quick.isUpToDate(target) && (probed.isPresent() || code.isEmpty())) {
            return new MigrateResult(List.of(), quick.newestApplied(), quick.newestApplied());
          }
        }
      }
      recordUpTo(code, target);
      return LockedRun.execute(session, true, run -> apply(run, code, target, key));
    }
  }

  /**
   * Records the {@code up()} of every migration the run may apply, so a migration that cannot be
   * recorded stops the run before the lock is taken, the history table created or any migration
   * applied. Applied migrations were recorded for their checksums already; recording is memoized.
   *
   * @throws StrataException {@link ErrorCode#INVALID_MIGRATION} naming the migration and operation
   */
  private static void recordUpTo(List<ResolvedMigration> code, String target) {
    for (ResolvedMigration migration : code) {
      if (target == null || Versions.compare(migration.version(), target) <= 0) {
        migration.upOperations();
      }
    }
  }

  /**
   * The history rows, empty when there is no table, or null when SQLite is busy with another
   * writer: then the locked path waits for it (up to the lock timeout) instead of failing.
   */
  private static Optional<List<HistoryRow>> probe(Session session) {
    try {
      return HistoryTable.probe(session.connection());
    } catch (SQLException e) {
      if (Dialects.isBusy(e)) {
        return null;
      }
      throw Session.historyFailed("read", e);
    }
  }

  /**
   * Validates and applies under the lock. {@code key} is the index key, or null; it is stored only
   * when the run leaves nothing in the code pending: on the last insert when that migration is the
   * newest, else by one update of the newest row. The first migration applied clears a digest
   * already stored, in its own unit (before its DDL, which on MySQL commits it), so a run that fails
   * part way leaves none behind.
   */
  private static MigrateResult apply(LockedRun run, List<ResolvedMigration> code, String target, String key)
      throws SQLException {
    RunnerSettings settings = run.session().settings();
    Reconciliation reconciliation = Reconciliation.of(code, run.rows());
    List<ValidateResult.Problem> problems = new HistoryValidation(settings.outOfOrder())
        .problems(reconciliation, run.session().dialect());
    if (!problems.isEmpty()) {
      throw new StrataException(ErrorCode.VALIDATION_FAILED, ValidateResult.describe(problems)
          + "\nNothing was applied.");
    }
    List<Reconciliation.Entry> due = reconciliation.due(settings.outOfOrder(), target);
    List<ResolvedMigration> plan = due.stream().map(Reconciliation.Entry::code).toList();
    String newest = reconciliation.newestApplied();
    for (ResolvedMigration migration : plan) {
      if (newest == null || Versions.compare(migration.version(), newest) > 0) {
        newest = migration.version();
      }
    }
    boolean leavesNothingPending = target == null || plan.size() == reconciliation.toApply(settings.outOfOrder(), null).size();
    String digest = key != null && leavesNothingPending ? key : null;
    ResolvedMigration last = plan.isEmpty() ? null : plan.get(plan.size() - 1);
    boolean lastCarriesDigest = digest != null && last != null && last.version().equals(newest);
    MigrationExecutor executor = new MigrationExecutor(run);
    List<ExecutedMigration> applied = new ArrayList<>(plan.size());
    String current = reconciliation.newestApplied();
    for (Reconciliation.Entry entry : due) {
      ResolvedMigration migration = entry.code();
      HistoryRow resumed = entry.state() == MigrationState.RESUMABLE ? entry.row() : null;
      Log.LOG.log(Level.INFO, () -> resumed == null
          ? "Migrating to version " + migration.version() + " - " + migration.description()
          : "Resuming version " + migration.version() + " - " + migration.description() + " at statement "
              + (resumed.stepsDone() + 1));
      try {
        applied.add(executor.up(migration, lastCarriesDigest && migration == last ? digest : null,
            applied.isEmpty() && run.hasDigest(), resumed));
      } catch (StrataException e) {
        throw applied.isEmpty() ? e : MigrationExecutor.withNote(e, "Applied before it in this run (and kept): "
            + applied.stream().map(ExecutedMigration::version).collect(Collectors.joining(", ")) + ".");
      }
      long ms = applied.get(applied.size() - 1).executionMs();
      Log.LOG.log(Level.INFO, () -> "Applied version " + migration.version() + " - " + migration.description()
          + " in " + ms + " ms");
      if (current == null || Versions.compare(migration.version(), current) > 0) {
        current = migration.version();
      }
    }
    if (digest != null && !lastCarriesDigest && newest != null && !run.holdsDigest(newest, digest)) {
      // Nothing applied (re-validated only), or only older migrations out of order.
      String row = newest;
      executor.unit(() -> run.session().history().storeDigest(run.session().connection(), row, digest));
    }
    MigrateResult result = new MigrateResult(applied, reconciliation.newestApplied(), current);
    if (!applied.isEmpty()) {
      Log.LOG.log(Level.INFO, () -> "applied " + applied.size() + " migration(s) in " + result.totalMs()
          + " ms, schema now at version " + result.currentVersion());
    }
    return result;
  }
}
