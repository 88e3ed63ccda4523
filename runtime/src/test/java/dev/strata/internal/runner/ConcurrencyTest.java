package dev.strata.internal.runner;

import static dev.strata.internal.runner.RunnerTests.count;
import static dev.strata.internal.runner.RunnerTests.history;
import static dev.strata.internal.runner.RunnerTests.migrator;
import static dev.strata.internal.runner.RunnerTests.versions;
import static dev.strata.internal.runner.TestMigrations.createTable;
import static dev.strata.internal.runner.TestMigrations.resolved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.MigrateResult;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConcurrencyTest {
  private static final int RUNNERS = 6;

  @ParameterizedTest
  @EnumSource(Kind.class)
  void manyRunnersStartingAtOnceApplyEachMigrationExactlyOnce(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      // The inserts are not idempotent: a second run of 2 or 4 would add rows, and a second run
      // of 1 or 3 would fail on the existing table.
      List<ResolvedMigration> code = List.of(
          createTable("1"),
          resolved("2", "seed", new TestMigrations.Sql("INSERT INTO t1 (id, name) VALUES (1, 'a')", "DELETE FROM t1")),
          createTable("3"),
          resolved("4", "seed more", new TestMigrations.Sql("INSERT INTO t1 (id, name) VALUES (2, 'b')", "DELETE FROM t1")));

      CyclicBarrier start = new CyclicBarrier(RUNNERS);
      ExecutorService pool = Executors.newFixedThreadPool(RUNNERS);
      List<Future<MigrateResult>> runs = new ArrayList<>();
      try {
        for (int i = 0; i < RUNNERS; i++) {
          runs.add(pool.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            return migrator(db, code).migrate();
          }));
        }
        int applied = 0;
        for (Future<MigrateResult> run : runs) {
          applied += run.get(60, TimeUnit.SECONDS).appliedCount();
        }
        assertEquals(code.size(), applied, "each migration applied by exactly one runner");
      } finally {
        pool.shutdownNow();
      }
      assertEquals(List.of("1", "2", "3", "4"), versions(history(db)));
      assertTrue(history(db).stream().allMatch(RunnerTests.Row::success));
      assertEquals(2, count(db, "t1"));
    }
  }
}
