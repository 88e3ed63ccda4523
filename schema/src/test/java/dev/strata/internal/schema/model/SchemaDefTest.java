package dev.strata.internal.schema.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SchemaDefTest {

  private static TableDef table(String name, String... references) {
    TableDef t = TableDef.named(name).withColumn(ColumnDef.of("id", ColumnType.of(LogicalType.BIGINT)))
        .withPrimaryKey(List.of("id"));
    for (String ref : references) {
      t = t.withColumn(ColumnDef.of(ref + "_id", ColumnType.of(LogicalType.BIGINT)))
          .withForeignKey(ForeignKeyDef.of("fk_" + name + "_" + ref, ref + "_id", ref, "id"));
    }
    return t;
  }

  @Test
  void keepsTablesSortedAndEqualToAPlainList() {
    SchemaDef schema = new SchemaDef(List.of(table("c"), table("a"), table("b")));
    List<TableDef> plain = List.of(table("a"), table("b"), table("c"));

    assertEquals(List.of("a", "b", "c"), schema.tables().stream().map(TableDef::name).toList());
    assertEquals(plain, schema.tables());
    assertEquals(schema.tables(), plain);
    assertEquals(plain.hashCode(), schema.tables().hashCode());
    assertEquals(plain.toString(), schema.tables().toString());
    assertEquals(new SchemaDef(plain), schema);
    assertEquals(new SchemaDef(plain).hashCode(), schema.hashCode());
    assertEquals(table("b"), schema.tables().get(1));
    assertNotEquals(new SchemaDef(List.of(table("a"))), schema);
  }

  @Test
  void isImmutable() {
    SchemaDef schema = new SchemaDef(List.of(table("a")));
    assertThrows(UnsupportedOperationException.class, () -> schema.tables().add(table("b")));
    assertThrows(UnsupportedOperationException.class, () -> schema.tables().remove(0));
    List<TableDef> source = new ArrayList<>(List.of(table("a")));
    SchemaDef copy = new SchemaDef(source);
    source.add(table("b"));
    assertEquals(1, copy.tables().size());
  }

  @Test
  void rejectsATableNameTwice() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SchemaDef(List.of(table("a"), table("b"), table("a"))));
    assertEquals("table a appears twice", e.getMessage());
  }

  @Test
  void namesAreCaseSensitive() {
    SchemaDef schema = new SchemaDef(List.of(table("Users"), table("users")));
    assertEquals(2, schema.tables().size());
    assertEquals(Optional.empty(), schema.table("USERS"));
    assertEquals("Users", schema.table("Users").orElseThrow().name());
  }

  @Test
  void withTableAddsOrReplacesAndWithoutTableRemoves() {
    SchemaDef schema = SchemaDef.EMPTY.withTable(table("b")).withTable(table("a"));
    TableDef wider = table("b").withColumn(ColumnDef.of("x", ColumnType.of(LogicalType.INTEGER)));

    SchemaDef replaced = schema.withTable(wider);

    assertEquals(List.of(table("a"), wider), replaced.tables());
    assertEquals(List.of(table("a"), table("b")), schema.tables(), "the old value is unchanged");
    assertEquals(List.of(wider), replaced.withoutTable("a").tables());
    assertSame(replaced, replaced.withoutTable("nope"));
    assertFalse(replaced.withoutTable("a").hasTable("a"));
    assertTrue(replaced.hasTable("a"));
  }

  @Test
  void mapTableMayRenameButNotOntoAnotherTable() {
    SchemaDef schema = new SchemaDef(List.of(table("a"), table("b")));

    assertEquals(List.of(table("b"), table("c")), schema.mapTable("a", t -> t.withName("c")).tables());
    assertSame(schema, schema.mapTable("nope", t -> t.withName("c")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> schema.mapTable("a", t -> t.withName("b")));
    assertEquals("table b appears twice", e.getMessage());
  }

  @Test
  void findsTablesByIndexNameAndByWhatTheyReference() {
    SchemaDef schema = new SchemaDef(List.of(
        table("users"),
        table("posts", "users").withIndex(IndexDef.of("idx_title", false, "id")),
        table("comments", "posts", "users"),
        table("tree", "tree").withIndex(IndexDef.of("idx_title", false, "id"))));

    assertEquals(List.of("posts", "tree"), names(schema.tablesWithIndex("idx_title")));
    assertEquals(List.of(), names(schema.tablesWithIndex("idx_other")));
    assertEquals(List.of("comments", "posts"), names(schema.tablesReferencing("users")));
    assertEquals(List.of("tree"), names(schema.tablesReferencing("tree")));
    assertEquals(List.of(), names(schema.tablesReferencing("comments")));

    SchemaDef changed = schema.withoutTable("comments").withTable(table("posts"));
    assertEquals(List.of(), names(changed.tablesReferencing("users")));
    assertEquals(List.of("tree"), names(changed.tablesWithIndex("idx_title")));
    assertEquals(List.of("comments", "posts"), names(schema.tablesReferencing("users")), "the old value is unchanged");
  }

  /**
   * Random updates on values whose look-up indexes were built at different times (never, at the
   * start, midway) agree with a brute-force search over the tables.
   */
  @Test
  void schemaWideLookUpsAgreeWithAScanAfterRandomUpdates() {
    Random random = new Random(11);
    SchemaDef schema = SchemaDef.EMPTY;
    TreeMap<String, TableDef> expected = new TreeMap<>();
    for (int step = 0; step < 3000; step++) {
      String name = "t" + random.nextInt(200);
      if (random.nextInt(4) == 0) {
        schema = schema.withoutTable(name);
        expected.remove(name);
      } else {
        TableDef t = table(name, "t" + random.nextInt(200));
        if (random.nextBoolean()) {
          t = t.withIndex(IndexDef.of("idx_" + random.nextInt(50), false, "id"));
        }
        schema = schema.withTable(t);
        expected.put(name, t);
      }
      if (step % 7 == 0) {
        String probe = "t" + random.nextInt(200);
        String index = "idx_" + random.nextInt(50);
        assertEquals(scanReferencing(expected, probe), names(schema.tablesReferencing(probe)));
        assertEquals(scanWithIndex(expected, index), names(schema.tablesWithIndex(index)));
      }
      if (step % 100 == 0) {
        assertEquals(new ArrayList<>(expected.values()), schema.tables());
        assertEquals(schema, new SchemaDef(new ArrayList<>(expected.values())));
      }
    }
    assertEquals(new ArrayList<>(expected.values()), schema.tables());
    for (int i = 0; i < 200; i++) {
      assertEquals(Optional.ofNullable(expected.get("t" + i)), schema.table("t" + i));
      assertEquals(scanReferencing(expected, "t" + i), names(schema.tablesReferencing("t" + i)));
    }
  }

  private static List<String> scanReferencing(TreeMap<String, TableDef> tables, String target) {
    return tables.values().stream()
        .filter(t -> t.foreignKeys().stream().anyMatch(fk -> fk.referencedTable().equals(target)))
        .map(TableDef::name).toList();
  }

  private static List<String> scanWithIndex(TreeMap<String, TableDef> tables, String index) {
    return tables.values().stream().filter(t -> t.index(index).isPresent()).map(TableDef::name).toList();
  }

  private static List<String> names(List<TableDef> tables) {
    return tables.stream().map(TableDef::name).toList();
  }
}
