package dev.strata.internal.database.mysql;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.internal.lock.LockWait;
import dev.strata.internal.lock.RunLock;
import dev.strata.internal.lock.SessionLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A named user lock ({@code GET_LOCK}) per database, held by the session and freed by
 * {@code RELEASE_LOCK} or when the session ends. {@code GET_LOCK} waits on the server up to its
 * timeout in seconds and returns 1 when granted, 0 on timeout (MySQL manual, "Locking Functions").
 * Names are cut to 64 characters, MySQL's limit. A contended lock is waited for in slices of
 * {@link LockWait#REPORT_EVERY}, naming the connection that holds it ({@code IS_USED_LOCK}).
 *
 * <p>MySQL commits each DDL statement implicitly, so a migration of rendered DDL alone runs in
 * auto-commit: its statements and its history row each commit as they run, and no {@code COMMIT}
 * is sent. A migration with raw SQL or a code step, and work on the history alone, run in a
 * transaction as elsewhere. The mode is switched only when the next unit needs the other one.
 */
final class MysqlRunLock extends SessionLock {
  private static final String NAME = "LEFT(CONCAT('strata:', COALESCE(DATABASE(), '')), 64)";

  private String name;

  @Override
  public void acquire(Connection connection, Duration timeout) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(" + NAME + ", 0), " + NAME)) {
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        name = row.getString(2);
        if (row.getInt(1) == 1 && !row.wasNull()) {
          return;
        }
      }
    }
    String lock = "the migration lock '" + name + "' (GET_LOCK)";
    if (!LockWait.await(lock, timeout, slice -> tryFor(connection, slice), () -> holder(connection))) {
      String held = holder(connection);
      throw new StrataException(ErrorCode.LOCK_FAILED, "another Strata runner has held " + lock + " for more than "
          + RunLock.describe(timeout) + (held == null ? " (see IS_USED_LOCK('" + name + "') for its connection id)"
          : ": " + held) + ". Wait for it to finish, or end that connection, then run again");
    }
  }

  /** Waits up to {@code slice}, in whole seconds (at least one), in {@code GET_LOCK}. */
  private boolean tryFor(Connection connection, Duration slice) throws SQLException {
    long seconds = Math.max(1, (slice.toMillis() + 999) / 1000);
    try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
      statement.setString(1, name);
      statement.setLong(2, seconds);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        int granted = row.getInt(1);
        return !row.wasNull() && granted == 1;
      }
    }
  }

  /**
   * The connection holding the lock: {@code IS_USED_LOCK} gives its id, the process list what it
   * runs (which shows other users' connections only with the PROCESS privilege); null when the
   * lock is free again.
   */
  private String holder(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT l.id, p.USER, p.HOST, p.COMMAND, p.TIME, p.INFO FROM (SELECT IS_USED_LOCK(?) AS id) l"
            + " LEFT JOIN information_schema.PROCESSLIST p ON p.ID = l.id")) {
      statement.setString(1, name);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        long id = row.getLong(1);
        if (row.wasNull()) {
          return null;
        }
        String user = row.getString(2);
        String about = user == null ? "not in this user's process list"
            : "user " + user + ", host " + row.getString(3) + ", " + row.getString(4) + " for " + row.getLong(5)
                + " s, query: " + LockWait.shorten(row.getString(6));
        return "connection " + id + " (" + about + "). If its runner is gone, end that connection with KILL " + id;
      }
    }
  }

  @Override
  public void startUnits(Connection connection) {
    // Units start in auto-commit; begin switches for those that need a transaction.
  }

  @Override
  public void begin(Connection connection) throws SQLException {
    begin(connection, false);
  }

  @Override
  public void begin(Connection connection, boolean onlyDdl) throws SQLException {
    if (connection.getAutoCommit() == !onlyDdl) {
      connection.setAutoCommit(onlyDdl);
    }
  }

  @Override
  public void commit(Connection connection) throws SQLException {
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
  }

  @Override
  public void rollback(Connection connection) throws SQLException {
    if (!connection.getAutoCommit()) {
      connection.rollback();
    }
  }

  @Override
  protected void unlock(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
      statement.setString(1, name);
      statement.executeQuery().close();
    }
  }
}
