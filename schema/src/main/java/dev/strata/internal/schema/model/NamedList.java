package dev.strata.internal.schema.model;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * An immutable list of named things (columns, indexes, foreign keys) that finds an element by
 * name in O(1): a short list is scanned, a longer one gets a name → position map on its first
 * look-up. When two elements share a name, the first one is found, as a scan would. As a
 * {@link List} it is equal to any list of the same elements in the same order.
 *
 * @param <T> the element type
 */
final class NamedList<T> extends AbstractList<T> implements RandomAccess {
  /** Up to this size a scan is faster than building a map. */
  private static final int SCAN_LIMIT = 8;

  private final Object[] elements;
  private final Function<? super T, String> name;
  private volatile Map<String, Integer> positions;

  private NamedList(Object[] elements, Function<? super T, String> name) {
    this.elements = elements;
    this.name = name;
  }

  /**
   * An immutable copy of {@code list} (the list itself when it is one with the same naming).
   *
   * @throws NullPointerException when an element is null
   */
  static <T> NamedList<T> of(List<? extends T> list, Function<? super T, String> name) {
    if (list instanceof NamedList<? extends T> named && named.name == name) {
      @SuppressWarnings("unchecked")
      NamedList<T> same = (NamedList<T>) named;
      return same;
    }
    Object[] elements = list.toArray();
    for (Object element : elements) {
      Objects.requireNonNull(element, "element");
    }
    return new NamedList<>(elements, name);
  }

  @Override
  @SuppressWarnings("unchecked")
  public T get(int index) {
    Objects.checkIndex(index, elements.length);
    return (T) elements[index];
  }

  @Override
  public int size() {
    return elements.length;
  }

  /** The first element of that name, or null. */
  T find(String key) {
    int i = positionOf(key);
    return i < 0 ? null : get(i);
  }

  /** The position of the first element of that name, or -1. */
  int positionOf(String key) {
    if (elements.length <= SCAN_LIMIT) {
      for (int i = 0; i < elements.length; i++) {
        if (nameAt(i).equals(key)) {
          return i;
        }
      }
      return -1;
    }
    Map<String, Integer> map = positions;
    if (map == null) {
      map = new HashMap<>(elements.length * 2);
      for (int i = 0; i < elements.length; i++) {
        map.putIfAbsent(nameAt(i), i);
      }
      positions = map;
    }
    return map.getOrDefault(key, -1);
  }

  @SuppressWarnings("unchecked")
  private String nameAt(int i) {
    return name.apply((T) elements[i]);
  }
}
