package dev.strata.internal.schema.model;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Pairs two lists of named things by name in one walk, as jOOQ's {@code Diff} does: both lists
 * sorted by name (the model keeps tables, indexes and foreign keys so), the result is every name
 * of either list once, in name order, with what each side holds under it. The schema diff and
 * the drift report both compare schemas through it, so they agree on what "the same table,
 * index or foreign key" means. Linear in the sizes of the lists.
 *
 * <p>Columns are kept in declaration order, not by name; compare them by position and
 * {@link TableDef#column(String)} instead.
 */
public final class NamedMerge {

  private NamedMerge() {}

  /**
   * What one name holds on each side.
   *
   * @param name the name
   * @param left the left list's element of that name, or null when only the right has it
   * @param right the right list's element of that name, or null when only the left has it
   * @param <T> the element type
   */
  public record Entry<T>(String name, T left, T right) {

    /**
     * @throws IllegalArgumentException when neither side has an element
     */
    public Entry {
      Objects.requireNonNull(name, "name");
      if (left == null && right == null) {
        throw new IllegalArgumentException("entry " + name + " has neither side");
      }
    }

    /** Whether only the left list has this name. */
    public boolean onlyLeft() {
      return right == null;
    }

    /** Whether only the right list has this name. */
    public boolean onlyRight() {
      return left == null;
    }

    /** Whether both lists have this name. */
    public boolean inBoth() {
      return left != null && right != null;
    }

    /** Whether both lists have this name with equal elements. */
    public boolean same() {
      return inBoth() && left.equals(right);
    }
  }

  /**
   * Every name of {@code left} and {@code right}, in name order ({@link String#compareTo}), each
   * with its element from either side. Filtering the result by side gives that side's elements
   * in their own order.
   *
   * @param left elements sorted by name, names distinct
   * @param right elements sorted by name, names distinct
   * @param name the name of an element
   * @throws IllegalArgumentException when a list is not sorted by name or has a name twice
   * @throws NullPointerException when an element is null
   */
  public static <T> List<Entry<T>> merge(List<? extends T> left, List<? extends T> right,
      Function<? super T, String> name) {
    List<Entry<T>> out = new ArrayList<>(Math.max(left.size(), right.size()));
    Iterator<? extends T> lefts = left.iterator();
    Iterator<? extends T> rights = right.iterator();
    T l = next(lefts);
    T r = next(rights);
    String lastLeft = null;
    String lastRight = null;
    while (l != null || r != null) {
      String ln = l == null ? null : name.apply(l);
      String rn = r == null ? null : name.apply(r);
      int c = ln == null ? 1 : rn == null ? -1 : ln.compareTo(rn);
      if (c < 0) {
        out.add(new Entry<>(ln, l, null));
      } else if (c > 0) {
        out.add(new Entry<>(rn, null, r));
      } else {
        out.add(new Entry<>(ln, l, r));
      }
      if (c <= 0) {
        lastLeft = checkOrder("left", lastLeft, ln);
        l = next(lefts);
      }
      if (c >= 0) {
        lastRight = checkOrder("right", lastRight, rn);
        r = next(rights);
      }
    }
    return out;
  }

  private static <T> T next(Iterator<? extends T> it) {
    return it.hasNext() ? Objects.requireNonNull(it.next(), "element") : null;
  }

  private static String checkOrder(String side, String previous, String next) {
    if (previous != null && previous.compareTo(next) >= 0) {
      throw new IllegalArgumentException("the " + side + " list is not sorted by distinct names: " + previous
          + " comes before " + next);
    }
    return next;
  }
}
