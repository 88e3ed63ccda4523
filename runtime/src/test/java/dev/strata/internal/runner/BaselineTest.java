package dev.strata.internal.runner;

import static dev.strata.internal.runner.RunnerTests.exists;
import static dev.strata.internal.runner.RunnerTests.history;
import static dev.strata.internal.runner.RunnerTests.migrator;
import static dev.strata.internal.runner.RunnerTests.versions;
import static dev.strata.internal.runner.TestMigrations.createTables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.BaselineResult;
import dev.strata.ErrorCode;
import dev.strata.ExecutedMigration;
import dev.strata.MigrationState;
import dev.strata.MigrationStatus;
import dev.strata.RepairResult;
import dev.strata.StrataException;
import dev.strata.ValidateResult;
import dev.strata.internal.history.HistoryTable;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BaselineTest {

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aBaselineMarksAnExistingDatabaseSoOnlyNewerMigrationsRun(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      // The tables as migrations 1 and 2 make them: a baseline at 2 says the database is at 2.
      String columns = kind == Kind.SQLITE ? "(id INTEGER NOT NULL PRIMARY KEY, name TEXT)"
          : "(id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(50))";
      db.execute("CREATE TABLE t1 " + columns, "CREATE TABLE t2 " + columns);
      List<ResolvedMigration> code = createTables("1", "2", "3");

      BaselineResult baseline = migrator(db, code).baseline("2");

      assertTrue(baseline.created());
      assertEquals(List.of("1", "2"), baseline.skipped());
      RunnerTests.Row row = history(db).get(0);
      assertEquals("2", row.version());
      assertEquals(HistoryTable.BASELINE_CHECKSUM, row.checksum());
      assertEquals(List.of(MigrationState.BELOW_BASELINE, MigrationState.BASELINE, MigrationState.PENDING),
          migrator(db, code).status().migrations().stream().map(MigrationStatus::state).toList());

      assertEquals(List.of("3"), migrator(db, code).migrate().applied().stream().map(ExecutedMigration::version).toList());
      assertTrue(exists(db, "t3"));
      assertTrue(migrator(db, code).status().isUpToDate());
      ValidateResult valid = migrator(db, code).validate();
      assertTrue(valid.isValid(), valid.problems().toString());
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aBaselineIsRefusedOnAMigratedDatabaseAndIdempotentOtherwise(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      List<ResolvedMigration> code = createTables("1", "2");
      assertTrue(migrator(db, code).baseline("1").created());
      assertFalse(migrator(db, code).baseline("1").created());

      StrataException other = assertThrows(StrataException.class, () -> migrator(db, code).baseline("2"));
      assertEquals(ErrorCode.VALIDATION_FAILED, other.code());
      assertTrue(other.getMessage().contains("cannot baseline at 2"), other.getMessage());
      assertTrue(other.getMessage().contains("already holds 1 row(s), the newest 1"), other.getMessage());

      assertEquals(ErrorCode.USAGE, assertThrows(StrataException.class, () -> migrator(db, code).baseline(" ")).code());
      assertEquals(List.of("1"), versions(history(db)));
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void repairWithoutAHistoryTableOrProblemsChangesNothing(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      RepairResult none = migrator(db, createTables("1")).repair();
      assertTrue(none.isEmpty());
      assertFalse(exists(db, "strata_schema_history"), "repair creates nothing");

      migrator(db, createTables("1")).migrate();
      assertTrue(migrator(db, createTables("1")).repair().isEmpty());
      assertEquals(List.of("1"), versions(history(db)));
    }
  }
}
