package dev.strata.bench;

import dev.strata.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The side-by-side comparison's databases: each {@link #fresh()} is a new empty database named
 * {@code strata_bench_*}, made outside the timing, so every tool starts from the same state. SQLite:
 * a new file; PostgreSQL and MariaDB/MySQL: {@code CREATE DATABASE} on the server (a whole
 * database, not a schema: dropping 20,000 tables and indexes of a schema in one transaction would
 * exhaust PostgreSQL's lock table). Removed by {@link #drop} or at {@link #close()}.
 */
final class CompareDatabase implements AutoCloseable {
  private static final Pattern SERVER = Pattern.compile("^(jdbc:[a-z]+://[^/?]+)(?:/[^?]*)?(\\?.*)?$");

  private final Database kind;
  private final String serverUrl;
  private final Path sqliteDir;
  private final List<String> made = new ArrayList<>();

  private CompareDatabase(Database kind, String serverUrl, Path sqliteDir) {
    this.kind = kind;
    this.serverUrl = serverUrl;
    this.sqliteDir = sqliteDir;
  }

  /**
   * The databases named {@code name} ({@code sqlite}, {@code postgresql}, {@code mariadb}):
   * SQLite files under {@code workDir}, or on the server of {@code options}.
   *
   * @throws IllegalStateException when the server cannot be reached
   */
  static CompareDatabase open(String name, BenchOptions options, Path workDir) {
    return switch (name) {
      case "sqlite" -> {
        try {
          yield new CompareDatabase(Database.SQLITE, null, Files.createDirectories(workDir.resolve("sqlite")));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      case "postgresql" -> server(Database.POSTGRESQL, options.postgresUrl());
      case "mariadb" -> server(Database.MARIADB, options.mysqlUrl());
      default -> throw new IllegalArgumentException("unknown database " + name);
    };
  }

  private static CompareDatabase server(Database kind, String url) {
    CompareDatabase database = new CompareDatabase(kind, url, null);
    try (Connection connection = DriverManager.getConnection(url)) {
      connection.getMetaData();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot connect to the " + database.label() + " server: " + e.getMessage(), e);
    }
    return database;
  }

  Database kind() {
    return kind;
  }

  /** The database's name for the tables: SQLite, PostgreSQL, MariaDB. */
  String label() {
    return switch (kind) {
      case SQLITE -> "SQLite";
      case POSTGRESQL -> "PostgreSQL";
      case MARIADB -> "MariaDB";
      case MYSQL -> "MySQL";
    };
  }

  /** The JDBC URL of a new, empty database. */
  String fresh() {
    String name = "strata_bench_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(4);
    String url;
    if (kind == Database.SQLITE) {
      url = "jdbc:sqlite:" + sqliteDir.resolve(name + ".db");
    } else {
      execute(serverUrl, kind == Database.POSTGRESQL ? "CREATE DATABASE " + name
          : "CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
      url = withDatabase(serverUrl, name);
    }
    made.add(url);
    return url;
  }

  /** Removes the database {@link #fresh()} returned as {@code url}. */
  void drop(String url) {
    if (!made.remove(url)) {
      return;
    }
    if (kind == Database.SQLITE) {
      try {
        Path file = Path.of(url.substring("jdbc:sqlite:".length()));
        Files.deleteIfExists(file);
        Files.deleteIfExists(Path.of(file + "-journal"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    String name = url.replaceAll("^jdbc:[a-z]+://[^/]+/([^?]+).*$", "$1");
    execute(serverUrl, kind == Database.POSTGRESQL ? "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"
        : "DROP DATABASE IF EXISTS " + name);
  }

  @Override
  public void close() {
    for (String url : List.copyOf(made)) {
      drop(url);
    }
  }

  /** {@code SELECT COUNT(*) FROM table} on {@code url}. */
  static long count(String url, String table) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        var rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count the rows of " + table + ": " + e.getMessage(), e);
    }
  }

  private static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
    }
  }

  /** {@code url} (a server's JDBC URL) with its database replaced by {@code database}. */
  static String withDatabase(String url, String database) {
    Matcher m = SERVER.matcher(url);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a jdbc:<driver>://host[:port]/database?... URL: "
          + url.replaceAll("password=[^&]*", "password=***"));
    }
    return m.group(1) + "/" + database + (m.group(2) == null ? "" : m.group(2));
  }
}
