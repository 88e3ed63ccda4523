package dev.strata.internal.database.sqlite;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.internal.lock.RunLock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite has no named locks: the run is one {@code BEGIN EXCLUSIVE} transaction, which no other
 * connection can write (nor, in rollback-journal mode, read) until it ends. Each migration is a
 * savepoint inside it, so a failed migration is undone alone and the ones before it are kept at the
 * final {@code COMMIT}. {@code BEGIN EXCLUSIVE} fails at once with SQLITE_BUSY (after the
 * connection's busy timeout) while another connection writes; it is retried until the timeout.
 * The transaction is driven with SQL, so JDBC auto-commit stays on.
 *
 * <p>When the connection enforces foreign keys, enforcement is turned off for the run and back on
 * after it: a table rebuild drops the old table, which would otherwise cascade to or be rejected by
 * the rows referencing it, and {@code PRAGMA foreign_keys} cannot change inside a transaction
 * (SQLite, "ALTER TABLE", making other kinds of table schema changes). In their place,
 * {@link #verify} checks all foreign keys after each migration.
 */
final class SqliteRunLock implements RunLock {
  private static final int SQLITE_BUSY = 5;
  private static final int SQLITE_LOCKED = 6;
  private static final String SAVEPOINT = "strata_migration";

  private boolean foreignKeysWereOn;

  @Override
  public void acquire(Connection connection, Duration timeout) throws SQLException {
    foreignKeysWereOn = foreignKeysOn(connection);
    if (foreignKeysWereOn) {
      execute(connection, "PRAGMA foreign_keys = OFF");
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    long pause = 5;
    while (true) {
      try {
        execute(connection, "BEGIN EXCLUSIVE");
        return;
      } catch (SQLException e) {
        if (!isBusy(e)) {
          throw e;
        }
        if (System.nanoTime() > deadline) {
          restoreForeignKeys(connection, e);
          throw new StrataException(ErrorCode.LOCK_FAILED, "the SQLite database stayed locked by another"
              + " connection for more than " + RunLock.describe(timeout) + ". Wait for the other runner or"
              + " process writing to it to finish, then run again", e);
        }
        sleep(pause);
        pause = Math.min(100, pause * 2);
      }
    }
  }

  @Override
  public void startUnits(Connection connection) {
    // Units are savepoints within the exclusive transaction.
  }

  @Override
  public void begin(Connection connection) throws SQLException {
    execute(connection, "SAVEPOINT " + SAVEPOINT);
  }

  /**
   * With enforcement turned off for the run, foreign keys are checked after each migration
   * instead ({@code PRAGMA foreign_key_check}, as SQLite's own procedure for schema changes does),
   * so a migration that leaves dangling references fails as it would with enforcement on.
   */
  @Override
  public void verify(Connection connection) throws SQLException {
    if (!foreignKeysWereOn) {
      return;
    }
    List<String> violations = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
      while (rows.next() && violations.size() < 5) {
        violations.add("a row of " + rows.getString(1) + " (rowid " + rows.getString(2) + ") references a missing row of "
            + rows.getString(3));
      }
    }
    if (!violations.isEmpty()) {
      throw new SQLException("foreign keys are broken: " + String.join("; ", violations)
          + " (PRAGMA foreign_key_check lists them all)");
    }
  }

  @Override
  public void commit(Connection connection) throws SQLException {
    execute(connection, "RELEASE SAVEPOINT " + SAVEPOINT);
  }

  @Override
  public void rollback(Connection connection) throws SQLException {
    execute(connection, "ROLLBACK TO SAVEPOINT " + SAVEPOINT);
    execute(connection, "RELEASE SAVEPOINT " + SAVEPOINT);
  }

  @Override
  public void release(Connection connection) throws SQLException {
    try {
      execute(connection, "COMMIT");
    } catch (SQLException e) {
      try {
        execute(connection, "ROLLBACK");
      } catch (SQLException again) {
        e.addSuppressed(again);
      }
      restoreForeignKeys(connection, e);
      throw e;
    }
    if (foreignKeysWereOn) {
      execute(connection, "PRAGMA foreign_keys = ON");
    }
  }

  private void restoreForeignKeys(Connection connection, Exception failure) {
    if (foreignKeysWereOn) {
      try {
        execute(connection, "PRAGMA foreign_keys = ON");
      } catch (SQLException e) {
        failure.addSuppressed(e);
      }
    }
  }

  private static boolean foreignKeysOn(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("PRAGMA foreign_keys")) {
      return row.next() && row.getInt(1) == 1;
    }
  }

  /** Whether {@code e} is SQLite's SQLITE_BUSY or SQLITE_LOCKED: another connection holds the lock. */
  static boolean isBusy(SQLException e) {
    int primary = e.getErrorCode() & 0xff;
    String message = String.valueOf(e.getMessage());
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED
        || message.contains("SQLITE_BUSY") || message.contains("database is locked");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StrataException(ErrorCode.LOCK_FAILED, "interrupted while waiting for the SQLite database lock", e);
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
