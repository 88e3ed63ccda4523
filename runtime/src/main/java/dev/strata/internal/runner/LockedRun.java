package dev.strata.internal.runner;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.internal.history.HistoryRow;
import dev.strata.internal.lock.RunLock;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * A command's work while it holds the runner lock: the lock is taken once, the history table is
 * created if asked, its rows are read under the lock (another runner may have just changed them),
 * then the work runs in units and the lock is released, also on failure.
 */
final class LockedRun {
  private final Session session;
  private final RunLock lock;
  private final Optional<List<HistoryRow>> history;

  /** What runs under the lock. */
  @FunctionalInterface
  interface Work<T> {
    T run(LockedRun run) throws SQLException;
  }

  private LockedRun(Session session, RunLock lock, Optional<List<HistoryRow>> history) {
    this.session = session;
    this.lock = lock;
    this.history = history;
  }

  /**
   * Runs {@code work} under the lock.
   *
   * @param createHistory whether to create the history table when it does not exist; when false
   *     and it does not, {@link #history()} is empty. The table is read first and created only
   *     when missing, so an existing one costs no statement
   */
  static <T> T execute(Session session, boolean createHistory, Work<T> work) {
    RunLock lock = session.dialect().newRunLock();
    try {
      lock.acquire(session.connection(), session.settings().lockTimeout());
    } catch (SQLException e) {
      throw new StrataException(ErrorCode.LOCK_FAILED, "cannot take the migration lock: "
          + e.getMessage(), e);
    }
    Throwable failure = null;
    try {
      Optional<List<HistoryRow>> rows = session.readHistory();
      if (createHistory && rows.isEmpty()) {
        // Read first: the table exists on every run but the first, and reading is needed anyway.
        session.history().createIfAbsent(session.connection());
        rows = Optional.of(List.of());
      } else if (rows.isPresent() && session.history().columnsMissing()) {
        // A table an earlier Strata created: it gains index_digest and steps_done, under the lock.
        session.history().addMissingColumns(session.connection());
      }
      lock.startUnits(session.connection());
      return work.run(new LockedRun(session, lock, rows));
    } catch (SQLException e) {
      StrataException error = Session.historyFailed("create or update", e);
      failure = error;
      throw error;
    } catch (RuntimeException | Error e) {
      failure = e;
      throw e;
    } finally {
      try {
        lock.release(session.connection());
      } catch (SQLException e) {
        if (failure != null) {
          failure.addSuppressed(e);
        } else {
          // On SQLite the release is the run's COMMIT: when it fails, nothing of the run is kept.
          throw new StrataException(ErrorCode.LOCK_FAILED, "cannot end the run (release the migration lock;"
              + " on SQLite, commit the run, which is then rolled back): " + e.getMessage(), e);
        }
      }
    }
  }

  Session session() {
    return session;
  }

  RunLock lock() {
    return lock;
  }

  /** The history rows read under the lock; empty when the table does not exist. */
  Optional<List<HistoryRow>> history() {
    return history;
  }

  /** Whether a row carries an index digest (which a command that changes the history clears). */
  boolean hasDigest() {
    for (HistoryRow row : rows()) {
      if (row.indexDigest() != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code digest} is on the row of {@code version} and no other row carries one. */
  boolean holdsDigest(String version, String digest) {
    boolean held = false;
    for (HistoryRow row : rows()) {
      if (row.indexDigest() != null) {
        if (!row.version().equals(version) || !row.indexDigest().equals(digest)) {
          return false;
        }
        held = true;
      }
    }
    return held;
  }

  /** The history rows; none when the table does not exist. */
  List<HistoryRow> rows() {
    return history.orElse(List.of());
  }
}
