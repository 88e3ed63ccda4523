package dev.strata.internal.lock;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A lock held by the database session (PostgreSQL advisory lock, MySQL {@code GET_LOCK}), with
 * one transaction per migration opened by the driver at the migration's first statement.
 */
public abstract class SessionLock implements RunLock {

  @Override
  public void startUnits(Connection connection) throws SQLException {
    connection.setAutoCommit(false);
  }

  @Override
  public void begin(Connection connection) throws SQLException {
    // The driver opens the transaction with the unit's first statement.
  }

  @Override
  public void commit(Connection connection) throws SQLException {
    connection.commit();
  }

  @Override
  public void rollback(Connection connection) throws SQLException {
    connection.rollback();
  }

  @Override
  public void release(Connection connection) throws SQLException {
    if (!connection.getAutoCommit()) {
      connection.rollback();
      connection.setAutoCommit(true);
    }
    unlock(connection);
  }

  /** Frees the session lock; runs in auto-commit. */
  protected abstract void unlock(Connection connection) throws SQLException;
}
