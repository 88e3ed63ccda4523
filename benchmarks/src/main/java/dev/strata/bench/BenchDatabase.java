package dev.strata.bench;

import dev.strata.Database;
import dev.strata.internal.database.Dialects;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.jdbc.UrlDataSource;
import dev.strata.generator.shadow.ShadowDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the benchmarks' databases live: each {@link #fresh()} call gives the JDBC URL of a new,
 * empty database, removed again by {@link #drop} or at {@link #close()}: a temporary throw-away
 * database as {@code generate --shadow-url} makes them ({@link ShadowDatabase}), a file for SQLite,
 * a new schema on PostgreSQL, a new database on MySQL and MariaDB. Names start with
 * {@code strata_bench_}.
 */
final class BenchDatabase implements AutoCloseable {
  /** The databases made and not yet removed, by URL. */
  private final Map<String, ShadowDatabase> made = new LinkedHashMap<>();
  private final String server;
  private final SqlDialect dialect;

  private BenchDatabase(String server, SqlDialect dialect) {
    this.server = server;
    this.dialect = dialect;
  }

  /** The dialect of these databases. */
  SqlDialect dialect() {
    return dialect;
  }

  /** What and where, for the report. */
  String describe() {
    return switch (dialect.database()) {
      case SQLITE -> "SQLite files in a temporary folder";
      case POSTGRESQL -> "PostgreSQL schemas at " + server;
      case MARIADB -> "MariaDB databases at " + server;
      case MYSQL -> "MySQL databases at " + server;
    };
  }

  /** A new empty database's JDBC URL. */
  String fresh() {
    ShadowDatabase database = ShadowDatabase.create(server, "strata_bench_");
    made.put(database.jdbcUrl(), database);
    return database.jdbcUrl();
  }

  /** Removes the database {@link #fresh()} returned as {@code url}. */
  void drop(String url) {
    ShadowDatabase database = made.remove(url);
    if (database != null) {
      database.close();
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
   * SQLite files when {@code url} is null, else databases on the server {@code url} names (a
   * {@code jdbc:} URL or a Strata URL such as {@code postgresql://user@host/db}).
   */
  static BenchDatabase open(String url) {
    if (url == null) {
      return new BenchDatabase("sqlite::memory:", Dialects.forDatabase(Database.SQLITE));
    }
    String jdbc = UrlDataSource.of(url).jdbcUrl();
    SqlDialect dialect;
    try (Connection connection = DriverManager.getConnection(jdbc)) {
      dialect = Dialects.detect(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot connect to " + url + ": " + e.getMessage(), e);
    }
    if (dialect.database() == Database.SQLITE) {
      throw new IllegalArgumentException("--url is for PostgreSQL, MySQL or MariaDB; SQLite runs without it");
    }
    return new BenchDatabase(jdbc, dialect);
  }
}
