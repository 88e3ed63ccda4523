package dev.strata.generator.shadow;

import dev.strata.internal.runner.Runner;
import dev.strata.ErrorCode;
import dev.strata.Migrator;
import dev.strata.StrataException;
import dev.strata.internal.jdbc.DatabaseUrls;
import dev.strata.internal.jdbc.Secrets;
import dev.strata.internal.jdbc.UrlDataSource;
import dev.strata.internal.database.Dialects;
import dev.strata.internal.dialect.LiveSchema;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.dialect.Introspector;
import dev.strata.internal.introspect.SchemaRefiner;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.replay.Replayer;
import dev.strata.internal.schema.model.SchemaDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * A temporary database that existing migrations are replayed into for real, so {@code generate}
 * diffs what the database holds, raw SQL included: a new schema {@code strata_shadow_<random>} on
 * a PostgreSQL server, a new database of that name on a MySQL/MariaDB server, or a temporary
 * SQLite file. It is removed on {@link #close()}, also when a migration failed.
 */
public final class ShadowDatabase implements AutoCloseable {
  private final String jdbcUrl;
  private final String name;
  private final Kind kind;
  private final Path sqliteDir;
  private boolean closed;

  private enum Kind { SQLITE, POSTGRESQL, MYSQL }

  private ShadowDatabase(String jdbcUrl, String name, Kind kind, Path sqliteDir) {
    this.jdbcUrl = jdbcUrl;
    this.name = name;
    this.kind = kind;
    this.sqliteDir = sqliteDir;
  }

  /**
   * Creates the shadow database on the server of {@code serverUrl} (any URL form the command line
   * accepts; for SQLite, only the kind matters: a temporary file is used).
   *
   * @throws StrataException {@link ErrorCode#CONNECTION_FAILED} when the server cannot be reached
   *     or refuses to create it; {@link ErrorCode#UNSUPPORTED_DATABASE} for other databases
   */
  public static ShadowDatabase create(String serverUrl) {
    return create(serverUrl, "strata_shadow_");
  }

  /**
   * As {@link #create(String)}, the name being {@code namePrefix} and 12 random hex digits (for
   * other throw-away databases, such as the benchmarks').
   */
  public static ShadowDatabase create(String serverUrl, String namePrefix) {
    String jdbc = DatabaseUrls.toJdbc(serverUrl);
    String name = namePrefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    if (jdbc.startsWith("jdbc:sqlite:")) {
      try {
        Path dir = Files.createTempDirectory("strata-shadow");
        return new ShadowDatabase("jdbc:sqlite:" + dir.resolve(name + ".db"), name, Kind.SQLITE, dir);
      } catch (IOException e) {
        throw new StrataException(ErrorCode.IO, "cannot create a temporary SQLite shadow database: " + e.getMessage(), e);
      }
    }
    Kind kind;
    if (jdbc.startsWith("jdbc:postgresql:")) {
      kind = Kind.POSTGRESQL;
    } else if (jdbc.startsWith("jdbc:mysql:") || jdbc.startsWith("jdbc:mariadb:")) {
      kind = Kind.MYSQL;
    } else {
      throw new StrataException(ErrorCode.UNSUPPORTED_DATABASE, "cannot make a shadow database at " + Secrets.redact(serverUrl)
          + "; supported: " + Dialects.SUPPORTED);
    }
    String url = kind == Kind.POSTGRESQL ? withParameter(jdbc, "currentSchema", name) : withDatabase(jdbc, name);
    ShadowDatabase shadow = new ShadowDatabase(url, name, kind, null);
    // utf8mb4, as every table Strata creates on MySQL.
    shadow.serverExecute(jdbc, kind == Kind.POSTGRESQL ? "CREATE SCHEMA " + name
        : "CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
    return shadow;
  }

  /**
   * Applies {@code migrations} to the shadow database with the runner, introspects it and joins
   * the result with the in-memory replay ({@link SchemaRefiner}): the schema the migrations
   * really produce. Operations the in-memory replay cannot follow (a typed change to a column
   * that raw SQL made) are left out of it; the database's own structure stands for them.
   *
   * @throws StrataException {@link ErrorCode#MIGRATION_FAILED} naming the migration and statement
   *     that failed; {@link ErrorCode#CONNECTION_FAILED} when the shadow database cannot be read
   */
  public SchemaDef replay(List<ResolvedMigration> migrations) {
    UrlDataSource dataSource = UrlDataSource.of(jdbcUrl);
    try {
      Runner.configure().dataSource(dataSource).migrations(migrations).outOfOrder(true).build().migrate();
    } catch (StrataException e) {
      if (e.code() != ErrorCode.MIGRATION_FAILED) {
        throw e;
      }
      throw new StrataException(e.code(), "replaying the migrations into the shadow database " + name + " failed: "
          + withoutRunnerAdvice(e.getMessage()) + "\nThe shadow database is removed; nothing was applied to any other"
          + " database. Fix the migration and run generate again.", e);
    }
    try (Connection connection = dataSource.open()) {
      return readBack(connection, migrations);
    } catch (SQLException e) {
      throw new StrataException(ErrorCode.CONNECTION_FAILED, "cannot read the shadow database " + name + ": "
          + Secrets.scrub(e.getMessage(), jdbcUrl), Secrets.scrub(e, jdbcUrl));
    }
  }

  /**
   * The schema a database holds after {@code migrations} ran on it (a shadow database, or a live
   * one for {@code generate --from-db}): the database's structure, in the migrations' form wherever
   * the two agree ({@link SchemaRefiner} over {@link Replayer#replayLeniently}).
   *
   * @throws StrataException {@link ErrorCode#UNSUPPORTED_DATABASE} for a database Strata does not
   *     support; the introspector's errors when the schema cannot be read
   */
  public static SchemaDef readBack(Connection connection, List<ResolvedMigration> migrations) {
    return readLive(connection, migrations).schema();
  }

  /**
   * {@link #readBack}, with what the database holds that Strata does not model
   * ({@link dev.strata.internal.dialect.Introspector#read()}): the schema is the refined one, the
   * unmodelled objects are as read.
   *
   * @throws StrataException as {@link #readBack}
   */
  public static LiveSchema readLive(Connection connection, List<ResolvedMigration> migrations) {
    SqlDialect dialect = Dialects.detect(connection);
    LiveSchema live = Dialects.introspector(connection).read();
    return new LiveSchema(new SchemaRefiner(dialect).refine(Replayer.replayLeniently(migrations), live.schema()),
        live.unmodelled());
  }

  /**
   * The runner's message without its closing advice (rolled back, or "repair" on MySQL), which
   * is about a real database, not a shadow that is thrown away.
   */
  private static String withoutRunnerAdvice(String message) {
    int cut = message.length();
    for (String advice : List.of("Its transaction was rolled back", " commits DDL as it runs", "Applied before it")) {
      int at = message.indexOf(advice);
      int lineStart = at < 0 ? -1 : message.lastIndexOf('\n', at);
      if (lineStart >= 0) {
        cut = Math.min(cut, lineStart);
      }
    }
    return message.substring(0, cut);
  }

  /** The JDBC URL of the shadow database. */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  /** The schema (PostgreSQL) or database (MySQL) name, or the SQLite file's base name. */
  public String name() {
    return name;
  }

  /**
   * Drops the shadow database (or deletes the SQLite file and its folder); a second call does
   * nothing.
   *
   * @throws StrataException {@link ErrorCode#CONNECTION_FAILED} or {@link ErrorCode#IO} when it
   *     cannot be removed; the message names it, to drop by hand
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    switch (kind) {
      case SQLITE -> {
        try (var files = Files.list(sqliteDir)) {
          for (Path p : files.toList()) {
            Files.deleteIfExists(p);
          }
          Files.deleteIfExists(sqliteDir);
        } catch (IOException e) {
          throw new StrataException(ErrorCode.IO, "cannot delete the shadow database " + sqliteDir + ": " + e.getMessage(), e);
        }
      }
      case POSTGRESQL -> serverExecute(serverUrlOf(), "DROP SCHEMA IF EXISTS " + name + " CASCADE");
      case MYSQL -> serverExecute(serverUrlOf(), "DROP DATABASE IF EXISTS " + name);
    }
  }

  private String serverUrlOf() {
    return kind == Kind.POSTGRESQL ? jdbcUrl : withDatabase(jdbcUrl, "");
  }

  private void serverExecute(String url, String sql) {
    try (Connection c = UrlDataSource.of(url).getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new StrataException(ErrorCode.CONNECTION_FAILED, "shadow database " + name + ": " + sql + " failed: "
          + Secrets.scrub(e.getMessage(), url), Secrets.scrub(e, url));
    }
  }

  /** {@code jdbc} with the query parameter {@code key} set to {@code value}, replacing one given. */
  static String withParameter(String jdbc, String key, String value) {
    int query = jdbc.indexOf('?');
    if (query < 0) {
      return jdbc + "?" + key + "=" + value;
    }
    StringBuilder out = new StringBuilder(jdbc.substring(0, query + 1));
    for (String pair : jdbc.substring(query + 1).split("&")) {
      if (!pair.isEmpty() && !pair.regionMatches(true, 0, key + "=", 0, key.length() + 1)) {
        out.append(pair).append('&');
      }
    }
    return out.append(key).append('=').append(value).toString();
  }

  /** {@code jdbc:mysql://host:port/db?x} with {@code db} replaced by {@code database}. */
  static String withDatabase(String jdbc, String database) {
    int hostStart = jdbc.indexOf("//") + 2;
    int query = jdbc.indexOf('?', hostStart);
    String head = query < 0 ? jdbc : jdbc.substring(0, query);
    String tail = query < 0 ? "" : jdbc.substring(query);
    int slash = head.indexOf('/', hostStart);
    String server = slash < 0 ? head : head.substring(0, slash);
    return server + "/" + database + tail;
  }
}
