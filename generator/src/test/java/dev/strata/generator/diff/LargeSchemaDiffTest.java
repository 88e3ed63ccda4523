package dev.strata.generator.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.generator.codegen.MigrationSource;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.replay.Replayer;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.LogicalType;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The diff on ten thousand related tables (a binary tree of foreign keys: {@code t<i>} references
 * {@code t<i/2>}): its changes must be complete, correct and in the documented order at a size
 * where a look-up or ordering slip shows. How fast it is belongs to the {@code diff} benchmark,
 * not to a unit test.
 */
class LargeSchemaDiffTest {
  private static final int TABLES = 10_000;
  private static final SchemaDef SCHEMA = schema(TABLES);

  private static SchemaDef schema(int tables) {
    List<TableDef> list = new ArrayList<>();
    for (int i = 0; i < tables; i++) {
      list.add(table(i));
    }
    return new SchemaDef(list);
  }

  private static TableDef table(int i) {
    TableDef t = TableDef.named("t" + i)
        .withColumn(ColumnDef.of("id", ColumnType.of(LogicalType.BIGINT)).withAuto(true))
        .withColumn(ColumnDef.of("name", ColumnType.varchar(100)))
        .withColumn(ColumnDef.of("note", ColumnType.raw("text")).withNullable(true))
        .withPrimaryKey(List.of("id"))
        .withIndex(IndexDef.of("idx_t" + i + "_name", false, "name"));
    if (i > 0) {
      t = t.withColumn(ColumnDef.of("parent_id", ColumnType.of(LogicalType.BIGINT)).withNullable(true))
          .withForeignKey(ForeignKeyDef.of("fk_t" + i + "_parent", "parent_id", parent(i), "id"));
    }
    return t;
  }

  private static String parent(int i) {
    return "t" + (i / 2);
  }

  @Test
  void createsEveryTableOnceAfterTheTableItReferences() {
    DiffResult created = SchemaDiff.compare(SchemaDef.EMPTY, SCHEMA);

    List<Operation> ops = created.upOperations();
    assertEquals(TABLES, ops.size());
    assertTrue(ops.stream().allMatch(op -> op instanceof Operation.CreateTable), "only createTable, keys inline");
    Map<String, Integer> position = new HashMap<>();
    for (int p = 0; p < ops.size(); p++) {
      position.put(ops.get(p).table(), p);
    }
    assertEquals(TABLES, position.size(), "each table once");
    assertEquals("t0", ops.get(0).table());
    for (int i = 1; i < TABLES; i++) {
      assertTrue(position.get(parent(i)) < position.get("t" + i), "t" + i + " before its parent");
    }
    for (Operation op : ops) {
      assertEquals(SCHEMA.table(op.table()).orElseThrow(), ((Operation.CreateTable) op).definition());
    }
    assertEquals(SCHEMA, created.result());
    assertEquals(SCHEMA, Replayer.replay(SchemaDef.EMPTY, ops, "the diff"));
    List<Operation> down = created.downOperations();
    assertEquals(TABLES, down.size());
    assertEquals(SchemaDef.EMPTY, Replayer.replay(SCHEMA, down, "the inverse"));
    assertTrue(MigrationSource.build(created.changes(), "20260101000000", "init", null).toString()
        .contains("db.createTable(table(\"t9999\")"));
  }

  @Test
  void theOrderDoesNotDependOnTheOrderTablesArriveIn() {
    List<TableDef> shuffled = new ArrayList<>(SCHEMA.tables());
    Collections.shuffle(shuffled, new Random(5));

    assertEquals(SchemaDiff.compare(SchemaDef.EMPTY, SCHEMA).upOperations(),
        SchemaDiff.compare(SchemaDef.EMPTY, new SchemaDef(shuffled)).upOperations());
  }

