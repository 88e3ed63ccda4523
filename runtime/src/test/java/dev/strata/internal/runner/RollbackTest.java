package dev.strata.internal.runner;

import static dev.strata.internal.runner.RunnerTests.exists;
import static dev.strata.internal.runner.RunnerTests.history;
import static dev.strata.internal.runner.RunnerTests.migrator;
import static dev.strata.internal.runner.RunnerTests.versions;
import static dev.strata.internal.runner.TestMigrations.createTable;
import static dev.strata.internal.runner.TestMigrations.createTables;
import static dev.strata.internal.runner.TestMigrations.resolved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ErrorCode;
import dev.strata.ExecutedMigration;
import dev.strata.MigrationState;
import dev.strata.MigrationStatus;
import dev.strata.ResetResult;
import dev.strata.RollbackResult;
import dev.strata.StrataException;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RollbackTest {

  @ParameterizedTest
  @EnumSource(Kind.class)
  void rollsBackTheNewestAppliedMigrationsNewestFirst(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      List<ResolvedMigration> code = createTables("1", "2", "10");
      migrator(db, code).migrate();

      RollbackResult result = migrator(db, code).rollback(2);

      assertEquals(List.of("10", "2"), result.rolledBack().stream().map(ExecutedMigration::version).toList());
      assertEquals("1", result.currentVersion());
      assertEquals(List.of("1"), versions(history(db)));
      assertTrue(exists(db, "t1"));
      assertFalse(exists(db, "t2"));
      assertFalse(exists(db, "t10"));
      assertEquals(List.of(MigrationState.APPLIED, MigrationState.PENDING, MigrationState.PENDING),
          migrator(db, code).status().migrations().stream().map(MigrationStatus::state).toList());

      assertEquals(2, migrator(db, code).migrate().appliedCount());
      RollbackResult all = migrator(db, code).rollback(99);
      assertEquals(3, all.rolledBack().size());
      assertNull(all.currentVersion());
      assertEquals(List.of(), history(db));
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void refusesBeforeChangingAnythingWhenOneCannotBeRolledBack(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      List<ResolvedMigration> code = List.of(createTable("1"),
          resolved("2", "irreversible", new TestMigrations.Irreversible("t2")), createTable("3"));
      migrator(db, code).migrate();

      StrataException e = assertThrows(StrataException.class, () -> migrator(db, code).rollback(3));
      assertEquals(ErrorCode.IRREVERSIBLE, e.code());
      assertTrue(e.getMessage().contains("cannot roll back migration 2"), e.getMessage());
      assertTrue(e.getMessage().contains("Nothing was rolled back."), e.getMessage());
      assertEquals(List.of("1", "2", "3"), versions(history(db)));
      assertTrue(exists(db, "t3"));

      StrataException missing = assertThrows(StrataException.class,
          () -> migrator(db, createTables("1", "2")).rollback(1));
      assertEquals(ErrorCode.VALIDATION_FAILED, missing.code());
      assertTrue(missing.getMessage().contains("migration 3 is applied but not in the code"), missing.getMessage());

      assertEquals(ErrorCode.USAGE, assertThrows(StrataException.class, () -> migrator(db, code).rollback(0)).code());
    }
  }

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = {"SQLITE", "POSTGRESQL"})
  void aFailingDownIsRolledBackAndTheMigrationStaysApplied(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      List<ResolvedMigration> code = List.of(createTable("1"), resolved("2", "bad down",
          new TestMigrations.Sql("INSERT INTO t1 (id) VALUES (1)", "DELETE FROM no_such_table_xyz")));
      migrator(db, code).migrate();

      StrataException e = assertThrows(StrataException.class, () -> migrator(db, code).rollback(1));
      assertEquals(ErrorCode.MIGRATION_FAILED, e.code());
      assertTrue(e.getMessage().startsWith("rollback of migration 2"), e.getMessage());
      assertTrue(e.getMessage().contains("DELETE FROM no_such_table_xyz"), e.getMessage());
      assertTrue(e.getMessage().contains("still applied"), e.getMessage());
      assertEquals(List.of("1", "2"), versions(history(db)));
    }
  }

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = "MYSQL")
  void onMysqlAFailingDownMarksTheRowFailedUntilRepair(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      List<ResolvedMigration> code = List.of(createTable("1"), resolved("2", "bad down",
          new TestMigrations.Sql("CREATE TABLE t2 (id INT)", "DROP TABLE no_such_table_xyz")));
      migrator(db, code).migrate();

      StrataException e = assertThrows(StrataException.class, () -> migrator(db, code).rollback(1));
      assertEquals(ErrorCode.MIGRATION_FAILED, e.code());
      assertTrue(e.getMessage().contains("repair()"), e.getMessage());
      RunnerTests.Row row = history(db).get(1);
      assertFalse(row.success());
      assertTrue(row.failedStatement().startsWith("DROP TABLE no_such_table_xyz"), row.failedStatement());
      assertEquals(MigrationState.FAILED, migrator(db, code).status().migrations().get(1).state());
      assertEquals(ErrorCode.VALIDATION_FAILED, assertThrows(StrataException.class,
          () -> migrator(db, code).rollback(1)).code());

      db.execute("DROP TABLE t2");
      assertEquals(List.of("2"), migrator(db, code).repair().removedFailed());
      assertEquals(List.of("1"), versions(history(db)));
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void resetRollsBackEverythingAndDropsTheHistoryTable(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      db.execute("CREATE TABLE not_ours (id INT)");
      List<ResolvedMigration> code = createTables("1", "2", "3");
      migrator(db, code).migrate();

      ResetResult reset = migrator(db, code).reset();

      assertEquals(List.of("3", "2", "1"), reset.rolledBack().stream().map(ExecutedMigration::version).toList());
      assertTrue(reset.historyTableDropped());
      assertFalse(exists(db, "strata_schema_history"));
      assertFalse(exists(db, "t1"));
      assertTrue(exists(db, "not_ours"), "reset leaves tables no migration created");

      ResetResult nothing = migrator(db, code).reset();
      assertEquals(List.of(), nothing.rolledBack());
      assertFalse(nothing.historyTableDropped());
      assertFalse(exists(db, "strata_schema_history"), "reset creates nothing");

      assertEquals(3, migrator(db, code).migrate().appliedCount());
      StrataException refused = assertThrows(StrataException.class, () -> migrator(db, createTables("2", "3")).reset());
      assertEquals(ErrorCode.VALIDATION_FAILED, refused.code());
      assertTrue(refused.getMessage().contains("migration 1 is applied but not in the code"), refused.getMessage());
      assertEquals(List.of("1", "2", "3"), versions(history(db)));
      assertTrue(exists(db, "t3"));
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void resetKeepsTheBaseline(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      List<ResolvedMigration> code = createTables("1", "2", "3");
      migrator(db, code).baseline("1");
      migrator(db, code).migrate();

      ResetResult reset = migrator(db, code).reset();

      assertEquals(List.of("3", "2"), reset.rolledBack().stream().map(ExecutedMigration::version).toList());
      assertFalse(reset.historyTableDropped());
      assertEquals(List.of("1"), versions(history(db)));
      assertFalse(exists(db, "t1"), "below the baseline: never created by Strata");
    }
  }
}
