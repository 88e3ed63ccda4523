package dev.strata.internal.database.mysql;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
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
 * Names are cut to 64 characters, MySQL's limit.
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
    long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
    try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(" + NAME + ", ?), " + NAME)) {
      statement.setLong(1, seconds);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        name = row.getString(2);
        int granted = row.getInt(1);
        if (row.wasNull() || granted != 1) {
          throw new StrataException(ErrorCode.LOCK_FAILED, "another Strata runner has held the migration lock '"
              + name + "' for more than " + seconds + " s (see IS_USED_LOCK('" + name + "') for its connection id)."
              + " Wait for it to finish, or end that connection, then run again");
        }
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
