package dev.strata.testing;

import dev.strata.StrataException;
import dev.strata.internal.jdbc.DatabaseUrls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One test's own database: a SQLite file in a new temporary folder, a new PostgreSQL schema, or a
 * new MySQL/MariaDB database, with a data source whose connections {@link #drop()} closes before
 * dropping it (an open transaction would otherwise keep PostgreSQL's {@code DROP SCHEMA} or MySQL's
 * {@code DROP DATABASE} waiting for its locks).
 */
final class ScratchDatabase {
  private static final Pattern MYSQL_URL = Pattern.compile("^(jdbc:(?:mysql|mariadb)://[^/?]+)(?:/[^?]*)?(\\?.*)?$");
  private static final Pattern CURRENT_SCHEMA = Pattern.compile("([?&])currentSchema=[^&]*&?");

  /** Drops what {@link #create} made. */
  @FunctionalInterface
  private interface Dropper {
    void drop() throws Exception;
  }

  private final String name;
  private final String jdbcUrl;
  private final TrackingDataSource dataSource;
  private final Dropper dropper;

  private ScratchDatabase(String name, String jdbcUrl, Dropper dropper) {
    this.name = name;
    this.jdbcUrl = jdbcUrl;
    this.dataSource = new TrackingDataSource(jdbcUrl);
    this.dropper = dropper;
  }

  /**
   * A new database on the server of {@code url}, or a SQLite file for null or a SQLite URL.
   *
   * @throws IllegalStateException when the URL has no accepted form or the database cannot be
   *     created; the message names the URL without its password
   */
  static ScratchDatabase create(String url) {
    String name = "strata_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    if (url == null) {
      return sqlite(name);
    }
    String jdbc;
    try {
      jdbc = DatabaseUrls.toJdbc(url);
    } catch (StrataException e) {
      throw new IllegalStateException("@StrataTest: " + Secrets.mask(e.getMessage()), e);
    }
    try {
      if (jdbc.startsWith("jdbc:sqlite:")) {
        return sqlite(name);
      }
      if (jdbc.startsWith("jdbc:postgresql:")) {
        return postgres(name, jdbc);
      }
      if (jdbc.startsWith("jdbc:mysql:") || jdbc.startsWith("jdbc:mariadb:")) {
        return mysql(name, jdbc);
      }
    } catch (SQLException e) {
      String hint = TrackingDataSource.driverHint(e);
      String detail = Secrets.mask(String.valueOf(e.getMessage())).replaceAll("\\.+$", "");
      throw new IllegalStateException("@StrataTest cannot create a database for the test on " + Secrets.mask(url)
          + ": " + detail + (hint.isEmpty() ? ". Start the server or point the test elsewhere"
          + " (@StrataTest(url = ...), -D" + StrataExtension.URL_PROPERTY + "=... or " + StrataExtension.URL_ENVIRONMENT
          + ")" : hint), e);
    }
    throw new IllegalStateException("@StrataTest supports SQLite, PostgreSQL, MySQL and MariaDB, not "
        + Secrets.mask(url));
  }

  /** The schema (PostgreSQL) or database (MySQL, MariaDB) name, or the SQLite file's base name. */
  String name() {
    return name;
  }

  /** A JDBC URL that reaches exactly this database. */
  String jdbcUrl() {
    return jdbcUrl;
  }

  /** Connections to this database, closed by {@link #drop()}. */
  TrackingDataSource dataSource() {
    return dataSource;
  }

  /**
   * Closes the connections, then drops the database.
   *
   * @throws IllegalStateException when the drop fails, naming what is left behind
   */
  void drop() {
    dataSource.closeAll();
    try {
      dropper.drop();
    } catch (Exception e) {
      throw new IllegalStateException("@StrataTest could not drop the test database " + name + " (drop it by hand): "
          + Secrets.mask(String.valueOf(e.getMessage())), e);
    }
  }

  private static ScratchDatabase sqlite(String name) {
    Path dir;
    try {
      dir = Files.createTempDirectory("strata-test-");
    } catch (IOException e) {
      throw new IllegalStateException("@StrataTest cannot create a temporary folder for SQLite: " + e.getMessage(), e);
    }
    Path file = dir.resolve(name + ".db");
    return new ScratchDatabase(name, "jdbc:sqlite:" + file, () -> deleteTree(dir));
  }

  private static ScratchDatabase postgres(String name, String jdbc) throws SQLException {
    execute(jdbc, "CREATE SCHEMA " + name);
    String base = CURRENT_SCHEMA.matcher(jdbc).replaceAll("$1").replaceAll("[?&]$", "");
    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name;
    return new ScratchDatabase(name, url, () -> execute(jdbc, "DROP SCHEMA IF EXISTS " + name + " CASCADE"));
  }

  private static ScratchDatabase mysql(String name, String jdbc) throws SQLException {
    Matcher m = MYSQL_URL.matcher(jdbc);
    if (!m.matches()) {
      throw new SQLException("not a jdbc:mysql://host[:port]/database URL");
    }
    execute(jdbc, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
    String url = m.group(1) + "/" + name + (m.group(2) == null ? "" : m.group(2));
    return new ScratchDatabase(name, url, () -> execute(jdbc, "DROP DATABASE IF EXISTS " + name));
  }

  private static void execute(String jdbc, String sql) throws SQLException {
    try (Connection admin = DriverManager.getConnection(jdbc); Statement statement = admin.createStatement()) {
      statement.execute(sql);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
