package dev.strata.internal.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.Migrator;
import dev.strata.ValidateResult;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Migrations with a partial unique index, compiled for the databases that have partial indexes,
 * applied with rows: the index holds only among the rows its predicate selects, validate finds no
 * drift in PostgreSQL's spelling of the predicate, and a migration that changes the predicate
 * (drop and create) applies and validates too.
 */
class PartialIndexMigrateTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = {"SQLITE", "POSTGRESQL"})
  void aPartialUniqueIndexIsEnforcedAndValidates(Kind kind) throws Exception {
    IndexedProject project = new IndexedProject(dir)
        .migration("1", "db.createTable(table(\"accounts\").column(column(\"id\", BIGINT))"
            + ".column(column(\"email\", varchar(100))).column(column(\"status\", varchar(10)))"
            + ".primaryKey(\"id\").index(unique(\"uq_accounts_email\", \"email\").where(\"status = 'active'\")));",
            "db.dropTable(\"accounts\");");
    project.build();
    project.restrictTo("postgresql", "sqlite");
    try (TestDatabase db = TestDatabases.open(kind)) {
      Migrator migrator = Migrator.configure().dataSource(db.dataSource()).classLoader(project.loader()).build();
      migrator.migrate();
      db.execute("INSERT INTO accounts (id, email, status) VALUES (1, 'a@x', 'active'), (2, 'a@x', 'closed'),"
          + " (3, 'a@x', 'closed')");
      assertThrows(SQLException.class,
          () -> db.execute("INSERT INTO accounts (id, email, status) VALUES (4, 'a@x', 'active')"));
      ValidateResult valid = migrator.validate();
      assertTrue(valid.isValid(), valid.problems().toString());
      assertEquals(List.of(), valid.notes());

      project.migration("2", "db.dropIndex(\"accounts\", \"uq_accounts_email\");"
              + " db.createIndex(\"accounts\", unique(\"uq_accounts_email\", \"email\").where(\"status <> 'closed'\"));",
          "db.dropIndex(\"accounts\", \"uq_accounts_email\");"
              + " db.createIndex(\"accounts\", unique(\"uq_accounts_email\", \"email\").where(\"status = 'active'\"));");
      project.build();
      project.restrictTo("postgresql", "sqlite");
      Migrator next = Migrator.configure().dataSource(db.dataSource()).classLoader(project.loader()).build();
      next.migrate();
      assertThrows(SQLException.class,
          () -> db.execute("INSERT INTO accounts (id, email, status) VALUES (5, 'a@x', 'pending')"));
      db.execute("INSERT INTO accounts (id, email, status) VALUES (6, 'a@x', 'closed')");
      ValidateResult again = next.validate();
      assertTrue(again.isValid(), again.problems().toString());
      next.rollback(1);
      assertTrue(next.validate().isValid());
    }
  }
}
