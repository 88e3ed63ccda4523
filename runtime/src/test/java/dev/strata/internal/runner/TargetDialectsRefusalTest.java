package dev.strata.internal.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ErrorCode;
import dev.strata.Migrator;
import dev.strata.StrataException;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import dev.strata.internal.database.Dialects;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A project compiled for some databases only ({@code -Astrata.dialects}, recorded in its migration
 * index) is refused on the others before anything is written there, and runs on its own.
 */
class TargetDialectsRefusalTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = {"POSTGRESQL", "MYSQL"})
  void anExcludedDatabaseIsRefusedBeforeItIsTouched(Kind kind) throws Exception {
    IndexedProject project = new IndexedProject(dir).createTable("1");
    project.build();
    project.restrictTo("sqlite");
    try (TestDatabase db = TestDatabases.open(kind)) {
      Migrator migrator = Migrator.configure().dataSource(db.dataSource()).classLoader(project.loader()).build();
      StrataException e = assertThrows(StrataException.class, migrator::migrate);
      assertEquals(ErrorCode.UNSUPPORTED_DATABASE, e.code());
      assertTrue(e.getMessage().contains("-Astrata.dialects=sqlite"), e.getMessage());
      assertTrue(e.getMessage().contains("add mysql") || e.getMessage().contains("add postgresql"), e.getMessage());
      assertEquals(ErrorCode.UNSUPPORTED_DATABASE, assertThrows(StrataException.class, migrator::status).code(),
          "every command refuses");
      assertEquals(ErrorCode.UNSUPPORTED_DATABASE, assertThrows(StrataException.class, migrator::validate).code());
      assertEquals(ErrorCode.UNSUPPORTED_DATABASE,
          assertThrows(StrataException.class, () -> migrator.baseline("1")).code());
      assertFalse(Dialects.introspector(db.connection()).table("t1").isPresent(), "nothing was applied");
    }
  }

  @Test
  void aTargetedDatabaseRuns() throws Exception {
    IndexedProject project = new IndexedProject(dir).createTable("1");
    project.build();
    project.restrictTo("sqlite", "postgresql");
    try (TestDatabase db = TestDatabases.open(Kind.SQLITE)) {
      Migrator.configure().dataSource(db.dataSource()).classLoader(project.loader()).build().migrate();
      assertTrue(Dialects.introspector(db.connection()).table("t1").isPresent());
      // The digest covers the dialects line, and the stored digest matches it: the next start is a no-op.
      assertTrue(Migrator.configure().dataSource(db.dataSource()).classLoader(project.loader()).build()
          .migrate().applied().isEmpty());
    }
  }
}
