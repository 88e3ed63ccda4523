package dev.strata.internal.database;

import static dev.strata.ddl.Ddl.check;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.fixtures.Defs;
import dev.strata.fixtures.LiveOperations;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.introspect.SchemaDrift;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.replay.Replayer;
import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.model.CheckExpressions;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * CHECK constraints on the three databases, on tables holding rows: enforced, added to a table
 * with rows (and refused when a row violates it), dropped, changed, read back by introspection
 * with no drift; on SQLite through table rebuilds that keep rows, indexes, foreign keys and checks.
 */
class CheckOnRowsTest {

  private static final String VIOLATING_PARENT = "INSERT INTO %parent% (%id%, %name%, %order%) VALUES (9, 'z', -1)";

  @TestFactory
  List<DynamicTest> onEveryDatabase() {
    return List.of(Kind.SQLITE, Kind.POSTGRESQL, Kind.MYSQL).stream()
        .map(kind -> DynamicTest.dynamicTest(kind.name(), () -> run(kind)))
        .toList();
  }

  private static void run(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      SqlDialect dialect = Dialects.detect(db.connection());
      // parent is created with a check; child has rows, an index and a foreign key.
      SchemaDef schema = LiveOperations.before();
      TableDef parent = schema.table("parent").orElseThrow()
          .withCheck(CheckDef.of("ck_parent_order", "\"order\" IS NULL OR \"order\" >= 0".replace("\"",
              kind == Kind.MYSQL ? "`" : "\"")));
      schema = schema.withTable(parent);
      LiveOperations.create(db, dialect, schema);
      assertNoDrift(db, dialect, schema);

      SQLException refused = assertThrows(SQLException.class,
          () -> db.execute(LiveOperations.quoteMarked(VIOLATING_PARENT, dialect)), "the check is enforced");
      assertTrue(refused.getMessage().toLowerCase().contains("ck_parent_order"), refused.getMessage());

      // addCheck on a table with rows that satisfy it.
      Operation addScore = new Operation.AddCheck("child", Defs.def(check("ck_child_score", "score >= 0")));
      LiveOperations.apply(db, dialect, addScore);
      schema = Replayer.apply(schema, addScore);
      assertEquals(3, LiveOperations.count(db, dialect, "child"), "rows kept");
      assertThrows(SQLException.class, () -> db.execute(LiveOperations.quoteMarked(
          "INSERT INTO %child% (%parent_id%, %user%, %score%) VALUES (1, 'n', -5)", dialect)));
      assertNoDrift(db, dialect, schema);

      // addCheck refused when a row violates it; nothing changes.
      Operation violated = new Operation.AddCheck("child", Defs.def(check("ck_child_big", "score > 6")));
      assertThrows(SQLException.class, () -> LiveOperations.apply(db, dialect, violated));
      assertNoDrift(db, dialect, schema);
      assertEquals(3, LiveOperations.count(db, dialect, "child"));

      // A changed expression: drop and add again.
      Operation drop = new Operation.DropCheck("child", "ck_child_score");
      Operation again = new Operation.AddCheck("child", Defs.def(check("ck_child_score", "score IN (5, 7) OR score IS NULL")));
      LiveOperations.apply(db, dialect, drop);
      LiveOperations.apply(db, dialect, again);
      schema = Replayer.apply(Replayer.apply(schema, drop), again);
      assertNoDrift(db, dialect, schema);
      assertThrows(SQLException.class, () -> db.execute(LiveOperations.quoteMarked(
          "INSERT INTO %child% (%parent_id%, %user%, %score%) VALUES (1, 'n', 6)", dialect)));

      // An alterColumn (a rebuild on SQLite) keeps the rows, the index, the foreign key and the checks.
      Operation alter = new Operation.AlterColumn("child", Defs.def(column("note", varchar(99)).nullable()));
      LiveOperations.apply(db, dialect, alter);
      schema = Replayer.apply(schema, alter);
      assertNoDrift(db, dialect, schema);
      assertEquals(3, LiveOperations.count(db, dialect, "child"));

      // dropCheck: the violating row is now accepted.
      Operation dropOrder = new Operation.DropCheck("parent", "ck_parent_order");
      LiveOperations.apply(db, dialect, dropOrder);
      schema = Replayer.apply(schema, dropOrder);
      db.execute(LiveOperations.quoteMarked(VIOLATING_PARENT, dialect));
      assertNoDrift(db, dialect, schema);
      assertEquals(3, LiveOperations.count(db, dialect, "parent"));
    }
  }

  /** Introspection reads the checks back (in the database's spelling) and drift finds nothing. */
  private static void assertNoDrift(TestDatabase db, SqlDialect dialect, SchemaDef expected) {
    SchemaDef live = Dialects.introspector(db.connection()).schema();
    assertEquals(List.of(), new SchemaDrift(dialect).differences(expected, live));
    for (TableDef table : expected.tables()) {
      TableDef read = live.table(table.name()).orElseThrow();
      assertEquals(table.checks().stream().map(CheckDef::name).toList(),
          read.checks().stream().map(CheckDef::name).toList(), table.name());
      for (CheckDef check : table.checks()) {
        String stored = read.check(check.name()).orElseThrow().expression();
        assertTrue(CheckExpressions.equivalent(check.expression(), stored), check + " read back as " + stored);
      }
      assertEquals(dialect.project(new SchemaDef(List.of(table))).tables().get(0).withChecks(List.of()),
          read.withChecks(List.of()), "everything but the checks' text reads back exactly");
    }
  }
}
