package dev.strata.internal.database.postgresql;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.internal.lock.RunLock;
import dev.strata.internal.lock.SessionLock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A session-level advisory lock keyed by the current schema, so runners on different schemas of
 * one database do not wait for each other. It is released by {@code pg_advisory_unlock} or when the
 * session ends, so a crashed runner does not leave it behind. Each migration is a transaction.
 *
 * <p>An uncontended lock costs one statement ({@code pg_try_advisory_lock}); when contended, the
 * blocking {@code pg_advisory_lock} waits under {@code SET LOCAL lock_timeout}, which applies to
 * advisory locks as to any heavyweight lock (PostgreSQL manual, "Client Connection Defaults").
 */
final class PostgresRunLock extends SessionLock {
  // "Stra" as a 32-bit number: the first key of the two-key form, the second hashes the schema.
  private static final int NAMESPACE = 0x53747261;
  private static final String SCHEMA_KEY = "hashtext(coalesce(current_schema(), ''))";
  private static final String LOCK_NOT_AVAILABLE = "55P03";

  private int key;

  @Override
  public void acquire(Connection connection, Duration timeout) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      try (ResultSet row = statement.executeQuery(
          "SELECT pg_try_advisory_lock(" + NAMESPACE + ", " + SCHEMA_KEY + "), " + SCHEMA_KEY)) {
        row.next();
        key = row.getInt(2);
        if (row.getBoolean(1)) {
          return;
        }
      }
      connection.setAutoCommit(false);
      try {
        // lock_timeout is an int of milliseconds; 0 would mean no timeout at all.
        statement.execute("SET LOCAL lock_timeout = " + Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis())));
        statement.execute("SELECT pg_advisory_lock(" + NAMESPACE + ", " + key + ")");
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
          throw new StrataException(ErrorCode.LOCK_FAILED, "another Strata runner has held the migration lock"
              + " on this schema for more than " + RunLock.describe(timeout) + " (advisory lock " + NAMESPACE + ", " + key
              + "; see pg_locks). Wait for it to finish, or end its session, then run again", e);
        }
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }

  @Override
  protected void unlock(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_advisory_unlock(" + NAMESPACE + ", " + key + ")");
    }
  }
}
