package dev.strata.internal.runner;

import static dev.strata.internal.runner.RunnerTests.exists;
import static dev.strata.internal.runner.RunnerTests.migrator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ErrorCode;
import dev.strata.MigrateResult;
import dev.strata.MigrationState;
import dev.strata.RepairResult;
import dev.strata.StrataException;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import dev.strata.internal.loader.ResolvedMigration;
import java.io.File;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * On MariaDB, where each DDL statement commits: a migration's row is written before its first
 * statement and moved on before each further one, so a killed process or a failing statement
 * leaves a record of where it stopped; the next start names the statements, and after the
 * database is fixed {@code repair} lets the migration resume at the next statement.
 */
class MysqlStoppedMigrationTest {

  /** success, steps_done, failed_statement of the row of {@code version}, or null without a row. */
  private record Journal(boolean success, Integer stepsDone, String failedStatement) {}

  private static Journal journal(TestDatabase db, String version) throws Exception {
    try (PreparedStatement s = db.connection().prepareStatement(
        "SELECT success, steps_done, failed_statement FROM strata_schema_history WHERE version = ?")) {
      s.setString(1, version);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return null;
        }
        int steps = r.getInt(2);
        return new Journal(r.getBoolean(1), r.wasNull() ? null : steps, r.getString(3));
      }
    } catch (java.sql.SQLException e) {
      return null; // the child has not created the history table yet
    }
  }

  @Test
  void aMigrationKilledMidwayIsNamedAtTheNextStartAndResumesAfterRepair() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.MYSQL)) {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process child = new ProcessBuilder(java.toString(), "-D" + StoppedMigrations.HANG + "=true",
          "-cp", System.getProperty("java.class.path"), StoppedMigrations.class.getName(), db.url())
          .redirectErrorStream(true).redirectOutput(new File("target/killed-migration.log")).start();
      try {
        // The code step (statement 2) commits its row first: steps_done = 1 means k_tab is created
        // and the child is in the code step, which hangs.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Journal row = null;
        while ((row == null || row.stepsDone() == null || row.stepsDone() < 1) && System.nanoTime() < deadline) {
          assertTrue(child.isAlive(), "the child ended early; see target/killed-migration.log");
          Thread.sleep(50);
          row = journal(db, "1");
        }
        assertEquals(new Journal(false, 1, dev.strata.internal.history.StepJournal.running(2)), row);
      } finally {
        child.destroyForcibly(); // SIGKILL
        child.waitFor(30, TimeUnit.SECONDS);
      }
      assertTrue(exists(db, "k_tab"));
      assertEquals(0, db.count("k_tab"), "the code step's insert was not committed");
      assertFalse(exists(db, "k_two"));

      List<ResolvedMigration> code = StoppedMigrations.killed();
      StrataException next = assertThrows(StrataException.class, () -> migrator(db, code).migrate());

      assertEquals(ErrorCode.VALIDATION_FAILED, next.code());
      String message = next.getMessage();
      assertTrue(message.contains("migration 1 \"create k tables\" (" + StoppedMigrations.Hangs.class.getName()
          + ") stopped after 1 statement without recording a failure (the run was killed or lost its connection)"),
          message);
      assertTrue(message.contains("ran:      1. CREATE TABLE `k_tab`"), message);
      assertTrue(message.contains("not done: 2. -- the code step of operation 2 (run)"), message);
      assertTrue(message.contains("statement 2 may be applied or not: check"), message);
      assertTrue(message.contains("then run repair() (strata repair), and migrate: it runs the migration from"
          + " statement 2 on"), message);
      assertFalse(message.contains("already exists"), message);
      assertEquals(MigrationState.FAILED, migrator(db, code).status().migrations().get(0).state());

      // The fix by hand: here nothing of statement 2 is applied (its insert was rolled back).
      RepairResult repair = migrator(db, code).repair();
      assertEquals(List.of("1"), repair.resumable());
      assertEquals(List.of(), repair.removedFailed());
      assertEquals(new Journal(false, 1, null), journal(db, "1"));
      assertEquals(MigrationState.RESUMABLE, migrator(db, code).status().migrations().get(0).state());

      MigrateResult resumed = migrator(db, code).migrate();

      assertEquals(1, resumed.appliedCount());
      assertEquals(new Journal(true, 3, null), journal(db, "1"));
      assertEquals(1, db.count("k_tab"), "the code step ran once, on resume");
      assertTrue(exists(db, "k_two"));
      assertEquals(0, migrator(db, code).migrate().appliedCount());
    }
  }

  @Test
  void aStatementFailingInTheMiddleIsRecordedAndTheMigrationResumesAfterTheDatabaseIsFixed() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.MYSQL)) {
      db.execute("CREATE TABLE j_two (id BIGINT NOT NULL PRIMARY KEY, left_over INT)");
      List<ResolvedMigration> code = StoppedMigrations.threeStatements();

      StrataException failed = assertThrows(StrataException.class, () -> migrator(db, code).migrate());

      assertEquals(ErrorCode.MIGRATION_FAILED, failed.code());
      assertTrue(failed.getMessage().contains("at operation 2 of 3 (executeSql)"), failed.getMessage());
      assertTrue(failed.getMessage().contains("records it as stopped (success = false, steps_done = 1"),
          failed.getMessage());
      Journal row = journal(db, "2");
      assertFalse(row.success());
      assertEquals(1, row.stepsDone());
      assertTrue(row.failedStatement().startsWith("CREATE TABLE j_two (id BIGINT NOT NULL PRIMARY KEY)\n-- "),
          row.failedStatement());
      assertTrue(exists(db, "j_one"));
      assertFalse(exists(db, "j_three"));

      StrataException next = assertThrows(StrataException.class, () -> migrator(db, code).migrate());
      String message = next.getMessage();
      assertEquals(ErrorCode.VALIDATION_FAILED, next.code());
      assertTrue(message.contains("migration 2 \"three tables\" (" + StoppedMigrations.ThreeTables.class.getName()
          + ") stopped after 1 statement when its statement 2 failed"), message);
      assertTrue(message.contains("ran:      1. CREATE TABLE `j_one`"), message);
      assertTrue(message.contains("not done: 2. CREATE TABLE j_two (id BIGINT NOT NULL PRIMARY KEY)"), message);
      assertTrue(message.toLowerCase().contains("table 'j_two' already exists"), message);
      assertTrue(message.contains("To resume: make the database hold statement 1 and nothing of statement 2 (fix what made it fail)"), message);

      db.execute("DROP TABLE j_two");
      assertEquals(List.of("2"), migrator(db, code).repair().resumable());
      MigrateResult resumed = migrator(db, code).migrate();

      assertEquals(List.of("2"), resumed.applied().stream().map(dev.strata.ExecutedMigration::version).toList());
      assertEquals(new Journal(true, 3, null), journal(db, "2"));
      assertTrue(exists(db, "j_two"));
      assertTrue(exists(db, "j_three"));
    }
  }

  @Test
  void aStoppedMigrationWhoseCodeChangedDoesNotResume() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.MYSQL)) {
      db.execute("CREATE TABLE j_two (id BIGINT NOT NULL PRIMARY KEY)");
      assertThrows(StrataException.class, () -> migrator(db, StoppedMigrations.threeStatements()).migrate());
      List<ResolvedMigration> changed = List.of(TestMigrations.createTable("1"),
          TestMigrations.resolved("2", "three tables", new TestMigrations.CreateTable("j_other")));

      StrataException next = assertThrows(StrataException.class, () -> migrator(db, changed).migrate());
      assertTrue(next.getMessage().contains("It cannot resume: its code has changed since it stopped"),
          next.getMessage());

      // The way out: undo the statement that ran, repair removes the row, the new code runs from the start.
      db.execute("DROP TABLE j_one", "DROP TABLE j_two");
      RepairResult repair = migrator(db, changed).repair();
      assertEquals(List.of("2"), repair.removedFailed());
      assertEquals(List.of(), repair.resumable());
      assertNull(journal(db, "2"));
      assertEquals(1, migrator(db, changed).migrate().appliedCount());
      assertTrue(exists(db, "j_other"));
    }
  }

  @Test
  void aMigrationOfOneStatementSendsTheInsertItsDdlAndOneUpdate() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.MYSQL)) {
      migrator(db, List.of(TestMigrations.createTable("1"))).migrate();
      assertEquals(new Journal(true, 1, null), journal(db, "1"));
    }
  }
}
