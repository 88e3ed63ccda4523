package dev.strata.internal.runner;

import static dev.strata.internal.runner.TestMigrations.createTables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.MigrateResult;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import dev.strata.internal.jdbc.UrlDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A runner waiting for the lock a live session holds (as one left by a runner killed while its
 * statement still runs on the server) says which session that is and how to end it; ending it as
 * the message says lets the runner through.
 */
class LockWaitLogTest {
  private static final String PASSWORD = "s3cret-Lock-Pw";

  private final Logger strata = Logger.getLogger("dev.strata");
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final CountDownLatch warned = new CountDownLatch(1);
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      records.add(record);
      if (record.getLevel() == Level.WARNING && record.getMessage().startsWith("Waiting for")) {
        warned.countDown();
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private Level previous;

  @BeforeEach
  void capture() {
    previous = strata.getLevel();
    strata.setLevel(Level.ALL);
    strata.addHandler(capture);
  }

  @AfterEach
  void release() {
    strata.removeHandler(capture);
    strata.setLevel(previous);
  }

  @Test
  void postgresqlNamesTheHoldingSessionItsQueryAndHowToEndIt() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.POSTGRESQL)) {
      Connection holder = db.newConnection();
      int pid = single(holder, "SELECT pg_backend_pid()");
      try (Statement s = holder.createStatement()) {
        s.execute("SET application_name = 'stuck-runner'");
        s.execute("SELECT pg_advisory_lock(1400140385, hashtext(current_schema()))");
      }
      CompletableFuture<Void> stuck = CompletableFuture.runAsync(() -> run(holder, "SELECT pg_sleep(120)"));
      // The password goes in with the URL; trust authentication ignores it.
      Runner runner = Runner.configure().dataSource(UrlDataSource.of(db.url() + "&password=" + PASSWORD))
          .migrations(createTables("1")).lockTimeout(Duration.ofSeconds(60)).build();

      CompletableFuture<MigrateResult> run = CompletableFuture.supplyAsync(runner::migrate);
      assertTrue(warned.await(30, TimeUnit.SECONDS), "a WARNING when the wait starts: " + texts());
      String message = warning();
      assertTrue(message.contains("PostgreSQL session pid " + pid + " "), message);
      assertTrue(message.contains("application 'stuck-runner'"), message);
      assertTrue(message.contains("query: SELECT pg_sleep(120)"), message);
      assertTrue(message.contains("SELECT pg_terminate_backend(" + pid + ")"), message);
      assertTrue(message.contains("giving up after 60 s"), message);
      assertFalse(run.isDone(), "still waiting");

      db.execute("SELECT pg_terminate_backend(" + pid + ")");

      assertEquals(1, run.get(30, TimeUnit.SECONDS).appliedCount());
      stuck.get(30, TimeUnit.SECONDS);
      assertFalse(texts().contains(PASSWORD), texts());
    }
  }

  @Test
  void mysqlNamesTheHoldingConnectionAndHowToEndIt() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.MYSQL)) {
      Connection holder = db.newConnection();
      int id = single(holder, "SELECT CONNECTION_ID()");
      try (Statement s = holder.createStatement()) {
        s.execute("SELECT GET_LOCK(CONCAT('strata:', DATABASE()), 0)");
      }
      CompletableFuture<Void> stuck = CompletableFuture.runAsync(() -> run(holder, "SELECT SLEEP(120)"));
      Runner runner = Runner.configure().dataSource(db.dataSource()).migrations(createTables("1"))
          .lockTimeout(Duration.ofSeconds(60)).build();

      CompletableFuture<MigrateResult> run = CompletableFuture.supplyAsync(runner::migrate);
      assertTrue(warned.await(30, TimeUnit.SECONDS), "a WARNING when the wait starts: " + texts());
      String message = warning();
      assertTrue(message.contains("the migration lock 'strata:" + db.name() + "'"), message);
      assertTrue(message.contains("connection " + id + " ("), message);
      assertTrue(message.contains("KILL " + id), message);
      assertFalse(run.isDone(), "still waiting");

      db.execute("KILL " + id);

      assertEquals(1, run.get(30, TimeUnit.SECONDS).appliedCount());
      stuck.get(30, TimeUnit.SECONDS);
    }
  }

  private String warning() {
    return records.stream().filter(r -> r.getLevel() == Level.WARNING).map(LogRecord::getMessage)
        .filter(m -> m.startsWith("Waiting for")).findFirst().orElseThrow();
  }

  private String texts() {
    return records.stream().map(LogRecord::getMessage).toList().toString();
  }

  private static int single(Connection connection, String sql) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet row = s.executeQuery(sql)) {
      row.next();
      return row.getInt(1);
    }
  }

  /** Runs {@code sql} on {@code connection} until it ends or the session is killed. */
  private static void run(Connection connection, String sql) {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      // The session was ended from outside, as the message says to.
    }
  }
}
