package dev.strata.internal.runner;

import static dev.strata.internal.runner.RunnerTests.exists;
import static dev.strata.internal.runner.TestMigrations.createTables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ErrorCode;
import dev.strata.MigrateResult;
import dev.strata.Migrator;
import dev.strata.StrataException;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LockTest {

  /** Takes the lock a runner on {@code db} takes, on another connection; for SQLite a write lock. */
  private static Connection holdLock(TestDatabase db) throws Exception {
    Connection other = db.newConnection();
    try (Statement s = other.createStatement()) {
      switch (db.kind()) {
        case POSTGRESQL -> s.execute("SELECT pg_advisory_lock(1400140385, hashtext(current_schema()))");
        case MYSQL -> s.execute("SELECT GET_LOCK(CONCAT('strata:', DATABASE()), 0)");
        // A reserved lock lets readers in and keeps BEGIN EXCLUSIVE out.
        case SQLITE -> s.execute("BEGIN IMMEDIATE");
      }
    }
    return other;
  }

  private static void release(TestDatabase db, Connection other) throws Exception {
    try (Statement s = other.createStatement()) {
      switch (db.kind()) {
        case POSTGRESQL -> s.execute("SELECT pg_advisory_unlock_all()");
        case MYSQL -> s.execute("SELECT RELEASE_ALL_LOCKS()");
        case SQLITE -> s.execute("ROLLBACK");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aRunnerWaitsForTheLockThenFailsAfterTheTimeout(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      Connection other = holdLock(db);
      // sqlite-jdbc waits 3 s (its busy timeout) in every BEGIN EXCLUSIVE; keep the test short.
      javax.sql.DataSource dataSource = kind == Kind.SQLITE ? RunnerTests.dataSource(db.url() + "?busy_timeout=100")
          : db.dataSource();
      Runner migrator = Runner.configure().dataSource(dataSource).migrations(createTables("1"))
          .lockTimeout(Duration.ofMillis(300)).build();

      StrataException e = assertThrows(StrataException.class, migrator::migrate);

      assertEquals(ErrorCode.LOCK_FAILED, e.code());
      assertTrue(e.getMessage().contains("Wait for"), e.getMessage());
      assertFalse(exists(db, "t1"));
      // Reading needs no lock.
      assertEquals(1, migrator.status().pending().size());
      release(db, other);
      assertEquals(1, migrator.migrate().appliedCount());
    }
  }

  /**
   * While another connection holds {@code BEGIN EXCLUSIVE}, a start waits up to the lock timeout
   * and fails with LOCK_FAILED, wherever it meets the lock: at the probe and {@code BEGIN
   * EXCLUSIVE}, or (a data source whose connections set {@code journal_mode}, which needs a write
   * lock) already when the connection opens.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"?busy_timeout=100",
      "?busy_timeout=100&journal_mode=WAL"})
  void aSqliteStartMeetingAnExclusiveTransactionFailsWithLockFailedAfterTheTimeout(String parameters)
      throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.SQLITE)) {
      RunnerTests.migrator(db, createTables("1")).migrate();
      Connection other = db.newConnection();
      try (Statement s = other.createStatement()) {
        s.execute("BEGIN EXCLUSIVE");
      }
      Runner migrator = Runner.configure().dataSource(RunnerTests.dataSource(db.url() + parameters))
          .migrations(createTables("1", "2")).lockTimeout(Duration.ofMillis(300)).build();

      StrataException e = assertThrows(StrataException.class, migrator::migrate);

      assertEquals(ErrorCode.LOCK_FAILED, e.code(), e.getMessage());
      assertTrue(e.getMessage().contains("locked by another connection for more than 300 ms"), e.getMessage());
      try (Statement s = other.createStatement()) {
        s.execute("ROLLBACK");
      }
      assertEquals(1, migrator.migrate().appliedCount());
      assertTrue(exists(db, "t2"));
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aRunnerWaitingForTheLockProceedsWhenItIsReleased(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      Connection other = holdLock(db);
      Runner migrator = Runner.configure().dataSource(db.dataSource()).migrations(createTables("1"))
          .lockTimeout(Duration.ofSeconds(30)).build();

      CompletableFuture<MigrateResult> run = CompletableFuture.supplyAsync(migrator::migrate);
      Thread.sleep(300);
      assertFalse(run.isDone(), "waits while the lock is held");
      release(db, other);

      assertEquals(1, run.get(30, TimeUnit.SECONDS).appliedCount());
    }
  }
}
