package dev.strata.internal.runner;

import static dev.strata.internal.runner.TestMigrations.createTables;
import static dev.strata.internal.runner.TestMigrations.resolved;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.Migration;
import dev.strata.MigrationContext;
import dev.strata.fixtures.CountingDataSource;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import dev.strata.internal.loader.ResolvedMigration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How each migration's unit ends: with a commit where DDL is transactional; on MySQL and MariaDB,
 * which commit DDL as it runs, without one for a migration of rendered DDL alone, while raw SQL
 * keeps its transaction.
 */
class UnitCommitTest {

  private static ResolvedMigration insertRow(String version) {
    return resolved(version, "fill t1", new Migration() {
      @Override
      public void up(MigrationContext db) {
        db.executeSql("INSERT INTO t1 (id) VALUES (1)");
      }

      @Override
      public void down(MigrationContext db) {
        db.executeSql("DELETE FROM t1");
      }
    });
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void ddlOnlyMigrationsCommitOnlyWhereDdlIsTransactional(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      CountingDataSource counting = new CountingDataSource(db.dataSource());
      List<ResolvedMigration> migrations = new ArrayList<>(createTables("1", "2", "3"));
      assertEquals(3, RunnerTests.migrator(counting, migrations).migrate().appliedCount());
      // SQLite commits the run's one transaction with SQL at the end, not through JDBC.
      assertEquals(kind == Kind.POSTGRESQL ? 3 : 0, counting.commits());

      CountingDataSource second = new CountingDataSource(db.dataSource());
      migrations.add(insertRow("4"));
      assertEquals(1, RunnerTests.migrator(second, migrations).migrate().appliedCount());
      assertEquals(kind == Kind.SQLITE ? 0 : 1, second.commits());
      assertEquals(1, db.count("t1"));
    }
  }
}
