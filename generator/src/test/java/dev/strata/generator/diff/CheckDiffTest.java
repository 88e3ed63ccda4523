package dev.strata.generator.diff;

import static dev.strata.ddl.Ddl.BIGINT;
import static dev.strata.ddl.Ddl.INTEGER;
import static dev.strata.ddl.Ddl.check;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.table;
import static dev.strata.ddl.Ddl.varchar;
import static dev.strata.generator.fixtures.Refusals.messages;
import static dev.strata.generator.fixtures.Schemas.comparable;
import static dev.strata.generator.fixtures.Schemas.schema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ddl.TableBuilder;
import dev.strata.fixtures.Defs;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.replay.Replayer;
import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks in the diff: compared by name, a changed expression dropped and added again. */
class CheckDiffTest {

  private static TableBuilder orders() {
    return table("orders")
        .column(column("id", BIGINT))
        .column(column("total", INTEGER))
        .column(column("status", varchar(20)))
        .primaryKey("id");
  }

  private static DiffResult diff(SchemaDef current, SchemaDef desired) {
    return diff(current, desired, false);
  }

  private static DiffResult diff(SchemaDef current, SchemaDef desired, boolean allowDestructive) {
    DiffResult result = SchemaDiff.compare(current, desired, allowDestructive);
    assertEquals(List.of(), messages(result), "refusals");
    SchemaDef after = Replayer.replay(current, result.upOperations(), "up");
    assertEquals(comparable(desired), comparable(after), "up must reach the desired schema");
    assertTrue(SchemaDiff.compare(after, desired).isEmpty(), "second diff must be empty");
    SchemaDef back = Replayer.replay(after, result.downOperations(), "down");
    assertEquals(comparable(current), comparable(back), "down must return to the current schema");
    return result;
  }

  private static List<String> up(DiffResult result) {
    return result.upOperations().stream().map(Operation::canonical).toList();
  }

  private static List<String> down(DiffResult result) {
    return result.downOperations().stream().map(Operation::canonical).toList();
  }

  @Test
  void aNewTableCarriesItsChecks() {
    DiffResult result = diff(SchemaDef.EMPTY, schema(orders().check(check("ck_orders_total", "total >= 0"))));
    assertEquals(List.of("createTable orders{id:BIGINT notnull, total:INTEGER notnull, status:VARCHAR(20) notnull;"
        + " pk=[id]; ; ; checks=ck_orders_total (total >= 0)}"), up(result));
  }

  @Test
  void addedAndDroppedChecks() {
    DiffResult added = diff(schema(orders()), schema(orders().check(check("ck_orders_total", "total >= 0"))));
    assertEquals(List.of("addCheck orders ck_orders_total (total >= 0)"), up(added));
    assertEquals(Impact.ADDITIVE, added.changes().get(0).impact());
    assertNull(added.changes().get(0).comment());
    assertEquals(List.of("dropCheck orders ck_orders_total"), down(added));

    DiffResult dropped = diff(schema(orders().check(check("ck_orders_total", "total >= 0"))), schema(orders()));
    assertEquals(List.of("dropCheck orders ck_orders_total"), up(dropped));
    assertEquals(Impact.MODIFYING, dropped.changes().get(0).impact());
    assertEquals(List.of("addCheck orders ck_orders_total (total >= 0)"), down(dropped));
  }

  @Test
  void aChangedExpressionIsDroppedAndAddedAgainWithCommentsSayingSo() {
    DiffResult result = diff(schema(orders().check(check("ck_orders_total", "total >= 0"))),
        schema(orders().check(check("ck_orders_total", "total > 0"))));
    assertEquals(List.of("dropCheck orders ck_orders_total", "addCheck orders ck_orders_total (total > 0)"), up(result));
    assertEquals("drops check ck_orders_total of orders (total >= 0) to add it again with its new expression",
        result.changes().get(0).comment());
    assertEquals("adds check ck_orders_total of orders again with its new expression, replacing (total >= 0);"
        + " rows that violate it make the migration fail", result.changes().get(1).comment());
    assertEquals(List.of("dropCheck orders ck_orders_total", "addCheck orders ck_orders_total (total >= 0)"),
        down(result));
  }

  @Test
  void aDatabaseSpellingOfTheSameExpressionIsNoChange() {
    SchemaDef fromPostgres = schema(Defs.def(orders()).withCheck(CheckDef.of("ck_status",
        "(status)::text = ANY ((ARRAY['open'::character varying, 'closed'::character varying])::text[])")));
    SchemaDef fromMariadb = schema(Defs.def(orders()).withCheck(CheckDef.of("ck_status",
        "`status` in ('open','closed')")));
    SchemaDef model = schema(orders().check(check("ck_status", "status IN ('open', 'closed')")));

    assertTrue(SchemaDiff.compare(fromPostgres, model).isEmpty());
    assertTrue(SchemaDiff.compare(fromMariadb, model).isEmpty());
  }

  @Test
  void checksGoBeforeTheColumnsTheyNameAndComeAfterTheColumnsTheyNeed() {
    // Dropping status loses data: allowed here, as with --allow-destructive.
    DiffResult result = diff(schema(orders().check(check("ck_orders_status", "status <> ''"))),
        schema(table("orders").column(column("id", BIGINT)).column(column("total", INTEGER))
            .column(column("paid", INTEGER).defaultValue("0")).primaryKey("id")
            .check(check("ck_orders_paid", "paid <= total"))), true);
    assertEquals(List.of("dropCheck orders ck_orders_status", "addColumn orders paid:INTEGER notnull default=0",
        "dropColumn orders status", "addCheck orders ck_orders_paid (paid <= total)"), up(result));
  }

  @Test
  void aCheckOnARenamedColumnIsDroppedBeforeTheRenameAndAddedAfter() {
    TableDef renamed = Defs.def(table("orders").column(column("id", BIGINT)).column(column("amount", INTEGER))
            .column(column("status", varchar(20))).primaryKey("id").check(check("ck_orders_total", "amount >= 0")))
        .mapColumn("amount", c -> c.withRenamedFrom("total"));
    DiffResult result = diff(schema(orders().check(check("ck_orders_total", "total >= 0"))), schema(renamed));
    assertEquals(List.of("dropCheck orders ck_orders_total", "renameColumn orders total amount",
        "addCheck orders ck_orders_total (amount >= 0)"), up(result));
    assertEquals("drops check ck_orders_total of orders before renaming a column it names; the model's check is"
        + " added back at the end", result.changes().get(0).comment());
  }
}
