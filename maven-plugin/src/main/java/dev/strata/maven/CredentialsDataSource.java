package dev.strata.maven;

import dev.strata.internal.jdbc.Secrets;
import dev.strata.internal.jdbc.UrlDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} for a Strata URL plus the user and password given apart from it (goal
 * parameters or a {@code settings.xml} server); without them it is the URL's own
 * {@link UrlDataSource}. Failures name the URL with every password masked.
 */
final class CredentialsDataSource implements DataSource {
  private final String url;
  private final UrlDataSource urlDataSource;
  private final String user;
  private final String password;

  CredentialsDataSource(String url, String user, String password) {
    this.url = url;
    this.urlDataSource = UrlDataSource.of(url);
    this.user = blankToNull(user);
    this.password = blankToNull(password);
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (user == null && password == null) {
      return urlDataSource.getConnection();
    }
    Properties info = new Properties();
    if (user != null) {
      info.setProperty("user", user);
    }
    if (password != null) {
      info.setProperty("password", password);
    }
    try {
      return DriverManager.getConnection(urlDataSource.jdbcUrl(), info);
    } catch (SQLException e) {
      throw new SQLException("cannot open database " + Secrets.redact(url) + ": " + scrub(e.getMessage()),
          e.getSQLState(), e.getErrorCode());
    }
  }

  /** {@code text} without the URL's passwords nor the one given apart from it. */
  String scrub(String text) {
    String out = Secrets.scrub(text, url);
    return password == null || password.length() < 2 || out == null ? out : out.replace(password, "***");
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    return urlDataSource.getConnection(username, pass);
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
    return "CredentialsDataSource[" + Secrets.redact(url) + (user == null ? "" : ", user " + user) + "]";
  }
}
