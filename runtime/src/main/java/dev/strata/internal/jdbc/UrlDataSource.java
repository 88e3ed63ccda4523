package dev.strata.internal.jdbc;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} over {@link DriverManager} for a URL in any form {@link DatabaseUrls}
 * accepts: a new connection per call, no pooling. Meant for the command line and small programs;
 * applications pass their own pooled DataSource to {@code Migrator}.
 */
public final class UrlDataSource implements DataSource {
  private final String url;
  private final String jdbcUrl;

  private UrlDataSource(String url) {
    this.url = url;
    this.jdbcUrl = DatabaseUrls.toJdbc(url);
  }

  /**
   * A data source for {@code url}.
   *
   * @throws StrataException {@link ErrorCode#USAGE} when the URL form is not accepted
   */
  public static UrlDataSource of(String url) {
    return new UrlDataSource(url);
  }

  /** The JDBC URL connections are opened with. */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  /**
   * Opens a connection.
   *
   * @throws SQLException with a message naming the URL (password masked) and, when no driver
   *     accepts it, the driver artifact to add
   */
  @Override
  public Connection getConnection() throws SQLException {
    try {
      return DriverManager.getConnection(jdbcUrl);
    } catch (SQLException e) {
      // Drivers may echo the URL or its password: neither reaches the message or the cause.
      SQLException cause = Secrets.scrub(e, url);
      throw new SQLException("cannot open database " + Secrets.redact(url) + ": " + Secrets.scrub(e.getMessage(), url)
          + hint(e), e.getSQLState(), cause);
    }
  }

  private String hint(SQLException e) {
    if (e.getMessage() != null && e.getMessage().startsWith("No suitable driver")) {
      return " (add the JDBC driver to the class path: org.xerial:sqlite-jdbc, org.postgresql:postgresql or com.mysql:mysql-connector-j)";
    }
    return "";
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return DriverManager.getConnection(jdbcUrl, username, password);
  }

  /** Opens a connection, or throws {@link ErrorCode#CONNECTION_FAILED} saying why. */
  public Connection open() {
    try {
      return getConnection();
    } catch (SQLException e) {
      throw new StrataException(ErrorCode.CONNECTION_FAILED, e.getMessage(), e);
    }
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {
    DriverManager.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() {
    return DriverManager.getLoginTimeout();
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

  @Override
  public String toString() {
    return "UrlDataSource[" + Secrets.redact(url) + "]";
  }
}
