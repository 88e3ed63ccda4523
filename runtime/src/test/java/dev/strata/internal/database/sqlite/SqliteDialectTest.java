package dev.strata.internal.database.sqlite;

import static dev.strata.ddl.Ddl.*;
import static dev.strata.fixtures.UserTable.LIVE;
import static dev.strata.fixtures.UserTable.NONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.fixtures.Defs;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL SQLite's dialect writes, compared as text; its table rebuilds are in {@link SqliteRebuildTest}. */
class SqliteDialectTest {

  @Test
  void sqliteAddsPlainColumnsWithAlterTableAndRebuildsForTheRest() {
    SqliteDialect d = SqliteDialect.INSTANCE;
    assertEquals(List.of("ALTER TABLE \"user\" ADD COLUMN \"age\" INTEGER NOT NULL DEFAULT 0"),
        d.render(new Operation.AddColumn("user", Defs.def(column("age", INTEGER).defaultValue("0"))), LIVE));
    assertEquals(List.of("ALTER TABLE \"user\" ADD COLUMN \"nick\" TEXT"),
        d.render(new Operation.AddColumn("user", Defs.def(column("nick", varchar(9)).nullable())), LIVE));
    assertTrue(d.render(new Operation.AddColumn("user", Defs.def(column("age", INTEGER))), LIVE)
        .contains("DROP TABLE \"user\""), "NOT NULL without default needs a rebuild");
    assertTrue(d.render(new Operation.AddColumn("user", Defs.def(column("at", TIMESTAMP).defaultValue("CURRENT_TIMESTAMP")
        )), LIVE).contains("DROP TABLE \"user\""), "a non-constant default needs a rebuild");
    assertEquals(List.of("ALTER TABLE \"user\" DROP COLUMN \"note\""),
        d.render(new Operation.DropColumn("user", "note"), LIVE));
    assertTrue(d.render(new Operation.DropColumn("user", "order"), LIVE).contains("DROP TABLE \"user\""),
        "an indexed column needs a rebuild");
  }

  @Test
  void sqliteWrapsExpressionDefaultsInParentheses() {
    TableDef t = Defs.def(table("t").column(column("a", INTEGER).defaultValue("1 + 2"))
        .column(column("b", varchar(5)).defaultValue("'x'")).column(column("c", INTEGER).defaultValue("-3")));
    assertEquals("CREATE TABLE \"t\" (\n  \"a\" INTEGER NOT NULL DEFAULT (1 + 2),\n"
        + "  \"b\" TEXT NOT NULL DEFAULT 'x',\n  \"c\" INTEGER NOT NULL DEFAULT -3\n)",
        SqliteDialect.INSTANCE.render(new Operation.CreateTable(t), NONE).get(0));
  }

  @Test
  void sqliteNeedsTheLiveTableToRebuild() {
    StrataException e = assertThrows(StrataException.class, () -> SqliteDialect.INSTANCE.render(
        new Operation.DropPrimaryKey("missing"), NONE));
    assertEquals(ErrorCode.INVALID_OPERATION, e.code());
    assertTrue(e.getMessage().contains("table missing does not exist"), e.getMessage());
  }
}
