package dev.strata.internal.schema.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class NamedMergeTest {

  /** A named thing with a value, so "same name, different element" can be told apart. */
  private record Item(String name, int value) {}

  private static final Function<Item, String> NAME = Item::name;

  private static Item item(String name) {
    return new Item(name, 0);
  }

  @Test
  void pairsByNameInNameOrder() {
    List<Item> left = List.of(item("a"), item("c"), new Item("d", 1), item("f"));
    List<Item> right = List.of(item("b"), item("c"), new Item("d", 2), item("g"));

    List<NamedMerge.Entry<Item>> merged = NamedMerge.merge(left, right, NAME);

    assertEquals(List.of(
        new NamedMerge.Entry<>("a", item("a"), null),
        new NamedMerge.Entry<>("b", null, item("b")),
        new NamedMerge.Entry<>("c", item("c"), item("c")),
        new NamedMerge.Entry<>("d", new Item("d", 1), new Item("d", 2)),
        new NamedMerge.Entry<>("f", item("f"), null),
        new NamedMerge.Entry<>("g", null, item("g"))), merged);
    NamedMerge.Entry<Item> c = merged.get(2);
    NamedMerge.Entry<Item> d = merged.get(3);
    assertTrue(c.inBoth() && c.same() && !c.onlyLeft() && !c.onlyRight());
    assertTrue(d.inBoth() && !d.same());
    assertTrue(merged.get(0).onlyLeft() && !merged.get(0).inBoth() && !merged.get(0).same());
    assertTrue(merged.get(1).onlyRight() && !merged.get(1).onlyLeft());
  }

  @Test
  void emptySides() {
    assertEquals(List.of(), NamedMerge.merge(List.<Item>of(), List.of(), NAME));
    assertEquals(List.of(new NamedMerge.Entry<>("a", item("a"), null)),
        NamedMerge.merge(List.of(item("a")), List.of(), NAME));
    assertEquals(List.of(new NamedMerge.Entry<>("a", null, item("a"))),
        NamedMerge.merge(List.of(), List.of(item("a")), NAME));
  }

  @Test
  void namesCompareExactlyAndByCodePoint() {
    List<NamedMerge.Entry<Item>> merged = NamedMerge.merge(List.of(item("B"), item("a")), List.of(item("b")), NAME);
    assertEquals(List.of("B", "a", "b"), merged.stream().map(NamedMerge.Entry::name).toList());
    assertTrue(merged.stream().noneMatch(NamedMerge.Entry::inBoth));
  }

  @Test
  void rejectsUnsortedOrRepeatedNames() {
    IllegalArgumentException unsorted = assertThrows(IllegalArgumentException.class,
        () -> NamedMerge.merge(List.of(item("b"), item("a")), List.of(), NAME));
    assertEquals("the left list is not sorted by distinct names: b comes before a", unsorted.getMessage());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> NamedMerge.merge(List.of(item("a")), List.of(item("a"), item("a")), NAME));
    assertEquals("the right list is not sorted by distinct names: a comes before a", twice.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new NamedMerge.Entry<Item>("x", null, null));
  }

  /** Against a brute force over the union of names: every name once, each side as a look-up finds it. */
  @Test
  void agreesWithLookUpsOnRandomLists() {
    Random random = new Random(3);
    for (int round = 0; round < 200; round++) {
      List<Item> left = randomSorted(random);
      List<Item> right = randomSorted(random);

      List<NamedMerge.Entry<Item>> merged = NamedMerge.merge(left, right, NAME);

      TreeSet<String> names = new TreeSet<>();
      left.forEach(i -> names.add(i.name()));
      right.forEach(i -> names.add(i.name()));
      List<NamedMerge.Entry<Item>> expected = new ArrayList<>();
      for (String name : names) {
        expected.add(new NamedMerge.Entry<>(name, find(left, name), find(right, name)));
      }
      assertEquals(expected, merged);
      assertEquals(left, merged.stream().map(NamedMerge.Entry::left).filter(Objects::nonNull).toList());
      assertEquals(right, merged.stream().map(NamedMerge.Entry::right).filter(Objects::nonNull).toList());
    }
  }

  @Test
  void walksTheSchemaModelsOwnLists() {
    SchemaDef schema = new SchemaDef(List.of(TableDef.named("b"), TableDef.named("a"), TableDef.named("c")));
    List<NamedMerge.Entry<TableDef>> merged = NamedMerge.merge(schema.tables(),
        schema.withoutTable("b").tables(), TableDef::name);
    assertEquals(List.of("a", "b", "c"), merged.stream().map(NamedMerge.Entry::name).toList());
    assertFalse(merged.get(1).inBoth());
    assertTrue(merged.get(1).onlyLeft());
  }

  private static List<Item> randomSorted(Random random) {
    TreeSet<String> names = new TreeSet<>();
    int size = random.nextInt(12);
    while (names.size() < size) {
      names.add(String.valueOf((char) ('a' + random.nextInt(16))));
    }
    return names.stream().map(n -> new Item(n, random.nextInt(2))).toList();
  }

  private static Item find(List<Item> items, String name) {
    return items.stream().filter(i -> i.name().equals(name)).findFirst().orElse(null);
  }
}
