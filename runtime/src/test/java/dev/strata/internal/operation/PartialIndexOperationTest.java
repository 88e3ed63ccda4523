package dev.strata.internal.operation;

import static dev.strata.ddl.Ddl.BIGINT;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.index;
import static dev.strata.ddl.Ddl.table;
import static dev.strata.ddl.Ddl.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.internal.replay.Replayer;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.SchemaDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code index(...).where(...)}: recorded, in the checksum text, replayed. */
class PartialIndexOperationTest {

  private static List<Operation> record(java.util.function.Consumer<OperationRecorder> body) {
    OperationRecorder recorder = new OperationRecorder();
    body.accept(recorder);
    return recorder.operations();
  }

  private static List<Operation> orders() {
    return record(db -> {
      db.createTable(table("orders")
          .column(column("id", BIGINT))
          .column(column("customer_id", BIGINT))
          .column(column("deleted_at", BIGINT).nullable())
          .primaryKey("id")
          .index(unique("uq_orders_customer", "customer_id").where("deleted_at IS NULL")));
      db.createIndex("orders", index("idx_orders_customer", "customer_id"));
    });
  }

  @Test
  void anIndexWithoutPredicateKeepsItsCanonicalText() {
    // The text every checksum of an existing migration was computed over: unchanged.
    assertEquals("createIndex orders index idx_orders_customer[customer_id]", orders().get(1).canonical());
    assertEquals("createTable orders{id:BIGINT notnull, customer_id:BIGINT notnull, deleted_at:BIGINT null;"
        + " pk=[id]; unique uq_orders_customer[customer_id] where=deleted_at IS NULL; }", orders().get(0).canonical());
    assertNotEquals(
        record(db -> db.createIndex("orders", index("i", "customer_id").where("deleted_at IS NULL"))).get(0).canonical(),
        record(db -> db.createIndex("orders", index("i", "customer_id").where("deleted_at IS NOT NULL"))).get(0).canonical(),
        "a changed predicate changes the checksum");
  }

  @Test
  void replayKeepsThePredicate() {
    SchemaDef schema = Replayer.replay(SchemaDef.EMPTY, orders(), "test");
    assertEquals(new IndexDef("uq_orders_customer", List.of("customer_id"), true, "deleted_at IS NULL"),
        schema.table("orders").orElseThrow().index("uq_orders_customer").orElseThrow());
  }

  @Test
  void renamingAColumnRenamesItInThePredicate() {
    SchemaDef schema = Replayer.replay(Replayer.replay(SchemaDef.EMPTY, orders(), "test"),
        record(db -> db.renameColumn("orders", "deleted_at", "removed_at")), "test");
    assertEquals("removed_at IS NULL",
        schema.table("orders").orElseThrow().index("uq_orders_customer").orElseThrow().where());
  }

  @Test
  void droppingAColumnThePredicateUsesIsRefused() {
    SchemaDef schema = Replayer.replay(SchemaDef.EMPTY, orders(), "test");
    StrataException e = assertThrows(StrataException.class,
        () -> Replayer.replay(schema, record(db -> db.dropColumn("orders", "deleted_at")), "test"));
    assertEquals(ErrorCode.INVALID_OPERATION, e.code());
    assertTrue(e.getMessage().contains("the predicate of partial index uq_orders_customer (WHERE deleted_at IS NULL)"
        + " uses it; drop the index first"), e.getMessage());
  }

  @Test
  void aBlankPredicateIsRefusedByTheBuilder() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> index("i", "a").where(" "));
    assertTrue(e.getMessage().contains("index i: where needs an SQL predicate, was blank"), e.getMessage());
    assertEquals("unique u [a] where a > 0", unique("u", "a").where("a > 0").toString());
  }
}
