package dev.strata.bench;

import dev.strata.MigrateResult;
import dev.strata.Migrator;
import dev.strata.internal.jdbc.UrlDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark 1, a no-op start: a new JVM running {@code Migrator.applyPending} on a database that
 * already holds every migration, against a new JVM that connects over raw JDBC and reads the
 * history table once. Both have the same class path (the project's classes first). The statements
 * of a no-op start are counted in this JVM through {@link CountingDataSource}.
 *
 * <p>Targets (performance budget, docs/benchmarks.md): at most 1.15 times the raw JDBC process,
 * and at most 4 statements.
 */
final class NoopStartBenchmark {
  static final double MAX_RATIO = 1.15;
  static final int MAX_STATEMENTS = 4;

  private NoopStartBenchmark() {}

  static List<Row> run(BenchContext context) {
    BenchOptions options = context.options();
    Fixture fixture = context.fixture();
    BenchDatabase database = context.database();
    int n = fixture.tables();
    String url = database.fresh();
    try {
      List<String> statements = prepare(fixture, url, n);
      context.progress("no-op start: database at " + n + " migrations; a no-op start sent " + statements);
      String classPath = Processes.classPath(fixture.classes());
      Processes processes = context.processes();
      Timing[] times = Timing.alternating(options.warmups(), options.runs(),
          () -> processes.time(Processes.java(classPath, StrataMigrateMain.class.getName(), url, "0"), 0),
          () -> processes.time(Processes.java(classPath, RawHistoryMain.class.getName(), url, String.valueOf(n)), 0));
      List<Row> rows = new ArrayList<>();
      rows.add(Row.ratio("no-op start (" + n + " migrations)", times[0], times[1], MAX_RATIO));
      rows.add(Row.count("no-op start, statements", statements.size(), 1, MAX_STATEMENTS));
      if (options.breakdown()) {
        PhaseBreakdown.print(context, "no-op start with " + n + " migrations", classPath, NoopPhasesMain.class, url);
      }
      return rows;
    } finally {
      database.drop(url);
    }
  }

  /** Applies every migration, then runs a no-op start in this JVM and returns what it sent. */
  private static List<String> prepare(Fixture fixture, String url, int n) {
    try (URLClassLoader loader = fixture.classLoader()) {
      MigrateResult applied = Migrator.configure().dataSource(UrlDataSource.of(url)).classLoader(loader).build()
          .migrate();
      if (applied.appliedCount() != n) {
        throw new IllegalStateException("applied " + applied.appliedCount() + " migrations, expected " + n);
      }
      CountingDataSource counter = new CountingDataSource();
      MigrateResult noop = Migrator.configure().dataSource(counter.wrap(UrlDataSource.of(url))).classLoader(loader)
          .build().migrate();
      if (noop.appliedCount() != 0) {
        throw new IllegalStateException("a no-op start applied " + noop.appliedCount() + " migrations");
      }
      return counter.statements();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
