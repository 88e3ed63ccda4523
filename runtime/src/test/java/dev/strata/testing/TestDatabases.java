package dev.strata.testing;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh, isolated databases for tests against real servers: a temporary file for SQLite, a new
 * schema {@code strata_t_<random>} for PostgreSQL, a new database {@code strata_t_<random>} for
 * MySQL/MariaDB. Close the handle to drop it. Server URLs come from {@code STRATA_TEST_POSTGRES_URL}
 * and {@code STRATA_TEST_MYSQL_URL}; an unreachable server skips the test, unless {@code CI=true},
 * where it fails it.
 *
 * <pre>{@code
 * try (TestDatabases.TestDatabase db = TestDatabases.open(Kind.POSTGRESQL)) {
 *   Connection c = db.connection();
 *   ...
 * }
 * }</pre>
 */
public final class TestDatabases {

  /** The servers tests run against. MYSQL is whatever speaks MySQL at the URL (here MariaDB). */
  public enum Kind {
    SQLITE,
    POSTGRESQL,
    MYSQL
  }

  public static final String POSTGRES_URL = env("STRATA_TEST_POSTGRES_URL",
      "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
  public static final String MYSQL_URL = env("STRATA_TEST_MYSQL_URL",
      "jdbc:mysql://127.0.0.1:3306/test?user=root&password=&allowMultiQueries=false");

  private static final Pattern MYSQL_DB = Pattern.compile("^(jdbc:(?:mysql|mariadb)://[^/?]+)(?:/([^?]*))?(\\?.*)?$");

  private TestDatabases() {}

  /**
   * A fresh database of {@code kind}. Skips the calling test (JUnit assumption) when the server
   * cannot be reached, and fails it instead when {@code CI=true}.
   */
  public static TestDatabase open(Kind kind) {
    String name = "strata_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try {
      return switch (kind) {
        case SQLITE -> sqlite(name);
        case POSTGRESQL -> postgres(name);
        case MYSQL -> mysql(name);
      };
    } catch (SQLException e) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(kind + " test database unreachable on CI: " + e.getMessage(), e);
      }
      Assumptions.abort(kind + " not reachable, test skipped: " + e.getMessage());
      throw new AssertionError("unreachable");
    }
  }

  private static TestDatabase sqlite(String name) throws SQLException {
    try {
      Path dir = Files.createTempDirectory("strata-sqlite");
      Path file = dir.resolve(name + ".db");
      return new TestDatabase(Kind.SQLITE, name, "jdbc:sqlite:" + file, () -> {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir.resolve(name + ".db-journal"));
        Files.deleteIfExists(dir);
      });
    } catch (java.io.IOException e) {
      throw new SQLException("cannot create a temporary SQLite file", e);
    }
  }

  private static TestDatabase postgres(String name) throws SQLException {
    try (Connection admin = DriverManager.getConnection(POSTGRES_URL); Statement s = admin.createStatement()) {
      s.execute("CREATE SCHEMA " + name);
    }
    String url = POSTGRES_URL + (POSTGRES_URL.contains("?") ? "&" : "?") + "currentSchema=" + name;
    return new TestDatabase(Kind.POSTGRESQL, name, url, () -> {
      try (Connection admin = DriverManager.getConnection(POSTGRES_URL); Statement s = admin.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
      }
    });
  }

  private static TestDatabase mysql(String name) throws SQLException {
    Matcher m = MYSQL_DB.matcher(MYSQL_URL);
    if (!m.matches()) {
      throw new IllegalStateException("STRATA_TEST_MYSQL_URL is not jdbc:mysql://host[:port]/db?...: " + MYSQL_URL);
    }
    try (Connection admin = DriverManager.getConnection(MYSQL_URL); Statement s = admin.createStatement()) {
      s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
    }
    String url = m.group(1) + "/" + name + (m.group(3) == null ? "" : m.group(3));
    return new TestDatabase(Kind.MYSQL, name, url, () -> {
      try (Connection admin = DriverManager.getConnection(MYSQL_URL); Statement s = admin.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS " + name);
      }
    });
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** Drops what {@link #open} created. */
  @FunctionalInterface
  interface Cleanup {
    void run() throws Exception;
  }

  /** One isolated database; {@link #close()} closes its connections and drops it. */
  public static final class TestDatabase implements AutoCloseable {
    private final Kind kind;
    private final String name;
    private final String url;
    private final Cleanup cleanup;
    private final List<Connection> opened = new ArrayList<>();
    private Connection main;

    TestDatabase(Kind kind, String name, String url, Cleanup cleanup) {
      this.kind = kind;
      this.name = name;
      this.url = url;
      this.cleanup = cleanup;
    }

    public Kind kind() {
      return kind;
    }

    /** The schema (PostgreSQL) or database (MySQL) name, or the file's base name (SQLite). */
    public String name() {
      return name;
    }

    /** A JDBC URL that reaches exactly this database. */
    public String url() {
      return url;
    }

    /** A shared connection in auto-commit mode, closed with the database. */
    public synchronized Connection connection() {
      try {
        if (main == null || main.isClosed()) {
          main = newConnection();
        }
        return main;
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    /** A new connection, closed with the database. */
    public synchronized Connection newConnection() throws SQLException {
      Connection c = DriverManager.getConnection(url);
      opened.add(c);
      return c;
    }

    /** A data source whose connections reach this database and are closed with it. */
    public DataSource dataSource() {
      return new SimpleDataSource(this);
    }

    /** Runs each statement in auto-commit on {@link #connection()}. */
    public void execute(String... sql) throws SQLException {
      try (Statement s = connection().createStatement()) {
        for (String statement : sql) {
          s.execute(statement);
        }
      }
    }

    @Override
    public synchronized void close() throws Exception {
      for (Connection c : opened) {
        try {
          c.close();
        } catch (SQLException ignored) {
          // The connection may already be broken; the drop below still has to run.
        }
      }
      opened.clear();
      cleanup.run();
    }

    @Override
    public String toString() {
      return kind.name().toLowerCase(Locale.ROOT) + ":" + name;
    }
  }

  private record SimpleDataSource(TestDatabase db) implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      return db.newConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return db.newConnection();
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
