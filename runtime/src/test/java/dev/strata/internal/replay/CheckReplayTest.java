package dev.strata.internal.replay;

import static dev.strata.ddl.Ddl.BIGINT;
import static dev.strata.ddl.Ddl.INTEGER;
import static dev.strata.ddl.Ddl.check;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.foreignKey;
import static dev.strata.ddl.Ddl.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.operation.OperationRecorder;
import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.model.SchemaDef;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Replaying addCheck and dropCheck, as strict as the strictest database. */
class CheckReplayTest {

  private static List<Operation> record(Consumer<OperationRecorder> body) {
    OperationRecorder recorder = new OperationRecorder();
    body.accept(recorder);
    return recorder.operations();
  }

  private static SchemaDef orders() {
    return Replayer.replay(SchemaDef.EMPTY, record(db -> {
      db.createTable(table("users").column(column("id", BIGINT)).primaryKey("id"));
      db.createTable(table("orders")
          .column(column("id", BIGINT))
          .column(column("user_id", BIGINT))
          .column(column("total", INTEGER))
          .primaryKey("id")
          .foreignKey(foreignKey("fk_orders_user_id", "user_id").references("users", "id"))
          .check(check("ck_orders_total", "total >= 0")));
    }), "setup");
  }

  private static String refusal(SchemaDef schema, Consumer<OperationRecorder> body) {
    StrataException e = assertThrows(StrataException.class, () -> Replayer.replay(schema, record(body), "m"));
    assertEquals(ErrorCode.INVALID_OPERATION, e.code());
    return e.getMessage();
  }

  @Test
  void addAndDropChecks() {
    SchemaDef schema = Replayer.replay(orders(), record(db -> {
      db.addCheck("orders", check("ck_orders_user", "user_id > 0"));
      db.dropCheck("orders", "ck_orders_total");
    }), "m");
    assertEquals(List.of(CheckDef.of("ck_orders_user", "user_id > 0")), schema.table("orders").orElseThrow().checks());
  }

  @Test
  void refusesWhatADatabaseRefuses() {
    SchemaDef schema = orders();
    assertContains(refusal(schema, db -> db.addCheck("nowhere", check("ck", "x > 0"))), "table nowhere does not exist");
    assertContains(refusal(schema, db -> db.addCheck("orders", check("CK_ORDERS_TOTAL", "total > 1"))),
        "table orders already has a check ck_orders_total");
    assertContains(refusal(schema, db -> db.addCheck("users", check("ck_orders_total", "id > 0"))),
        "check names are unique in the whole schema on MySQL");
    assertContains(refusal(schema, db -> db.addCheck("orders", check("fk_orders_user_id", "id > 0"))),
        "foreign key fk_orders_user_id of table orders has that name");
    assertContains(refusal(schema, db -> db.dropCheck("orders", "ck_missing")),
        "dropCheck ck_missing: table orders has no such check");
    assertContains(refusal(schema, db -> db.dropColumn("orders", "total")),
        "dropColumn orders.total: check ck_orders_total (total >= 0) uses it; drop the check first");
    assertContains(refusal(schema, db -> db.renameColumn("orders", "total", "amount")),
        "renameColumn orders.total: check ck_orders_total (total >= 0) uses it");
    assertContains(refusal(SchemaDef.EMPTY, db -> db.createTable(table("t").column(column("a", INTEGER))
        .check(check("ck_a", "a > 0")).check(check("CK_A", "a < 9")))), "check ck_a: table t already has a check CK_A");
  }

  @Test
  void theCanonicalFormOfATableWithoutChecksIsUnchanged() {
    List<Operation> ops = record(db -> db.createTable(table("t").column(column("a", INTEGER))));
    assertEquals("createTable t{a:INTEGER notnull; pk=[]; ; }", ops.get(0).canonical());
    List<Operation> withCheck = record(db -> {
      db.createTable(table("t").column(column("a", INTEGER)).check(check("ck_t_a", "a > 0")));
      db.addCheck("t", check("ck_t_1", "a < 10"));
      db.dropCheck("t", "ck_t_1");
    });
    assertEquals(List.of("createTable t{a:INTEGER notnull; pk=[]; ; ; checks=ck_t_a (a > 0)}",
        "addCheck t ck_t_1 (a < 10)", "dropCheck t ck_t_1"), withCheck.stream().map(Operation::canonical).toList());
  }

  private static void assertContains(String message, String part) {
    org.junit.jupiter.api.Assertions.assertTrue(message.contains(part), message);
  }
}
