package dev.strata.bench;

import dev.strata.internal.runner.Runner;
import dev.strata.MigrateResult;
import dev.strata.Migrator;
import dev.strata.internal.jdbc.UrlDataSource;
import dev.strata.internal.loader.MigrationLoader;
import dev.strata.internal.loader.ResolvedMigration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark 2, applying every migration to an empty database: a new JVM running
 * {@code Migrator.applyPending}, against a new JVM executing the same DDL over raw JDBC (rendered
 * beforehand by Strata's dialect) with one bookkeeping insert per migration, in the same
 * transaction shape ({@link RawApplyMain}). Each run gets a new empty database, made and removed
 * outside the timing. The statements of both are counted in this JVM.
 *
 * <p>Target (performance budget, docs/benchmarks.md): at most 1.10 times the raw JDBC process.
 */
final class ApplyBenchmark {
  static final double MAX_RATIO = 1.10;

  private ApplyBenchmark() {}

  static List<Row> run(BenchContext context) {
    BenchOptions options = context.options();
    Fixture fixture = context.fixture();
    BenchDatabase database = context.database();
    int n = fixture.tables();
    Path scriptFile = context.workDir().resolve("apply-" + database.dialect().database().name().toLowerCase(Locale.ROOT)
        + ".sql.txt");
    DdlScript script;
    try (URLClassLoader loader = fixture.classLoader()) {
      List<ResolvedMigration> migrations = MigrationLoader.load(loader);
      script = DdlScripts.render(migrations, database.dialect());
      script.write(scriptFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Counts strataCounts = countStrata(fixture, database, n);
    Counts rawCounts = countRaw(script, database);
    context.progress("apply: Strata sent " + strataCounts + ", raw JDBC " + rawCounts);

    String classPath = Processes.classPath(fixture.classes());
    Processes processes = context.processes();
    Timing[] times = Timing.alternating(options.warmups(), options.runs(),
        () -> {
          String url = database.fresh();
          long nanos = processes.time(Processes.java(classPath, StrataMigrateMain.class.getName(), url,
              String.valueOf(n)), 0);
          database.drop(url);
          return nanos;
        },
        () -> {
          String url = database.fresh();
          long nanos = processes.time(Processes.java(classPath, RawApplyMain.class.getName(), url,
              scriptFile.toString()), 0);
          checkRows(url, n);
          database.drop(url);
          return nanos;
        });
    return List.of(
        Row.ratio("apply " + n + " migrations", times[0], times[1], MAX_RATIO),
        Row.info("apply, statements per migration", strataCounts.perMigration(n), rawCounts.perMigration(n),
            "totals " + strataCounts + " / " + rawCounts));
  }

  /** Statements and commits one apply sends. */
  private record Counts(int statements, int commits) {
    String perMigration(int n) {
      return String.format(Locale.ROOT, "%.2f", statements / (double) n);
    }

    @Override
    public String toString() {
      return statements + " statements, " + commits + " commits";
    }
  }

  private static Counts countStrata(Fixture fixture, BenchDatabase database, int n) {
    String url = database.fresh();
    try (URLClassLoader loader = fixture.classLoader()) {
      CountingDataSource counter = new CountingDataSource();
      MigrateResult result = Runner.configure().dataSource(counter.wrap(UrlDataSource.of(url))).classLoader(loader)
          .build().migrate();
      if (result.appliedCount() != n) {
        throw new IllegalStateException("applied " + result.appliedCount() + " migrations, expected " + n);
      }
      return new Counts(counter.statements().size(), counter.commits());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      database.drop(url);
    }
  }

  private static Counts countRaw(DdlScript script, BenchDatabase database) {
    String url = database.fresh();
    try {
      CountingDataSource counter = new CountingDataSource();
      try (Connection connection = counter.wrap(UrlDataSource.of(url)).getConnection()) {
        RawApplyMain.apply(connection, script);
      }
      checkRows(url, script.units().size());
      return new Counts(counter.statements().size(), counter.commits());
    } catch (SQLException e) {
      throw new IllegalStateException("the raw JDBC apply failed: " + e.getMessage(), e);
    } finally {
      database.drop(url);
    }
  }

  /** Checks that the raw baseline did its work: one bookkeeping row per migration. */
  private static void checkRows(String url, int n) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM bench_history")) {
      row.next();
      if (row.getInt(1) != n) {
        throw new IllegalStateException("the raw JDBC apply recorded " + row.getInt(1) + " migrations, expected " + n);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot check the raw JDBC apply: " + e.getMessage(), e);
    }
  }
}
