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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ErrorCode;
import dev.strata.ExecutedMigration;
import dev.strata.MigrationState;
import dev.strata.Migrator;
import dev.strata.RepairResult;
import dev.strata.StrataException;
import dev.strata.ValidateResult;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ValidationTest {

  @ParameterizedTest
  @EnumSource(Kind.class)
  void anAppliedMigrationMissingFromTheCodeStopsMigrateUntilRestoredOrRepaired(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      migrator(db, createTables("1", "2")).migrate();
      List<ResolvedMigration> withoutTwo = createTables("1", "3");

      StrataException e = assertThrows(StrataException.class, () -> migrator(db, withoutTwo).migrate());
      assertEquals(ErrorCode.VALIDATION_FAILED, e.code());
      assertTrue(e.getMessage().contains("migration 2 \"create t2\" is recorded as applied but is not in the code"),
          e.getMessage());
      assertTrue(e.getMessage().contains("Restore its class") && e.getMessage().contains("repair()"), e.getMessage());
      assertTrue(e.getMessage().contains("Nothing was applied."), e.getMessage());
      assertFalse(exists(db, "t3"));

      ValidateResult validation = migrator(db, withoutTwo).validate();
      assertFalse(validation.isValid());
      assertEquals(List.of("2"), validation.problems().stream().map(ValidateResult.Problem::subject).toList());
      assertEquals(ErrorCode.VALIDATION_FAILED, assertThrows(StrataException.class, validation::throwIfInvalid).code());

      // Restoring the class is one way out ...
      assertTrue(migrator(db, createTables("1", "2", "3")).validate().isValid());
      // ... repair, when it was deleted on purpose, the other.
      RepairResult repair = migrator(db, withoutTwo).repair();
      assertEquals(List.of("2"), repair.removedMissing());
      assertEquals(List.of("3"), migrator(db, withoutTwo).migrate().applied().stream()
          .map(ExecutedMigration::version).toList());
      assertEquals(List.of("1", "3"), versions(history(db)));
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aChangedMigrationStopsMigrateUntilRevertedOrRepaired(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      migrator(db, createTables("1")).migrate();
      ResolvedMigration changed = resolved("1", "create t1", new TestMigrations.CreateTableChanged("t1"));
      List<ResolvedMigration> code = List.of(changed, createTable("2"));

      StrataException e = assertThrows(StrataException.class, () -> migrator(db, code).migrate());
      assertEquals(ErrorCode.VALIDATION_FAILED, e.code());
      String message = e.getMessage();
      assertTrue(message.contains("migration 1 \"create t1\" (" + TestMigrations.CreateTableChanged.class.getName()
          + ") has changed since it was applied"), message);
      assertTrue(message.contains(changed.checksum().substring(0, 12)), message);
      assertTrue(message.contains("repair()"), message);
      assertFalse(exists(db, "t2"));
      assertEquals(MigrationState.CHECKSUM_MISMATCH, migrator(db, code).status().migrations().get(0).state());

      RepairResult repair = migrator(db, code).repair();
      assertEquals(List.of("1"), repair.realigned());
      assertEquals(changed.checksum(), history(db).get(0).checksum());
      assertEquals(1, migrator(db, code).migrate().appliedCount());
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aPendingMigrationOlderThanTheNewestAppliedNeedsOutOfOrder(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      migrator(db, createTables("1", "3")).migrate();
      List<ResolvedMigration> merged = createTables("1", "2", "3");

      StrataException e = assertThrows(StrataException.class, () -> migrator(db, merged).migrate());
      assertEquals(ErrorCode.VALIDATION_FAILED, e.code());
      assertTrue(e.getMessage().contains("migration 2 \"create t2\" (" + TestMigrations.CreateTable.class.getName()
          + ") is pending but older than the newest applied migration 3"), e.getMessage());
      assertTrue(e.getMessage().contains("outOfOrder(true)"), e.getMessage());
      assertEquals(MigrationState.OUT_OF_ORDER, migrator(db, merged).status().migrations().get(1).state());
      assertFalse(migrator(db, merged).validate().isValid());

      Runner allowing = Runner.configure().dataSource(db.dataSource()).migrations(merged).outOfOrder(true).build();
      ValidateResult allowed = allowing.validate();
      assertTrue(allowed.isValid(), allowed.problems().toString());
      assertEquals(1, allowed.pending());
      assertEquals(List.of("2"), allowing.migrate().applied().stream().map(ExecutedMigration::version).toList());
      assertTrue(migrator(db, merged).status().isUpToDate());
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void validateReportsCountsAndChangesNothing(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      ValidateResult empty = migrator(db, createTables("1", "2")).validate();
      assertTrue(empty.isValid());
      assertEquals(0, empty.applied());
      assertEquals(2, empty.pending());
      assertFalse(exists(db, "strata_schema_history"), "validate creates nothing");

      migrator(db, createTables("1")).migrate();
      ValidateResult one = migrator(db, createTables("1", "2")).validate();
      assertEquals(1, one.applied());
      assertEquals(1, one.pending());
    }
  }
}
