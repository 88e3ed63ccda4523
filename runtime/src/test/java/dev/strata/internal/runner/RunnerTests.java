package dev.strata.internal.runner;

import dev.strata.Migrator;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Shared helpers of the runner tests against real databases. */
final class RunnerTests {
  private RunnerTests() {}

  /** A history row as the tests check it. */
  record Row(String version, String checksum, boolean success, String installedBy, long executionMs,
      String failedStatement) {}

  /** Connections from {@code url}, each new. */
  static DataSource dataSource(String url) {
    return new UrlDataSource(url);
  }

  static Runner migrator(TestDatabase db, List<ResolvedMigration> migrations) {
    return migrator(db.dataSource(), migrations);
  }

  static Runner migrator(DataSource dataSource, List<ResolvedMigration> migrations) {
    return Runner.configure().dataSource(dataSource).migrations(migrations).build();
  }

  /** The history rows by version (text order, which the tests' versions share with version order). */
  static List<Row> history(TestDatabase db) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (Statement s = db.connection().createStatement();
        ResultSet r = s.executeQuery("SELECT version, checksum, success, installed_by, execution_ms, failed_statement"
            + " FROM strata_schema_history ORDER BY version")) {
      while (r.next()) {
        rows.add(new Row(r.getString(1), r.getString(2), r.getBoolean(3), r.getString(4), r.getLong(5), r.getString(6)));
      }
    }
    return rows;
  }

  static List<String> versions(List<Row> rows) {
    return rows.stream().map(Row::version).toList();
  }

  /** Whether {@code table} exists in the test database (a failed SELECT in auto-commit harms nothing). */
  static boolean exists(TestDatabase db, String table) {
    try (Statement s = db.connection().createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      return r.next();
    } catch (SQLException e) {
      return false;
    }
  }

  static long count(TestDatabase db, String table) throws SQLException {
    return db.count(table);
  }

  /** Connections from a URL. */
  private record UrlDataSource(String url) implements javax.sql.DataSource {
    @Override
    public Connection getConnection() throws java.sql.SQLException {
      return DriverManager.getConnection(url);
    }

    @Override
    public Connection getConnection(String user, String password) throws java.sql.SQLException {
      return getConnection();
    }

    @Override
    public java.io.PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(java.io.PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public java.util.logging.Logger getParentLogger() {
      return java.util.logging.Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws java.sql.SQLException {
      throw new java.sql.SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
