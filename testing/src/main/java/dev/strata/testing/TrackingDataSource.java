package dev.strata.testing;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Connections to one test database over {@link DriverManager}, each remembered so the test's end can close it. */
final class TrackingDataSource implements DataSource {
  private final String jdbcUrl;
  private final List<Connection> opened = new ArrayList<>();

  TrackingDataSource(String jdbcUrl) {
    this.jdbcUrl = jdbcUrl;
  }

  /**
   * A new connection.
   *
   * @throws SQLException with the URL (password masked) and, when no driver accepts it, the
   *     driver to add
   */
  @Override
  public Connection getConnection() throws SQLException {
    Connection connection;
    try {
      connection = DriverManager.getConnection(jdbcUrl);
    } catch (SQLException e) {
      throw new SQLException("cannot open the test database " + Secrets.mask(jdbcUrl) + ": "
          + Secrets.mask(e.getMessage()) + driverHint(e), e.getSQLState(), e);
    }
    synchronized (opened) {
      opened.add(connection);
    }
    return connection;
  }

  /** As {@link #getConnection()}: the test database has one user, the URL's. */
  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  /** Closes every connection handed out, whether or not the test closed it. */
  void closeAll() {
    synchronized (opened) {
      for (Connection connection : opened) {
        try {
          connection.close();
        } catch (SQLException ignored) {
          // A broken connection is closed anyway; the drop that follows must still run.
        }
      }
      opened.clear();
    }
  }

  /** The driver to add when {@code e} says there is none, else empty. */
  static String driverHint(SQLException e) {
    if (e.getMessage() != null && e.getMessage().startsWith("No suitable driver")) {
      return "; add the JDBC driver as a test dependency (org.xerial:sqlite-jdbc, org.postgresql:postgresql or"
          + " com.mysql:mysql-connector-j)";
    }
    return "";
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("not a wrapper of " + iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
