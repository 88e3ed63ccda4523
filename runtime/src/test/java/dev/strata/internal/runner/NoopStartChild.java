package dev.strata.internal.runner;

import dev.strata.MigrateResult;
import dev.strata.Migrator;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The process {@code NoopStartClassLoadingTest} starts, in one of two modes on the same data
 * source: {@code raw} connects and sends the no-op query by hand, as an application would with
 * plain JDBC; {@code strata} calls {@code Migrator.applyPending}. Written, like the path it
 * measures, without lambdas or string concatenation, so that what it loads itself is the same in
 * both modes.
 */
public final class NoopStartChild {
  private NoopStartChild() {}

  /** {@code raw|strata <jdbc url>}; prints the version the database is at. */
  public static void main(String[] args) throws Exception {
    DataSource dataSource = new UrlDataSource(args[1]);
    if (args[0].equals("raw")) {
      try (Connection connection = dataSource.getConnection()) {
        connection.getAutoCommit();
        String version = null;
        try (Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery("SELECT version, index_digest FROM strata_schema_history"
                + " WHERE index_digest IS NOT NULL")) {
          while (rows.next()) {
            version = rows.getString(1);
            rows.getString(2);
          }
        }
        connection.isClosed();
        connection.getAutoCommit();
        System.out.println(version);
      }
    } else {
      MigrateResult result = Migrator.applyPending(dataSource);
      if (result.appliedCount() != 0) {
        throw new IllegalStateException("the no-op start applied migrations");
      }
      System.out.println(result.currentVersion());
    }
  }

  /** Connections from {@code DriverManager}. */
  private static final class UrlDataSource implements DataSource {
    private final String url;

    UrlDataSource(String url) {
      this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return getConnection();
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
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
