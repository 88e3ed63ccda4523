package dev.strata.spring;

import static dev.strata.spring.Apps.history;
import static dev.strata.spring.Apps.start;
import static dev.strata.spring.Apps.strataCause;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ErrorCode;
import dev.strata.Migrator;
import dev.strata.StrataException;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import dev.strata.spring.app.GreetingApp;
import dev.strata.spring.app.Greetings;
import dev.strata.spring.app.OwnMigratorApp;
import dev.strata.spring.app.PlainApp;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The auto-configuration in real applications on SQLite. */
@ExtendWith(OutputCaptureExtension.class)
class StrataAutoConfigurationTest {
  private static final List<String> TEST_MIGRATIONS = List.of("20260101000000", "20260101000100");

  private static final String BROKEN = """
      package db.migration;

      @dev.strata.annotations.Migration(version = "20260101000200", description = "fill missing table")
      public final class V20260101000200__fill_missing_table implements dev.strata.Migration {
        @Override
        public void up(dev.strata.MigrationContext db) {
          db.executeSql("INSERT INTO no_such_table (id) VALUES (1)");
        }

        @Override
        public void down(dev.strata.MigrationContext db) {}
      }
      """;

  private static final String OLDER = """
      package db.migration;

      import static dev.strata.ddl.Ddl.*;

      @dev.strata.annotations.Migration(version = "20260101000050", description = "create notes")
      public final class V20260101000050__create_notes implements dev.strata.Migration {
        @Override
        public void up(dev.strata.MigrationContext db) {
          db.createTable(table("notes").column(column("id", BIGINT)).primaryKey("id"));
        }

        @Override
        public void down(dev.strata.MigrationContext db) {
          db.dropTable("notes");
        }
      }
      """;

