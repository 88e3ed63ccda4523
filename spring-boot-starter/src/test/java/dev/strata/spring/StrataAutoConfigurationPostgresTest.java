package dev.strata.spring;

import static dev.strata.spring.Apps.history;
import static dev.strata.spring.Apps.start;
import static dev.strata.spring.Apps.strataCause;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import dev.strata.spring.app.GreetingApp;
import dev.strata.spring.app.Greetings;
import dev.strata.spring.app.PlainApp;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The auto-configuration in real applications on PostgreSQL, each test in its own schema. */
@ExtendWith(OutputCaptureExtension.class)
class StrataAutoConfigurationPostgresTest {

  @Test
  void pendingMigrationsAreAppliedBeforeBeansThatReadTheDatabase() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.POSTGRESQL);
        ConfigurableApplicationContext context = start(GreetingApp.class, "spring.datasource.url=" + db.url())) {
      assertEquals(List.of("hello/en"), context.getBean(Greetings.class).texts());
      assertEquals(List.of("hello"), context.getBean(GreetingApp.RunnerReads.class).texts);
      assertEquals(1, context.getBean(GreetingApp.GreetingCount.class).count());
      assertEquals(List.of("20260101000000", "20260101000100"), history(db.connection()));
    }
  }

  @Test
  void strataUserMigratesAsAnotherRoleOverTheApplicationDatabase() throws Exception {
    String role = "strata_migrator_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    try (TestDatabase db = TestDatabases.open(Kind.POSTGRESQL)) {
      db.execute("CREATE ROLE " + role + " LOGIN", "GRANT USAGE, CREATE ON SCHEMA " + db.name() + " TO " + role);
      try (ConfigurableApplicationContext context = start(GreetingApp.class,
          "spring.datasource.url=" + withoutUser(db.url()), "spring.datasource.username=postgres",
          "strata.user=" + role)) {
        assertEquals(List.of("hello/en"), context.getBean(Greetings.class).texts());
        try (Statement s = db.connection().createStatement();
            ResultSet rows = s.executeQuery("SELECT DISTINCT installed_by FROM strata_schema_history")) {
          assertTrue(rows.next());
          assertEquals(role, rows.getString(1));
          assertFalse(rows.next());
        }
        try (Statement s = db.connection().createStatement();
            ResultSet owner = s.executeQuery("SELECT tableowner FROM pg_tables WHERE schemaname = '" + db.name()
                + "' AND tablename = 'greetings'")) {
          assertTrue(owner.next());
          assertEquals(role, owner.getString(1));
        }
      } finally {
        db.execute("DROP SCHEMA " + db.name() + " CASCADE", "DROP OWNED BY " + role, "DROP ROLE " + role);
        db.execute("CREATE SCHEMA " + db.name());
      }
    }
  }

  @Test
  void aFailedMigrationIsRolledBackAndStopsTheStart(@TempDir Path dir) throws Exception {
    ClassLoader withBroken = ProcessedSources.compile(dir, "db.migration.V20260101000200__drop_then_fail", """
        package db.migration;

        @dev.strata.annotations.Migration(version = "20260101000200", description = "drop then fail")
        public final class V20260101000200__drop_then_fail implements dev.strata.Migration {
          @Override
          public void up(dev.strata.MigrationContext db) {
            db.dropColumn("greetings", "language");
            db.executeSql("INSERT INTO no_such_table (id) VALUES (1)");
          }

          @Override
          public void down(dev.strata.MigrationContext db) {}
        }
        """);
    try (TestDatabase db = TestDatabases.open(Kind.POSTGRESQL)) {
      Exception failure = assertThrows(Exception.class,
          () -> start(PlainApp.class, withBroken, "spring.datasource.url=" + db.url()));
      StrataException cause = strataCause(failure);
      assertEquals(ErrorCode.MIGRATION_FAILED, cause.code());
      assertTrue(cause.getMessage().contains("20260101000200"), cause.getMessage());
      assertEquals(List.of("20260101000000", "20260101000100"), history(db.connection()));
      // Rolled back with its transaction: the dropped column is still there.
      assertEquals(1, db.count("greetings WHERE language = 'en'"));
    }
  }

  @Test
  void aConnectionFailureNamesNoPassword(CapturedOutput output) throws Exception {
    String password = "s3cret-" + UUID.randomUUID();
    try (TestDatabase db = TestDatabases.open(Kind.POSTGRESQL)) {
      Exception failure = assertThrows(Exception.class, () -> start(PlainApp.class,
          "spring.datasource.url=" + db.url(), "strata.url=" + withoutUser(db.url()),
          "strata.user=no_such_role_for_strata", "strata.password=" + password));
      StrataException cause = strataCause(failure);
      assertEquals(ErrorCode.CONNECTION_FAILED, cause.code());
      assertTrue(output.getAll().contains("APPLICATION FAILED TO START"), output.getAll());
      assertFalse(output.getAll().contains(password), "the password appears in the output");
      for (Throwable t = failure; t != null; t = t.getCause()) {
        assertFalse(String.valueOf(t.getMessage()).contains(password), "the password appears in " + t);
      }
    }
  }

  /** {@code url} without its {@code user} parameter, so a user given apart from it takes effect. */
  private static String withoutUser(String url) {
    return url.replaceAll("([?&])user=[^&]*&?", "$1").replace("?&", "?");
  }
}
