package dev.strata.internal.runner;

import dev.strata.internal.database.Dialects;
import static dev.strata.ddl.Ddl.BIGINT;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.foreignKey;
import static dev.strata.ddl.Ddl.table;
import static dev.strata.ddl.Ddl.varchar;
import static dev.strata.internal.runner.TestMigrations.resolved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.Migration;
import dev.strata.MigrationContext;
import dev.strata.Migrator;
import dev.strata.internal.dialect.Introspector;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.annotations.ReferentialAction;
import dev.strata.fixtures.CountingDataSource;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SQLite table rebuilds run inside the runner's exclusive transaction; with foreign keys enforced,
 * the runner turns enforcement off for the run so that dropping the old table neither cascades to
 * nor is refused by the rows that reference it, and turns it back on after.
 */
class SqliteForeignKeyEnforcementTest {

  static final class Schema implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.createTable(table("parent").column(column("id", BIGINT)).column(column("name", varchar(20))).primaryKey("id"));
      db.createTable(table("child").column(column("id", BIGINT)).column(column("parent_id", BIGINT)).primaryKey("id")
          .foreignKey(foreignKey("fk_child_parent_id", "parent_id").references("parent", "id")
              .onDelete(ReferentialAction.CASCADE)));
      db.executeSql("INSERT INTO parent (id, name) VALUES (1, 'p')");
      db.executeSql("INSERT INTO child (id, parent_id) VALUES (10, 1)");
    }
  }

  static final class LoosenName implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.alterColumn("parent", column("name", varchar(20)).nullable());
    }
  }

  @Test
  void aRebuildOfAReferencedTableKeepsTheReferencingRowsWithForeignKeysOn() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.SQLITE)) {
      String url = db.url() + "?foreign_keys=on";
      try (Connection probe = DriverManager.getConnection(url); Statement s = probe.createStatement();
          ResultSet r = s.executeQuery("PRAGMA foreign_keys")) {
        assertTrue(r.next() && r.getInt(1) == 1, "the URL turns enforcement on");
      }
      CountingDataSource dataSource = new CountingDataSource(RunnerTests.dataSource(url));
      List<ResolvedMigration> code = List.of(resolved("1", "schema", new Schema()), resolved("2", "loosen", new LoosenName()));

      assertEquals(2, Runner.configure().dataSource(dataSource).migrations(code).build().migrate().appliedCount());

      assertEquals(1, RunnerTests.count(db, "child"), "the child row survived the rebuild of parent");
      assertTrue(Dialects.introspector(db.connection()).table("parent").orElseThrow()
          .column("name").orElseThrow().nullable());
      List<String> sql = dataSource.executed();
      assertTrue(sql.indexOf("PRAGMA foreign_keys = OFF") < sql.indexOf("BEGIN EXCLUSIVE"), sql.toString());
      assertEquals("PRAGMA foreign_keys = ON", sql.get(sql.size() - 1), sql.toString());
    }
  }

  @Test
  void aMigrationThatBreaksForeignKeysFailsAsItWouldWithEnforcementOn() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.SQLITE)) {
      javax.sql.DataSource dataSource = RunnerTests.dataSource(db.url() + "?foreign_keys=on");
      List<ResolvedMigration> code = List.of(resolved("1", "schema", new Schema()),
          resolved("2", "orphan", new TestMigrations.Sql("INSERT INTO child (id, parent_id) VALUES (11, 99)",
              "DELETE FROM child WHERE id = 11")));

      dev.strata.StrataException e = org.junit.jupiter.api.Assertions.assertThrows(dev.strata.StrataException.class,
          () -> Runner.configure().dataSource(dataSource).migrations(code).build().migrate());

      assertEquals(dev.strata.ErrorCode.MIGRATION_FAILED, e.code());
      assertTrue(e.getMessage().startsWith("migration 2 (" + TestMigrations.Sql.class.getName() + ") failed after its"
          + " operations, when its changes were checked: the database says: foreign keys are broken: a row of child"
          + " (rowid 11) references a missing row of parent"), e.getMessage());
      assertEquals(1, RunnerTests.count(db, "child"));
      assertEquals(List.of("1"), RunnerTests.versions(RunnerTests.history(db)));
    }
  }
}
