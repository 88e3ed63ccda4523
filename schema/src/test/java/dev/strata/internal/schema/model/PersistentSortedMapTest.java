package dev.strata.internal.schema.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PersistentSortedMapTest {

  @Test
  void randomUpdatesAgreeWithTreeMapAndLeaveOlderVersionsAlone() {
    Random random = new Random(7);
    PersistentSortedMap<Integer, String> map = PersistentSortedMap.empty();
    TreeMap<Integer, String> expected = new TreeMap<>();
    List<PersistentSortedMap<Integer, String>> versions = new ArrayList<>();
    List<TreeMap<Integer, String>> expectedVersions = new ArrayList<>();
    for (int step = 0; step < 4000; step++) {
      int key = random.nextInt(600);
      if (random.nextInt(3) == 0) {
        map = map.remove(key);
        expected.remove(key);
      } else {
        map = map.put(key, "v" + step);
        expected.put(key, "v" + step);
      }
      if (step % 500 == 0) {
        versions.add(map);
        expectedVersions.add(new TreeMap<>(expected));
      }
      if (step % 97 == 0) {
        assertSameContent(expected, map);
      }
    }
    assertSameContent(expected, map);
    for (int i = 0; i < versions.size(); i++) {
      assertSameContent(expectedVersions.get(i), versions.get(i));
    }
  }

  @Test
  void staysBalancedWhenKeysArriveInOrder() {
    PersistentSortedMap<Integer, Integer> map = PersistentSortedMap.empty();
    for (int i = 0; i < 10_000; i++) {
      map = map.put(i, i);
    }
    assertTrue(map.height() <= avlBound(10_000), "height " + map.height());
    for (int i = 0; i < 10_000; i += 2) {
      map = map.remove(i);
    }
    assertEquals(5_000, map.size());
    assertTrue(map.height() <= avlBound(5_000), "height " + map.height());
  }

  @Test
  void buildsBalancedFromSortedKeysAndRejectsOthers() {
    List<Integer> keys = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      keys.add(i * 3);
    }
    PersistentSortedMap<Integer, Integer> map = PersistentSortedMap.ofSorted(keys, keys);
    assertEquals(1000, map.size());
    assertEquals(10, map.height());
    assertEquals(Integer.valueOf(2997), map.get(2997));
    assertNull(map.get(2998));
    assertThrows(IllegalArgumentException.class, () -> PersistentSortedMap.ofSorted(List.of(2, 1), List.of(2, 1)));
    assertThrows(IllegalArgumentException.class, () -> PersistentSortedMap.ofSorted(List.of(1, 1), List.of(1, 1)));
  }

  @Test
  void unchangedUpdatesReturnTheSameMap() {
    String value = "a";
    PersistentSortedMap<String, String> map = PersistentSortedMap.<String, String>empty().put("a", value);
    assertSame(map, map.put("a", value));
    assertSame(map, map.remove("b"));
  }

  @Test
  void keysFromStartsAtTheCeiling() {
    PersistentSortedMap<String, Boolean> map = PersistentSortedMap.empty();
    for (String key : List.of("b", "d", "f", "h")) {
      map = map.put(key, true);
    }
    assertEquals(List.of("d", "f", "h"), list(map.keysFrom("c")));
    assertEquals(List.of("d", "f", "h"), list(map.keysFrom("d")));
    assertEquals(List.of("b", "d", "f", "h"), list(map.keysFrom("")));
    assertEquals(List.of(), list(map.keysFrom("i")));
    assertThrows(IndexOutOfBoundsException.class, () -> PersistentSortedMap.<String, Boolean>empty().valueAt(0));
  }

  private static void assertSameContent(TreeMap<Integer, String> expected, PersistentSortedMap<Integer, String> map) {
    assertEquals(expected.size(), map.size());
    assertEquals(new ArrayList<>(expected.values()), list(map.values()));
    int i = 0;
    for (Map.Entry<Integer, String> e : expected.entrySet()) {
      assertEquals(e.getValue(), map.get(e.getKey()));
      assertEquals(e.getValue(), map.valueAt(i++));
    }
    assertNull(map.get(-1));
    Integer from = expected.isEmpty() ? 0 : expected.firstKey() + 1;
    assertEquals(new ArrayList<>(expected.tailMap(from, true).keySet()), list(map.keysFrom(from)));
    assertTrue(map.height() <= avlBound(map.size()), "height " + map.height() + " for " + map.size());
  }

  /** The height an AVL tree of n nodes can reach: under 1.4405 log2(n + 2) - 0.3277. */
  private static int avlBound(int n) {
    return (int) Math.floor(1.4405 * Math.log(n + 2) / Math.log(2) - 0.3277);
  }

  private static <T> List<T> list(Iterator<T> it) {
    List<T> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
