package dev.strata.internal.runner;

import dev.strata.internal.database.Dialects;
import static dev.strata.internal.runner.RunnerTests.migrator;
import static dev.strata.internal.runner.TestMigrations.createTable;
import static dev.strata.internal.runner.TestMigrations.createTables;
import static dev.strata.internal.runner.TestMigrations.resolved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.MigrationState;
import dev.strata.MigrationStatus;
import dev.strata.StatusReport;
import dev.strata.internal.history.HistoryRow;
import dev.strata.internal.history.HistoryTable;
import dev.strata.internal.dialect.Introspector;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StatusTest {

  @ParameterizedTest
  @EnumSource(Kind.class)
  void joinsCodeAndHistoryWithAStatePerMigration(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      migrator(db, List.of()).baseline("2");
      migrator(db, createTables("1", "2", "2.5", "3", "4")).migrate();
      HistoryTable.of(Dialects.introspector(db.connection()).dialect().historySql())
          .insert(db.connection(), new HistoryRow("6", "create t6", "abc", Instant.now(), 3, false, "me",
              "CREATE TABLE t6 (x INT)\n-- it failed"));

      List<ResolvedMigration> code = List.of(createTable("1"), createTable("2"), createTable("2.5"),
          resolved("3", "create t3", new TestMigrations.CreateTableChanged("t3")), createTable("3.5"),
          createTable("5"), createTable("6"));
      StatusReport report = migrator(db, code).status();

      Map<String, MigrationState> states = new LinkedHashMap<>();
      report.migrations().forEach(m -> states.put(m.version(), m.state()));
      Map<String, MigrationState> expected = new LinkedHashMap<>();
      expected.put("1", MigrationState.BELOW_BASELINE);
      expected.put("2", MigrationState.BASELINE);
      expected.put("2.5", MigrationState.APPLIED);
      expected.put("3", MigrationState.CHECKSUM_MISMATCH);
      expected.put("3.5", MigrationState.OUT_OF_ORDER);
      expected.put("4", MigrationState.MISSING);
      expected.put("5", MigrationState.PENDING);
      expected.put("6", MigrationState.FAILED);
      assertEquals(expected, states);

      assertEquals("4", report.currentVersion());
      assertEquals(List.of("3.5", "5"), report.pending().stream().map(MigrationStatus::version).toList());
      assertFalse(report.isUpToDate());

      MigrationStatus applied = report.migrations().get(2);
      assertEquals("create t2.5", applied.description());
      assertEquals(TestMigrations.CreateTable.class.getName(), applied.className());
      assertEquals(applied.checksum(), applied.appliedChecksum());
      assertNotNull(applied.installedAt());
      assertNotNull(applied.executionMs());
      MigrationStatus missing = report.migrations().get(5);
      assertNull(missing.className());
      assertEquals("create t4", missing.description());
      MigrationStatus failed = report.migrations().get(7);
      assertTrue(failed.failedStatement().startsWith("CREATE TABLE t6"));
      MigrationStatus pending = report.migrations().get(6);
      assertNull(pending.installedAt());
      assertNull(pending.appliedChecksum());

      String table = report.table();
      assertTrue(table.startsWith("VERSION"), table);
      assertTrue(table.contains("OUT_OF_ORDER") && table.contains("create t3"), table);
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void withoutAHistoryTableEverythingIsPendingAndNothingIsCreated(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      StatusReport report = migrator(db, createTables("1", "2")).status();
      assertEquals(List.of(MigrationState.PENDING, MigrationState.PENDING),
          report.migrations().stream().map(MigrationStatus::state).toList());
      assertNull(report.currentVersion());
      assertFalse(RunnerTests.exists(db, "strata_schema_history"));
    }
  }
}
