package dev.strata.internal.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import dev.strata.internal.database.Dialects;
import dev.strata.internal.dialect.Introspector;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.replay.Replayer;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.IndexPredicates;
import dev.strata.internal.schema.model.LogicalType;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Partial indexes on the databases that have them, with rows: created from the model, enforced
 * (a unique one only among the rows its predicate selects), kept by SQLite's table rebuild, read
 * back by introspection, and no drift although PostgreSQL prints the predicate its own way.
 */
class PartialIndexTest {

  private static final IndexDef ACTIVE_REFERENCE =
      new IndexDef("uq_orders_reference", List.of("reference"), true, "deleted_at IS NULL");
  private static final IndexDef OPEN =
      new IndexDef("idx_orders_open", List.of("customer_id"), false, "status = 'open' AND customer_id > 0");

  private static TableDef orders() {
    return TableDef.named("orders")
        .withColumn(ColumnDef.of("id", ColumnType.of(LogicalType.BIGINT)))
        .withColumn(ColumnDef.of("reference", ColumnType.varchar(20)))
        .withColumn(ColumnDef.of("customer_id", ColumnType.of(LogicalType.BIGINT)))
        .withColumn(ColumnDef.of("status", ColumnType.varchar(10)))
        .withColumn(ColumnDef.of("deleted_at", ColumnType.of(LogicalType.TIMESTAMP)).withNullable(true))
        .withColumn(ColumnDef.of("note", ColumnType.varchar(50)).withNullable(true))
        .withPrimaryKey(List.of("id"))
        .withIndex(ACTIVE_REFERENCE)
        .withIndex(OPEN);
  }

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = {"SQLITE", "POSTGRESQL"})
  void aPartialIndexIsCreatedEnforcedReadBackAndKept(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      SqlDialect dialect = Dialects.detect(db.connection());
      run(db, dialect, new Operation.CreateTable(orders()));
      db.execute("INSERT INTO orders (id, reference, customer_id, status, deleted_at) VALUES"
          + " (1, 'A-1', 7, 'open', NULL), (2, 'A-1', 7, 'done', '2024-01-01 10:00:00')");
      assertDuplicateRefused(db, 3);

      Introspector introspector = Dialects.introspector(db.connection());
      TableDef live = introspector.table("orders").orElseThrow();
      IndexDef read = live.index("uq_orders_reference").orElseThrow();
      assertTrue(read.unique() && read.partial(), read.toString());
      assertTrue(IndexPredicates.sameIndex(ACTIVE_REFERENCE, read), read.toString());
      assertTrue(IndexPredicates.sameIndex(OPEN, live.index("idx_orders_open").orElseThrow()),
          live.index("idx_orders_open").orElseThrow().toString());
      SchemaDef expected = dialect.project(new SchemaDef(List.of(orders())));
      assertEquals(List.of(), new SchemaDrift(dialect).differences(expected, introspector.read().schema()),
          "the predicate as the database prints it is no drift");
      if (kind == Kind.SQLITE) {
        assertEquals(ACTIVE_REFERENCE, read, "SQLite keeps the text as it was run");
      }

      // A change SQLite makes by rebuilding the table (dropping an indexed-table column with a
      // changed type) keeps the partial indexes, predicates and all.
      run(db, dialect, new Operation.AlterColumn("orders", ColumnDef.of("note", ColumnType.varchar(80)).withNullable(true)));
      run(db, dialect, new Operation.DropColumn("orders", "note"));
      TableDef after = Dialects.introspector(db.connection()).table("orders").orElseThrow();
      assertTrue(IndexPredicates.sameIndex(ACTIVE_REFERENCE, after.index("uq_orders_reference").orElseThrow()));
      assertTrue(IndexPredicates.sameIndex(OPEN, after.index("idx_orders_open").orElseThrow()));
      assertEquals(2, db.count("orders"));
      assertDuplicateRefused(db, 4);

      // Renaming a column the predicate names: the database renames it there too, as replay does.
      Operation rename = new Operation.RenameColumn("orders", "deleted_at", "removed_at");
      run(db, dialect, rename);
      SchemaDef replayed = Replayer.apply(Replayer.apply(Replayer.apply(new SchemaDef(List.of(orders())),
          new Operation.AlterColumn("orders", ColumnDef.of("note", ColumnType.varchar(80)).withNullable(true))),
          new Operation.DropColumn("orders", "note")), rename);
      assertEquals("removed_at IS NULL",
          replayed.table("orders").orElseThrow().index("uq_orders_reference").orElseThrow().where());
      assertEquals(List.of(), new SchemaDrift(dialect).differences(dialect.project(replayed),
          Dialects.introspector(db.connection()).read().schema()));
      assertDuplicateRefused(db, 5);
    }
  }

  @Test
  void mysqlAndMariadbRefuseToRenderAPartialIndex() {
    for (SqlDialect dialect : Dialects.all()) {
      if (dialect.database().name().startsWith("M")) {
        StrataException e = assertThrows(StrataException.class,
            () -> dialect.render(new Operation.CreateIndex("orders", OPEN), n -> Optional.empty()));
        assertEquals(ErrorCode.INVALID_OPERATION, e.code());
        assertTrue(e.getMessage().contains("cannot carry partial indexes"), e.getMessage());
        assertThrows(StrataException.class,
            () -> dialect.render(new Operation.CreateTable(orders()), n -> Optional.empty()));
      } else {
        assertEquals(List.of("CREATE INDEX " + dialect.quote("idx_orders_open") + " ON " + dialect.quote("orders")
                + " (" + dialect.quote("customer_id") + ") WHERE status = 'open' AND customer_id > 0"),
            dialect.render(new Operation.CreateIndex("orders", OPEN), n -> Optional.empty()));
      }
    }
  }

  private static void assertDuplicateRefused(TestDatabase db, int id) {
    assertThrows(SQLException.class, () -> db.execute("INSERT INTO orders (id, reference, customer_id, status)"
        + " VALUES (" + id + ", 'A-1', 8, 'open')"), "a second active A-1 breaks the partial unique index");
  }

  private static void run(TestDatabase db, SqlDialect dialect, Operation op) throws Exception {
    Introspector introspector = Dialects.introspector(db.connection());
    db.execute(dialect.render(op, introspector::table).toArray(String[]::new));
  }
}
