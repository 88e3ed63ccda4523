package dev.strata.internal.database.postgresql;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.internal.lock.RunLock;
import dev.strata.internal.lock.SessionLock;
import dev.strata.internal.lock.LockWait;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * advisory locks as to any heavyweight lock (PostgreSQL manual, "Client Connection Defaults"), in
 * slices of {@link LockWait#REPORT_EVERY}; between them the runner logs which session holds the
 * lock and how to end it ({@link LockWait}).
 */
final class PostgresRunLock extends SessionLock {
  // "Stra" as a 32-bit number: the first key of the two-key form, the second hashes the schema.
  private static final int NAMESPACE = 0x53747261;
  private static final String SCHEMA_KEY = "hashtext(coalesce(current_schema(), ''))";
  private static final String LOCK_NOT_AVAILABLE = "55P03";

  private int key;

  @Override
  public void acquire(Connection connection, Duration timeout) throws SQLException {
    String schema;
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(
            "SELECT pg_try_advisory_lock(" + NAMESPACE + ", " + SCHEMA_KEY + "), " + SCHEMA_KEY + ", current_schema()")) {
      row.next();
      key = row.getInt(2);
      schema = row.getString(3);
      if (row.getBoolean(1)) {
        return;
      }
    }
    String lock = "the migration lock on schema " + schema + " (PostgreSQL advisory lock " + NAMESPACE + ", " + key
        + ")";
    if (!LockWait.await(lock, timeout, slice -> tryFor(connection, slice), () -> holder(connection))) {
      String held = holder(connection);
      throw new StrataException(ErrorCode.LOCK_FAILED, "another Strata runner has held " + lock + " for more than "
          + RunLock.describe(timeout) + (held == null ? " (see pg_locks)" : ": " + held)
          + ". Wait for it to finish, or end its session, then run again");
    }
  }

  /** Waits up to {@code slice} in {@code pg_advisory_lock} under a {@code lock_timeout}. */
  private boolean tryFor(Connection connection, Duration slice) throws SQLException {
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      // lock_timeout is an int of milliseconds; 0 would mean no timeout at all.
      statement.execute("SET LOCAL lock_timeout = " + Math.max(1, Math.min(Integer.MAX_VALUE, slice.toMillis())));
      statement.execute("SELECT pg_advisory_lock(" + NAMESPACE + ", " + key + ")");
      connection.commit();
      return true;
    } catch (SQLException e) {
      connection.rollback();
      if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
        return false;
      }
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /**
   * The session holding the lock, from {@code pg_locks} (a two-key advisory lock has the keys in
   * {@code classid} and {@code objid}, as unsigned numbers, and {@code objsubid} 2) joined with
   * {@code pg_stat_activity}; null when none is visible. Its query is the text the holder runs now
   * (state active) or ran last; {@code pg_stat_activity} shows it to superusers, the same role and
   * members of {@code pg_read_all_stats} only.
   */
  private String holder(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT a.pid, a.usename, a.application_name, a.client_addr::text, a.state,"
            + " extract(epoch FROM now() - coalesce(a.query_start, a.backend_start))::bigint, a.query"
            + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
            + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2"
            + " AND l.classid::bigint = ? AND l.objid::bigint = ?"
            + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
      statement.setLong(1, Integer.toUnsignedLong(NAMESPACE));
      statement.setLong(2, Integer.toUnsignedLong(key));
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return null;
        }
        int pid = row.getInt(1);
        String application = row.getString(3);
        String client = row.getString(4);
        return "PostgreSQL session pid " + pid + " (user " + row.getString(2)
            + (application == null || application.isEmpty() ? "" : ", application '" + application + "'")
            + (client == null ? "" : ", client " + client)
            + ", " + (row.getString(5) == null ? "state unknown" : row.getString(5)) + " for " + row.getLong(6)
            + " s, query: " + LockWait.shorten(row.getString(7)) + "). If its runner is gone, end that session"
            + " with SELECT pg_terminate_backend(" + pid + ")";
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
