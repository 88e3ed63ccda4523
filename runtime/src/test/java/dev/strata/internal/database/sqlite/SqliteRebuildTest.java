package dev.strata.internal.database.sqlite;

import dev.strata.internal.database.Dialects;
import dev.strata.fixtures.Defs;
import static dev.strata.ddl.Ddl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.fixtures.LiveOperations;
import dev.strata.internal.dialect.Introspector;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SQLite's table rebuilds: counters, foreign key enforcement, failure messages, the SQL itself. */
class SqliteRebuildTest {
  private final SqliteDialect dialect = SqliteDialect.INSTANCE;

  @Test
  void autoincrementNeverReusesAKeyAfterARebuild() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.SQLITE)) {
      LiveOperations.create(db, dialect, LiveOperations.before());
      db.execute("DELETE FROM child WHERE id = 3");
      LiveOperations.apply(db, dialect, new Operation.AlterColumn("child", Defs.def(column("note", varchar(99)).nullable())));
      db.execute("INSERT INTO child (parent_id, \"user\") VALUES (1, 'new')");
      assertEquals(4, single(db, "SELECT max(id) FROM child"));
    }
  }

  @Test
  void rebuildOfAnUnreferencedTableWorksWithForeignKeysOn() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.SQLITE)) {
      LiveOperations.create(db, dialect, LiveOperations.before());
      db.execute("PRAGMA foreign_keys = ON");
      LiveOperations.apply(db, dialect, new Operation.AlterColumn("child", Defs.def(column("note", varchar(99)).nullable())));
      assertEquals(3, single(db, "SELECT count(*) FROM child"));
      assertThrows(SQLException.class, () -> db.execute("INSERT INTO child (parent_id, \"user\") VALUES (99, 'x')"),
          "the rebuilt table still enforces its foreign key");
    }
  }

  @Test
  void rebuildOfAReferencedTableWithForeignKeysOnStopsBeforeTouchingIt() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.SQLITE)) {
      LiveOperations.create(db, dialect, LiveOperations.before());
      db.execute("PRAGMA foreign_keys = ON");
      SQLException e = assertThrows(SQLException.class, () -> LiveOperations.apply(db, dialect,
          new Operation.AlterColumn("parent", Defs.def(column("order", BIGINT).nullable()))));
      assertTrue(e.getMessage().contains("PRAGMA foreign_keys is ON and other tables reference parent"), e.getMessage());
      assertEquals(dialect.project(LiveOperations.before()), Dialects.introspector(db.connection()).schema());
      assertEquals(3, single(db, "SELECT count(*) FROM child"));
    }
  }

  @Test
  void foreignKeyViolationsAfterARebuildFailWithAMessageNamingTheKey() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.SQLITE)) {
      LiveOperations.create(db, dialect, LiveOperations.before());
      SQLException e = assertThrows(SQLException.class, () -> LiveOperations.apply(db, dialect, new Operation.AddForeignKey(
          "child", Defs.def(foreignKey("fk_child_score", "score").references("parent", "id")))));
      assertTrue(e.getMessage().contains("rows of child violate its foreign keys fk_child_parent_id, fk_child_score"),
          e.getMessage());
    }
  }

  @Test
  void rebuildStatementsFollowTheDocumentedProcedure() {
    SchemaDef before = LiveOperations.before();
    List<String> sql = dialect.render(new Operation.DropForeignKey("child", "fk_child_parent_id"), before::table);
    assertEquals(List.of(
        "CREATE TEMP TABLE \"_strata_check\" (n INTEGER CONSTRAINT \"PRAGMA foreign_keys is ON and other tables"
            + " reference child; rebuilding it (dropForeignKey child fk_child_parent_id) would delete or change their"
            + " rows. Turn foreign_keys OFF before the migration's transaction begins\" CHECK (n = 0))",
        "INSERT INTO \"_strata_check\" SELECT (SELECT foreign_keys FROM pragma_foreign_keys) * (SELECT count(*)"
            + " FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND m.name <> 'child'"
            + " AND f.\"table\" = 'child' COLLATE NOCASE)",
        "DROP TABLE \"_strata_check\"",
        "CREATE TABLE \"_strata_new_child\" (\n"
            + "  \"id\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n"
            + "  \"parent_id\" INTEGER,\n"
            + "  \"user\" TEXT NOT NULL DEFAULT 'x',\n"
            + "  \"score\" INTEGER,\n"
            + "  \"note\" TEXT,\n"
            + "  \"other_id\" INTEGER\n"
            + ")",
        "INSERT INTO \"_strata_new_child\" (\"id\", \"parent_id\", \"user\", \"score\", \"note\", \"other_id\")"
            + " SELECT \"id\", \"parent_id\", \"user\", \"score\", \"note\", \"other_id\" FROM \"child\"",
        "DELETE FROM sqlite_sequence WHERE name = '_strata_new_child'",
        "UPDATE sqlite_sequence SET name = '_strata_new_child' WHERE name = 'child'",
        "DROP TABLE \"child\"",
        "ALTER TABLE \"_strata_new_child\" RENAME TO \"child\"",
        "CREATE INDEX \"idx_child_score\" ON \"child\" (\"score\")"), sql);
  }

  private static int single(TestDatabase db, String sql) throws SQLException {
    try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
