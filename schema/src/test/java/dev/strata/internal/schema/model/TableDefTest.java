package dev.strata.internal.schema.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableDefTest {

  private static ColumnDef column(String name) {
    return ColumnDef.of(name, ColumnType.of(LogicalType.INTEGER));
  }

  @Test
  void findsColumnsIndexesAndForeignKeysByExactName() {
    for (int size : List.of(1, 8, 9, 200)) {
      List<ColumnDef> columns = new ArrayList<>();
      List<IndexDef> indexes = new ArrayList<>();
      List<ForeignKeyDef> keys = new ArrayList<>();
      for (int i = size - 1; i >= 0; i--) {
        columns.add(column("c" + i));
        indexes.add(IndexDef.of("idx_" + i, false, "c" + i));
        keys.add(ForeignKeyDef.of("fk_" + i, "c" + i, "other", "id"));
      }
      TableDef table = new TableDef("t", null, columns, List.of(), indexes, keys, List.of(), null);

      for (int i = 0; i < size; i++) {
        assertEquals(Optional.of(column("c" + i)), table.column("c" + i));
        assertEquals(Optional.of(IndexDef.of("idx_" + i, false, "c" + i)), table.index("idx_" + i));
        assertEquals("fk_" + i, table.foreignKey("fk_" + i).orElseThrow().name());
      }
      assertEquals(Optional.empty(), table.column("C0"));
      assertEquals(Optional.empty(), table.column("missing"));
      assertEquals(Optional.empty(), table.index("IDX_0"));
      assertEquals(Optional.empty(), table.foreignKey("missing"));
    }
  }

  @Test
  void checksAreSortedByNameAndFoundByExactName() {
    TableDef table = TableDef.named("t")
        .withCheck(CheckDef.of("ck_b", "b > 0")).withCheck(CheckDef.of("ck_a", "a > 0"));

    assertEquals(List.of("ck_a", "ck_b"), table.checks().stream().map(CheckDef::name).toList());
    assertEquals(Optional.of(CheckDef.of("ck_b", "b > 0")), table.check("ck_b"));
    assertEquals(Optional.empty(), table.check("CK_B"));
    assertEquals(List.of("ck_a"), table.withoutCheck("ck_b").checks().stream().map(CheckDef::name).toList());
    assertEquals(table.checks(), table.withoutHints().checks());
    assertThrows(IllegalArgumentException.class, () -> CheckDef.of("ck", " "));
  }

  @Test
  void aCheckMentionsTheColumnsItNamesOutsideLiterals() {
    CheckDef check = CheckDef.of("ck", "\"Total\" > 0 AND `qty` < 5 AND status <> 'price' AND lower(Note) = 'x''y'");

    assertEquals(true, check.mentionsColumn("Total"));
    assertEquals(false, check.mentionsColumn("total"));
    assertEquals(true, check.mentionsColumn("qty"));
    assertEquals(true, check.mentionsColumn("STATUS"));
    assertEquals(true, check.mentionsColumn("note"));
    assertEquals(false, check.mentionsColumn("price"));
    assertEquals(false, check.mentionsColumn("y"));
    assertEquals(false, check.mentionsColumn("stat"));
  }

  @Test
  void theFirstOfTwoColumnsOfOneNameIsFound() {
    for (int filler : List.of(0, 20)) {
      List<ColumnDef> columns = new ArrayList<>();
      for (int i = 0; i < filler; i++) {
        columns.add(column("f" + i));
      }
      columns.add(column("dup"));
      columns.add(column("dup").withNullable(true));
      TableDef table = TableDef.named("t").withColumns(columns);
      assertEquals(Optional.of(column("dup")), table.column("dup"));
    }
  }

  @Test
  void listsAreSortedImmutableAndEqualToPlainLists() {
    TableDef table = TableDef.named("t").withColumn(column("b")).withColumn(column("a"))
        .withIndex(IndexDef.of("idx_b", false, "b")).withIndex(IndexDef.of("idx_a", false, "a"));
    TableDef plain = new TableDef("t", null, List.of(column("b"), column("a")), List.of(),
        List.of(IndexDef.of("idx_a", false, "a"), IndexDef.of("idx_b", false, "b")), List.of(), List.of(), null);

    assertEquals(List.of("b", "a"), table.columnNames());
    assertEquals(List.of("idx_a", "idx_b"), table.indexes().stream().map(IndexDef::name).toList());
    assertEquals(plain, table);
    assertEquals(plain.hashCode(), table.hashCode());
    assertEquals(List.of(column("b"), column("a")), table.columns());
    assertEquals(List.of(column("b"), column("a")).toString(), table.columns().toString());
    assertThrows(UnsupportedOperationException.class, () -> table.columns().add(column("c")));
    assertThrows(UnsupportedOperationException.class, () -> table.indexes().clear());
    assertThrows(NullPointerException.class, () -> TableDef.named("t").withColumns(java.util.Arrays.asList(
        column("a"), null)));
  }

  @Test
  void lookUpsFollowUpdates() {
    TableDef table = TableDef.named("t");
    for (int i = 0; i < 30; i++) {
      table = table.withColumn(column("c" + i));
    }
    table.column("c0");
    TableDef renamed = table.mapColumn("c3", c -> c.withName("renamed")).withoutColumn("c4");

    assertEquals(Optional.empty(), renamed.column("c3"));
    assertEquals(Optional.empty(), renamed.column("c4"));
    assertEquals(Optional.of(column("renamed")), renamed.column("renamed"));
    assertEquals(Optional.of(column("c3")), table.column("c3"));
  }
}
