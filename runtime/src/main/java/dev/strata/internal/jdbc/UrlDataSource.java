package dev.strata.internal.jdbc;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
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
  private final String user;
  private final String password;

  private UrlDataSource(String url, String user, String password) {
    this.url = url;
    this.jdbcUrl = DatabaseUrls.toJdbc(url);
    this.user = user;
    this.password = password;
  }

  /**
   * A data source for {@code url}.
   *
   * @throws StrataException {@link ErrorCode#USAGE} when the URL form is not accepted
   */
  public static UrlDataSource of(String url) {
    return new UrlDataSource(url, null, null);
  }

  /**
   * A data source for {@code url} that logs in as {@code user} with {@code password} (either may be
   * null: then the URL's own, if any, is used). The password is masked in every message as a URL's
   * is.
   *
   * @throws StrataException {@link ErrorCode#USAGE} when the URL form is not accepted
   */
  public static UrlDataSource of(String url, String user, String password) {
    return new UrlDataSource(url, user, password);
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
      if (user == null && password == null) {
        return DriverManager.getConnection(jdbcUrl);
      }
      Properties login = new Properties();
      if (user != null) {
        login.setProperty("user", user);
      }
      if (password != null) {
        login.setProperty("password", password);
      }
      return DriverManager.getConnection(jdbcUrl, login);
    } catch (SQLException e) {
      // Drivers may echo the URL or its password: neither reaches the message or the cause.
      SQLException cause = Secrets.scrub(e, url, password);
      throw new SQLException("cannot open database " + Secrets.redact(url) + ": "
          + Secrets.scrub(e.getMessage(), url, password) + hint(e), e.getSQLState(), cause);
    }
  }

  private String hint(SQLException e) {
    if (e.getMessage() != null && e.getMessage().startsWith("No suitable driver")) {
      return " (add the JDBC driver to the class path, with the strata command line --classpath <driver jar>:"
          + " org.xerial:sqlite-jdbc, org.postgresql:postgresql or com.mysql:mysql-connector-j)";
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