  @Test
  void pendingMigrationsAreAppliedBeforeBeansThatReadTheDatabase() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.SQLITE);
        ConfigurableApplicationContext context = start(GreetingApp.class, "spring.datasource.url=" + db.url())) {
      assertEquals(List.of("hello/en"), context.getBean(Greetings.class).texts());
      assertEquals(List.of("hello"), context.getBean(GreetingApp.RunnerReads.class).texts);
      assertEquals(1, context.getBean(GreetingApp.GreetingCount.class).count());
      assertEquals(2, context.getBean(StrataMigrationInitializer.class).result().appliedCount());
      assertEquals(TEST_MIGRATIONS, history(db.connection()));
      assertEquals(TEST_MIGRATIONS.size(), context.getBean(Migrator.class).status().inState(dev.strata.MigrationState.APPLIED).size());
    }
  }

  @Test
  void aSecondStartAppliesNothing() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.SQLITE)) {
      start(PlainApp.class, "spring.datasource.url=" + db.url()).close();
      try (ConfigurableApplicationContext again = start(GreetingApp.class, "spring.datasource.url=" + db.url())) {
        assertEquals(0, again.getBean(StrataMigrationInitializer.class).result().appliedCount());
        assertEquals(List.of("hello/en"), again.getBean(Greetings.class).texts());
      }
    }
  }

  @Test
  void disabledAppliesNothingAndDefinesNoMigrator() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.SQLITE);
        ConfigurableApplicationContext context = start(PlainApp.class,
            "spring.datasource.url=" + db.url(), "strata.enabled=false")) {
      assertTrue(context.getBeansOfType(Migrator.class).isEmpty());
      assertTrue(context.getBeansOfType(StrataMigrationInitializer.class).isEmpty());
      assertEquals(List.of(), history(db.connection()));
      assertFalse(Apps.hasTable(db.connection(), "greetings"));
    }
  }

  @Test
  void aFailedMigrationStopsTheStartWithStrataMessage(@TempDir Path dir, CapturedOutput output) throws Exception {
    ClassLoader withBroken = ProcessedSources.compile(dir, "db.migration.V20260101000200__fill_missing_table", BROKEN);
    try (TestDatabase db = TestDatabases.open(Kind.SQLITE)) {
      Exception failure = assertThrows(Exception.class,
          () -> start(PlainApp.class, withBroken, "spring.datasource.url=" + db.url()));

      StrataException cause = strataCause(failure);
      assertEquals(ErrorCode.MIGRATION_FAILED, cause.code());
      assertTrue(cause.getMessage().contains("20260101000200"), cause.getMessage());
      assertTrue(cause.getMessage().contains("no_such_table"), cause.getMessage());
      assertTrue(output.getOut().contains("APPLICATION FAILED TO START"), output.getOut());
      assertTrue(output.getOut().contains("Strata could not migrate the database (MIGRATION_FAILED)"), output.getOut());
      assertTrue(output.getOut().contains(cause.getMessage()), output.getOut());
      assertTrue(output.getOut().contains("To start without migrating, set strata.enabled=false."), output.getOut());
      // The migrations before the broken one stay applied; the broken one left nothing behind.
      assertEquals(TEST_MIGRATIONS, history(db.connection()));
    }
  }

  @Test
  void strataUrlMigratesTheDatabaseItNames() throws Exception {
    try (TestDatabase app = TestDatabases.open(Kind.SQLITE);
        TestDatabase migrations = TestDatabases.open(Kind.SQLITE);
        ConfigurableApplicationContext context = start(PlainApp.class, "spring.datasource.url=" + app.url(),
            "strata.url=" + migrations.url().substring("jdbc:".length()))) {
      assertEquals(TEST_MIGRATIONS, history(migrations.connection()));
      assertTrue(Apps.hasTable(migrations.connection(), "greetings"));
      assertEquals(List.of(), history(app.connection()));
      assertFalse(Apps.hasTable(app.connection(), "greetings"));
    }
  }

  @Test
  void strataUrlAloneIsEnoughWithoutAnApplicationDataSource() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.SQLITE);
        ConfigurableApplicationContext context = start(PlainApp.class,
            "spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "strata.url=" + db.url())) {
      assertTrue(context.getBeansOfType(javax.sql.DataSource.class).isEmpty());
      assertEquals(TEST_MIGRATIONS, history(db.connection()));
    }
  }

  @Test
  void validateOnStartFailsTheStartOnDrift(CapturedOutput output) throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.SQLITE)) {
      start(PlainApp.class, "spring.datasource.url=" + db.url()).close();
      db.execute("ALTER TABLE greetings ADD COLUMN nickname VARCHAR(20)");

      // Off by default: drift does not stop the start.
      start(PlainApp.class, "spring.datasource.url=" + db.url()).close();
      Exception failure = assertThrows(Exception.class, () -> start(PlainApp.class,
          "spring.datasource.url=" + db.url(), "strata.validate-on-start=true"));

      StrataException cause = strataCause(failure);
      assertEquals(ErrorCode.DRIFT_DETECTED, cause.code());
      assertTrue(cause.getMessage().contains("column greetings.nickname exists in the database but in no migration"),
          cause.getMessage());
      assertTrue(output.getOut().contains("The database differs from what its migrations describe, so Strata stopped"
          + " the start (DRIFT_DETECTED)"), output.getOut());
      assertTrue(output.getOut().contains("or set strata.validate-on-start=false to start without the drift check"),
          output.getOut());
    }
  }

  @Test
  void validateOnStartPassesWithoutDrift() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.SQLITE);
        ConfigurableApplicationContext context = start(GreetingApp.class,
            "spring.datasource.url=" + db.url(), "strata.validate-on-start=true")) {
      assertEquals(List.of("hello/en"), context.getBean(Greetings.class).texts());
    }
  }

  @Test
  void outOfOrderLetsAnOlderPendingMigrationRun(@TempDir Path dir) throws Exception {
    ClassLoader withOlder = ProcessedSources.compile(dir, "db.migration.V20260101000050__create_notes", OLDER);
    try (TestDatabase db = TestDatabases.open(Kind.SQLITE)) {
      start(PlainApp.class, "spring.datasource.url=" + db.url()).close();

      Exception failure = assertThrows(Exception.class,
          () -> start(PlainApp.class, withOlder, "spring.datasource.url=" + db.url()));
      StrataException cause = strataCause(failure);
      assertEquals(ErrorCode.VALIDATION_FAILED, cause.code());
      assertTrue(cause.getMessage().contains("20260101000050"), cause.getMessage());

      start(PlainApp.class, withOlder, "spring.datasource.url=" + db.url(), "strata.out-of-order=true").close();
      assertEquals(List.of("20260101000000", "20260101000050", "20260101000100"), history(db.connection()));
    }
  }

  @Test
  void lockTimeoutBoundsTheWaitForAnotherRunner() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.SQLITE);
        Connection other = db.newConnection();
        Statement lock = other.createStatement()) {
      // A reserved lock lets readers in (the up-to-date check) and keeps the runner's BEGIN EXCLUSIVE out.
      lock.execute("BEGIN IMMEDIATE");
      long start = System.nanoTime();
      Exception failure = assertThrows(Exception.class, () -> start(PlainApp.class,
          "spring.datasource.url=" + db.url(), "strata.lock-timeout=1s"));
      long seconds = (System.nanoTime() - start) / 1_000_000_000L;
      lock.execute("ROLLBACK");

      StrataException cause = strataCause(failure);
      assertEquals(ErrorCode.LOCK_FAILED, cause.code(), cause.getMessage());
      assertTrue(cause.getMessage().contains("for more than 1 s"), cause.getMessage());
      assertTrue(seconds < 30, "waited " + seconds + " s");
    }
  }

  @Test
  void anApplicationMigratorReplacesTheAutoConfiguredOne() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.SQLITE);
        ConfigurableApplicationContext context = start(OwnMigratorApp.class, "spring.datasource.url=" + db.url())) {
      assertEquals(1, context.getBeansOfType(Migrator.class).size());
      assertSame(context.getBean("ownMigrator"), context.getBean(Migrator.class));
      try (Statement s = db.connection().createStatement();
          ResultSet rows = s.executeQuery("SELECT DISTINCT installed_by FROM strata_schema_history")) {
        assertTrue(rows.next());
        assertEquals("own-migrator", rows.getString(1));
      }
    }
  }
}
