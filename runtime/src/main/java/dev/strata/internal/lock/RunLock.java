package dev.strata.internal.lock;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Keeps runners on one database apart, and scopes each migration within the locked run. The lock
 * is taken once per run; each migration is a unit between {@link #begin} and {@link #commit} or
 * {@link #rollback}. Each database's dialect makes its own
 * ({@link dev.strata.internal.dialect.SqlDialect#newRunLock}): PostgreSQL a session advisory lock,
 * MySQL {@code GET_LOCK}, SQLite an exclusive transaction with a savepoint per migration.
 */
public interface RunLock {

  /**
   * Waits for the lock. Called with auto-commit on.
   *
   * @throws dev.strata.StrataException {@link dev.strata.ErrorCode#LOCK_FAILED} when another runner
   *     holds it longer than {@code timeout}
   */
  void acquire(Connection connection, Duration timeout) throws SQLException;

  /** Switches from setting up the history table (auto-commit) to running units. */
  void startUnits(Connection connection) throws SQLException;

  /** Starts one migration's unit. */
  void begin(Connection connection) throws SQLException;

  /**
   * Starts one migration's unit, knowing whether it runs only DDL the dialect renders (no raw SQL,
   * no code step). A database that commits DDL as it runs (MySQL) needs no transaction, and so no
   * {@code COMMIT}, for such a unit. By default the same as {@link #begin(Connection)}.
   */
  default void begin(Connection connection, boolean onlyDdl) throws SQLException {
    begin(connection);
  }

  /**
   * Checks what the database could not check while the unit ran, just before its history row is
   * written; by default nothing.
   *
   * @throws SQLException describing what is wrong, to fail the unit
   */
  default void verify(Connection connection) throws SQLException {}

  /** Makes the unit's changes permanent. */
  void commit(Connection connection) throws SQLException;

  /** Undoes what the database can undo of the unit. */
  void rollback(Connection connection) throws SQLException;

  /** Ends the run: leaves auto-commit on and lets the next runner in. */
  void release(Connection connection) throws SQLException;

  /** {@code timeout} for messages: "300 ms", "10 s". */
  static String describe(Duration timeout) {
    return timeout.toMillis() < 1000 ? timeout.toMillis() + " ms" : timeout.toSeconds() + " s";
  }
}
