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
 * Names are cut to 64 characters, MySQL's limit. Each migration is a transaction, though MySQL
 * commits DDL implicitly.
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
  protected void unlock(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
      statement.setString(1, name);
      statement.executeQuery().close();
    }
  }
}