  @Test
  void findsNothingInAnEqualSchemaAndExactlyOneNewColumn() {
    assertTrue(SchemaDiff.compare(SCHEMA, SCHEMA).isEmpty());

    ColumnDef x = ColumnDef.of("x", ColumnType.of(LogicalType.INTEGER)).withNullable(true);
    SchemaDef changed = SCHEMA.mapTable("t5000", t -> t.withColumn(x));
    DiffResult diff = SchemaDiff.compare(SCHEMA, changed);

    assertEquals(List.of(new Operation.AddColumn("t5000", x)), diff.upOperations());
    assertEquals(List.of(new Operation.DropColumn("t5000", "x")), diff.downOperations());
    assertEquals(changed, diff.result());
  }

  @Test
  void aHintedRenameRetargetsTheForeignKeysThatReferenceTheTable() {
    TableDef renamed = SCHEMA.table("t1").orElseThrow().withName("t1_renamed").withRenamedFrom("t1");
    SchemaDef desired = SCHEMA.withoutTable("t1").withTable(renamed);
    for (String child : List.of("t2", "t3")) {
      desired = desired.mapTable(child, t -> t.withForeignKeys(t.foreignKeys().stream()
          .map(fk -> fk.withReferencedTable("t1_renamed")).toList()));
    }

    DiffResult diff = SchemaDiff.compare(SCHEMA, desired);

    assertEquals(List.of(new Operation.RenameTable("t1", "t1_renamed")), diff.upOperations());
    assertEquals(desired.withoutHints(), diff.result());
    assertEquals(SCHEMA, Replayer.replay(diff.result(), diff.downOperations(), "the inverse"));
  }

  /** Tables t5000 and up reference others but none references them: half the schema goes. */
  @Test
  void dropsHalfTheTablesKeysFirstAndRefusesEachWithoutPermission() {
    SchemaDef half = schema(TABLES / 2);

    DiffResult refused = SchemaDiff.compare(SCHEMA, half);
    DiffResult allowed = SchemaDiff.compare(SCHEMA, half, true);

    assertEquals(TABLES / 2, refused.refusals().size());
    assertTrue(refused.refusals().stream().allMatch(r -> r.reason() == Refusal.Reason.DESTRUCTIVE));
    assertEquals(List.of(), allowed.refusals());
    List<Operation> expected = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    for (int i = TABLES / 2; i < TABLES; i++) {
      dropped.add("t" + i);
    }
    Collections.sort(dropped);
    for (String table : dropped) {
      expected.add(new Operation.DropForeignKey(table, "fk_" + table + "_parent"));
    }
    for (int i = dropped.size() - 1; i >= 0; i--) {
      expected.add(new Operation.DropTable(dropped.get(i)));
    }
    assertEquals(expected, allowed.upOperations());
    assertEquals(half, allowed.result());
    assertEquals(SCHEMA, Replayer.replay(half, allowed.downOperations(), "the inverse"));
  }

  /** Every table's index renamed: each is dropped and created again, in table then name order. */
  @Test
  void recreatesChangedIndexesInTableOrder() {
    SchemaDef renamedIndexes = SCHEMA;
    Set<String> tables = new HashSet<>();
    for (int i = 0; i < TABLES; i += 3) {
      String name = "t" + i;
      tables.add(name);
      renamedIndexes = renamedIndexes.mapTable(name, t -> t.withoutIndex("idx_" + name + "_name")
          .withIndex(IndexDef.of("idx_" + name + "_by_name", false, "name")));
    }

    List<Operation> ops = SchemaDiff.compare(SCHEMA, renamedIndexes).upOperations();

    List<String> sorted = tables.stream().sorted().toList();
    List<Operation> expected = new ArrayList<>();
    sorted.forEach(t -> expected.add(new Operation.DropIndex(t, "idx_" + t + "_name")));
    sorted.forEach(t -> expected.add(new Operation.CreateIndex(t, IndexDef.of("idx_" + t + "_by_name", false, "name"))));
    assertEquals(expected, ops);
  }
}
