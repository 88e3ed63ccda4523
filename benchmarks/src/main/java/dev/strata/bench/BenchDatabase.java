package dev.strata.bench;

import dev.strata.Database;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.SqlDialect;
import dev.strata.jdbc.UrlDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the benchmarks' databases live: each {@link #fresh()} call gives the JDBC URL of a new,
 * empty database, removed again by {@link #drop} or at {@link #close()}. SQLite: a new file in the
 * work folder; PostgreSQL: a new schema ({@code currentSchema=} in the URL); MySQL and MariaDB: a
 * new database. Names start with {@code strata_bench_}.
 */
abstract class BenchDatabase implements AutoCloseable {
  /** The databases made and not yet removed: URL to name. */
  private final Map<String, String> made = new LinkedHashMap<>();
  private int counter;

  /** The dialect of these databases. */
  abstract SqlDialect dialect();

  /** What and where, for the report. */
  abstract String describe();

  abstract String create(String name) throws SQLException;

  abstract void remove(String name) throws SQLException;

  /** A new empty database's JDBC URL. */
  final String fresh() {
    String name = "strata_bench_" + ProcessHandle.current().pid() + "_" + (++counter);
    try {
      String url = create(name);
      made.put(url, name);
      return url;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create " + name + " on " + describe() + ": " + e.getMessage(), e);
    }
  }

  /** Removes the database {@link #fresh()} returned as {@code url}. */
  final void drop(String url) {
    String name = made.remove(url);
    if (name == null) {
      return;
    }
    try {
      remove(name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot remove " + name + " from " + describe() + ": " + e.getMessage(), e);
    }
  }

  /** Removes every database still there. */
  @Override
  public void close() {
    for (String url : List.copyOf(made.keySet())) {
      drop(url);
    }
  }

  /**
   * SQLite files in {@code workDir} when {@code url} is null, else databases on the server
   * {@code url} names (a {@code jdbc:} URL or a Strata URL such as
   * {@code postgresql://user@host/db}).
   */
  static BenchDatabase open(String url, Path workDir) {
    if (url == null) {
      return new Sqlite(workDir.resolve("databases"));
    }
    String jdbc = UrlDataSource.of(url).jdbcUrl();
    Database database;
    try (Connection connection = DriverManager.getConnection(jdbc)) {
      database = Dialects.detect(connection).database();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot connect to " + url + ": " + e.getMessage(), e);
    }
    switch (database) {
      case POSTGRESQL:
        return new Postgres(jdbc);
      case MYSQL:
      case MARIADB:
        return new Mysql(jdbc, Dialects.forDatabase(database));
      default:
        throw new IllegalArgumentException("--url is for PostgreSQL, MySQL or MariaDB; SQLite runs in the work folder"
            + " without it");
    }
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static final class Sqlite extends BenchDatabase {
    private final Path dir;

    Sqlite(Path dir) {
      this.dir = dir;
    }

    @Override
    SqlDialect dialect() {
      return Dialects.forDatabase(Database.SQLITE);
    }

    @Override
    String describe() {
      return "SQLite files in " + dir;
    }

    @Override
    String create(String name) {
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return "jdbc:sqlite:" + dir.resolve(name + ".db");
    }

    @Override
    void remove(String name) {
      try {
        for (String suffix : List.of(".db", ".db-journal", ".db-wal", ".db-shm")) {
          Files.deleteIfExists(dir.resolve(name + suffix));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final class Postgres extends BenchDatabase {
    private final String server;

    Postgres(String server) {
      this.server = server;
    }

    @Override
    SqlDialect dialect() {
      return Dialects.forDatabase(Database.POSTGRESQL);
    }

    @Override
    String describe() {
      return "PostgreSQL schemas at " + server;
    }

    @Override
    String create(String name) throws SQLException {
      execute(server, "CREATE SCHEMA " + name);
      return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    @Override
    void remove(String name) throws SQLException {
      execute(server, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }
  }

  private static final class Mysql extends BenchDatabase {
    private static final Pattern URL = Pattern.compile("^(jdbc:[a-z]+://[^/?]*)(/[^?]*)?(\\?.*)?$");
    private final String server;
    private final SqlDialect dialect;

    Mysql(String server, SqlDialect dialect) {
      this.server = server;
      this.dialect = dialect;
    }

    @Override
    SqlDialect dialect() {
      return dialect;
    }

    @Override
    String describe() {
      return (dialect.database() == Database.MARIADB ? "MariaDB" : "MySQL") + " databases at " + server;
    }

    @Override
    String create(String name) throws SQLException {
      Matcher m = URL.matcher(server);
      if (!m.matches()) {
        throw new IllegalArgumentException("cannot put a database name into " + server);
      }
      execute(server, "CREATE DATABASE " + name);
      return m.group(1) + "/" + name + (m.group(3) == null ? "" : m.group(3));
    }

    @Override
    void remove(String name) throws SQLException {
      execute(server, "DROP DATABASE IF EXISTS " + name);
    }
  }
}
