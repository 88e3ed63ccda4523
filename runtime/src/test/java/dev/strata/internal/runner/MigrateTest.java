package dev.strata.internal.runner;

import static dev.strata.internal.runner.RunnerTests.count;
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
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.strata.ErrorCode;
import dev.strata.ExecutedMigration;
import dev.strata.MigrateResult;
import dev.strata.Migration;
import dev.strata.MigrationContext;
import dev.strata.Migrator;
import dev.strata.StrataException;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.fixtures.CountingDataSource;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MigrateTest {

  @ParameterizedTest
  @EnumSource(Kind.class)
  void appliesPendingMigrationsInOrderAndRecordsThem(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      List<ResolvedMigration> migrations = createTables("2", "10", "1");
      MigrateResult result = Runner.configure().dataSource(db.dataSource()).migrations(migrations)
          .installedBy("deployer").build().migrate();

      assertEquals(List.of("1", "2", "10"), result.applied().stream().map(ExecutedMigration::version).toList());
      assertNull(result.initialVersion());
      assertEquals("10", result.currentVersion());
      List<RunnerTests.Row> rows = history(db);
      assertEquals(List.of("1", "10", "2"), versions(rows));
      for (RunnerTests.Row row : rows) {
        ResolvedMigration m = migrations.stream().filter(x -> x.version().equals(row.version())).findFirst().orElseThrow();
        assertEquals(m.checksum(), row.checksum());
        assertTrue(row.success());
        assertEquals("deployer", row.installedBy());
        assertTrue(row.executionMs() >= 0);
        assertNull(row.failedStatement());
        assertTrue(exists(db, "t" + row.version()), "table t" + row.version());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void recordsTheDatabaseUserAndAUtcTimestamp(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      java.time.Instant before = java.time.Instant.now().minusSeconds(2);
      migrator(db, createTables("1")).migrate();
      var status = migrator(db, createTables("1")).status().migrations().get(0);
      String expectedUser = kind == Kind.SQLITE ? System.getProperty("user.name")
          : db.connection().getMetaData().getUserName();
      assertEquals(expectedUser, status.installedBy());
      assertTrue(status.installedAt().isAfter(before) && status.installedAt().isBefore(before.plusSeconds(60)),
          "installed_at " + status.installedAt() + " is UTC now");
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void appliesOnlyWhatIsPendingAndUpToTheTarget(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      List<ResolvedMigration> migrations = createTables("1", "2", "3", "4");
      MigrateResult first = migrator(db, migrations).migrate("2");
      assertEquals(2, first.appliedCount());
      assertFalse(exists(db, "t3"));

      MigrateResult second = migrator(db, migrations).migrate();
      assertEquals(List.of("3", "4"), second.applied().stream().map(ExecutedMigration::version).toList());
      assertEquals("2", second.initialVersion());
      assertEquals("4", second.currentVersion());
      assertEquals(List.of("1", "2", "3", "4"), versions(history(db)));

      MigrateResult third = migrator(db, migrations).migrate();
      assertEquals(0, third.appliedCount());
      assertEquals("4", third.currentVersion());
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void noOpStartIsOneStatement(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      List<ResolvedMigration> migrations = createTables("1", "2", "3");
      migrator(db, migrations).migrate();

      CountingDataSource counting = new CountingDataSource(db.dataSource());
      MigrateResult result = migrator(counting, createTables("1", "2", "3")).migrate();

      assertEquals(0, result.appliedCount());
      assertTrue(counting.executed().size() <= 4, "no-op start ran " + counting.executed());
      assertEquals(1, counting.executed().size(), "no-op start ran " + counting.executed());
      assertTrue(counting.executed().get(0).contains("strata_schema_history"));
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void applyingCostsTheDdlOneInsertAndTheLockPerRun(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      migrator(db, createTables("1")).migrate();
      CountingDataSource counting = new CountingDataSource(db.dataSource());
      migrator(counting, createTables("1", "2", "3")).migrate();

      List<String> sql = counting.executed();
      long inserts = sql.stream().filter(s -> s.startsWith("INSERT INTO strata_schema_history")).count();
      long creates = sql.stream().filter(s -> s.startsWith("CREATE TABLE") && !s.contains("strata_schema_history")).count();
      assertEquals(2, inserts, sql.toString());
      assertEquals(2, creates, sql.toString());
      // Probe, lock, history read, unlock, and per migration its DDL and insert (the commit is a
      // JDBC call). SQLite reads PRAGMA foreign_keys before locking, ends with COMMIT and adds a
      // savepoint and its release per migration, all in process. MySQL inserts the row before the
      // DDL and finishes it with one update after (a one-statement migration has no step between).
      long updates = sql.stream().filter(s -> s.startsWith("UPDATE strata_schema_history")).count();
      assertEquals(kind == Kind.MYSQL ? 2 : 0, updates, sql.toString());
      int perRun = kind == Kind.SQLITE ? 5 : 4;
      int perMigration = kind == Kind.SQLITE ? 4 : kind == Kind.MYSQL ? 3 : 2;
      assertEquals(perRun + 2 * perMigration, sql.size(), sql.toString());
    }
  }

  /** A history table an earlier Strata created without steps_done gains it under the lock. */
  @ParameterizedTest
  @EnumSource(Kind.class)
  void aHistoryTableWithoutStepsDoneGainsTheColumn(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      migrator(db, createTables("1")).migrate();
      db.execute("ALTER TABLE strata_schema_history DROP COLUMN steps_done");

      assertEquals(1, migrator(db, createTables("1", "2")).migrate().appliedCount());

      try (Statement s = db.connection().createStatement();
          ResultSet r = s.executeQuery("SELECT version, steps_done FROM strata_schema_history ORDER BY version")) {
        assertTrue(r.next());
        assertEquals("1", r.getString(1));
        assertTrue(r.next());
        int steps = r.getInt(2);
        assertEquals(kind == Kind.MYSQL ? Integer.valueOf(1) : null, r.wasNull() ? null : steps);
      }
    }
  }

  /** Only MySQL counts statements: the other databases roll a migration back whole. */
  @ParameterizedTest
  @EnumSource(Kind.class)
  void theStepsDoneAreCountedWhereDdlIsNotTransactional(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      migrator(db, createTables("1")).migrate();
      try (Statement s = db.connection().createStatement();
          ResultSet r = s.executeQuery("SELECT steps_done FROM strata_schema_history")) {
        assertTrue(r.next());
        int steps = r.getInt(1);
        assertEquals(kind == Kind.MYSQL ? Integer.valueOf(1) : null, r.wasNull() ? null : steps);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = {"SQLITE", "POSTGRESQL"})
  void aFailedMigrationIsRolledBackAndNotRecorded(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      List<ResolvedMigration> migrations = List.of(createTable("1"),
          resolved("2", "create then fail", new TestMigrations.CreateThenFail("t2")), createTable("3"));

      StrataException e = assertThrows(StrataException.class, () -> migrator(db, migrations).migrate());

      assertEquals(ErrorCode.MIGRATION_FAILED, e.code());
      String message = e.getMessage();
      assertTrue(message.contains("migration 2 (" + TestMigrations.CreateThenFail.class.getName() + ")"), message);
      assertTrue(message.contains("operation 2 of 2 (executeSql)"), message);
      assertTrue(message.contains("INSERT INTO no_such_table_xyz (id) VALUES (1)"), message);
      assertTrue(message.toLowerCase().contains("no_such_table_xyz"), message);
      assertTrue(message.contains("rolled back"), message);
      assertTrue(message.contains("Applied before it in this run (and kept): 1."), message);
      assertEquals(List.of("1"), versions(history(db)));
      assertTrue(exists(db, "t1"));
      assertFalse(exists(db, "t2"), "the failed migration's table is rolled back");
      assertFalse(exists(db, "t3"), "nothing runs after a failure");

      List<ResolvedMigration> fixed = createTables("1", "2", "3");
      assertEquals(2, migrator(db, fixed).migrate().appliedCount());
    }
  }

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = "MYSQL")
  void onMysqlAFailureIsRecordedAndBlocksUntilRepair(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      List<ResolvedMigration> broken = List.of(createTable("1"),
          resolved("2", "create then fail", new TestMigrations.CreateThenFail("t2")));

      StrataException e = assertThrows(StrataException.class, () -> migrator(db, broken).migrate());
      assertEquals(ErrorCode.MIGRATION_FAILED, e.code());
      assertTrue(e.getMessage().contains("INSERT INTO no_such_table_xyz"), e.getMessage());
      assertTrue(e.getMessage().contains("repair()"), e.getMessage());

      List<RunnerTests.Row> rows = history(db);
      assertEquals(List.of("1", "2"), versions(rows));
      assertFalse(rows.get(1).success());
      assertTrue(rows.get(1).failedStatement().startsWith("INSERT INTO no_such_table_xyz (id) VALUES (1)"),
          rows.get(1).failedStatement());
      assertTrue(exists(db, "t2"), "MySQL committed the DDL before the failing statement");

      StrataException blocked = assertThrows(StrataException.class, () -> migrator(db, broken).migrate());
      assertEquals(ErrorCode.VALIDATION_FAILED, blocked.code());
      assertTrue(blocked.getMessage().contains("migration 2 \"create then fail\""), blocked.getMessage());
      assertTrue(blocked.getMessage().contains("INSERT INTO no_such_table_xyz"), blocked.getMessage());
      assertTrue(blocked.getMessage().contains("repair()"), blocked.getMessage());

      // The fix: undo by hand what was applied, correct the migration, repair, migrate.
      db.execute("DROP TABLE t2");
      List<ResolvedMigration> fixed = createTables("1", "2");
      assertEquals(List.of("2"), migrator(db, fixed).repair().removedFailed());
      assertEquals(1, migrator(db, fixed).migrate().appliedCount());
      assertTrue(history(db).stream().allMatch(RunnerTests.Row::success));
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void codeStepsRunOnTheMigrationsConnectionAndTransaction(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      List<ResolvedMigration> migrations = List.of(createTable("1"), resolved("2", "seed", new Seed("t1", false)));
      migrator(db, migrations).migrate();
      assertEquals(2, count(db, "t1"));

      List<ResolvedMigration> failing = List.of(createTable("1"), resolved("2", "seed", new Seed("t1", false)),
          resolved("3", "seed and fail", new Seed("t1", true)));
      StrataException e = assertThrows(StrataException.class, () -> migrator(db, failing).migrate());
      assertTrue(e.getMessage().contains("in its code step"), e.getMessage());
      assertTrue(e.getMessage().contains("seed failed on purpose"), e.getMessage());
      // Rows written by a failed code step are rolled back on every database (DML is transactional).
      assertEquals(2, count(db, "t1"));
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void worksOnConnectionsHandedOutWithoutAutoCommitAndGivesThemBackSo(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      List<Boolean> autoCommitAtClose = new ArrayList<>();
      javax.sql.DataSource pooled = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
          getClass().getClassLoader(), new Class<?>[] {javax.sql.DataSource.class}, (p, method, args) -> {
            if (!method.getName().equals("getConnection")) {
              throw new UnsupportedOperationException(method.getName());
            }
            java.sql.Connection real = db.newConnection();
            real.setAutoCommit(false);
            return java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {java.sql.Connection.class}, (q, m, a) -> {
                  if (m.getName().equals("close")) {
                    autoCommitAtClose.add(real.getAutoCommit());
                  }
                  try {
                    return m.invoke(real, a);
                  } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
          });
      // On PostgreSQL the probe of a missing history table fails; in a transaction that would
      // abort everything after it.
      assertEquals(2, migrator(pooled, createTables("1", "2")).migrate().appliedCount());
      assertEquals(0, migrator(pooled, createTables("1", "2")).migrate().appliedCount());
      assertEquals(2, migrator(pooled, createTables("1", "2")).rollback(2).rolledBack().size());
      assertEquals(List.of(false, false, false), autoCommitAtClose);
    }
  }

  /** Inserts two rows through JDBC, then optionally fails. */
  static final class Seed implements Migration {
    private final String table;
    private final boolean fail;

    Seed(String table, boolean fail) {
      this.table = table;
      this.fail = fail;
    }

    @Override
    public void up(MigrationContext db) {
      db.run(connection -> {
        try (Statement s = connection.createStatement()) {
          int base = fail ? 100 : 1;
          s.executeUpdate("INSERT INTO " + table + " (id, name) VALUES (" + base + ", 'a')");
          s.executeUpdate("INSERT INTO " + table + " (id, name) VALUES (" + (base + 1) + ", 'b')");
        }
        if (fail) {
          throw new IllegalStateException("seed failed on purpose");
        }
      });
    }
  }
}
