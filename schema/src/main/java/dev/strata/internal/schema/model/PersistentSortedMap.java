package dev.strata.internal.schema.model;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;

/**
 * An immutable sorted map whose updates return a new map sharing all but O(log n) nodes with the
 * old one (an AVL tree whose nodes also count their subtree, for access by position). This is
 * what lets a replay fold thousands of operations into schema values without copying the schema
 * at every step, while each intermediate value stays a complete, immutable schema.
 *
 * @param <K> the key, ordered by its natural order
 * @param <V> the value
 */
final class PersistentSortedMap<K extends Comparable<? super K>, V> {
  private static final PersistentSortedMap<?, ?> EMPTY = new PersistentSortedMap<>(null);

  private final Node<K, V> root;

  private PersistentSortedMap(Node<K, V> root) {
    this.root = root;
  }

  @SuppressWarnings("unchecked")
  static <K extends Comparable<? super K>, V> PersistentSortedMap<K, V> empty() {
    return (PersistentSortedMap<K, V>) EMPTY;
  }

  /**
   * The map of {@code keys} to {@code values}, both in key order, built balanced in O(n).
   *
   * @throws IllegalArgumentException when the keys are not strictly increasing or the lists'
   *     sizes differ
   */
  static <K extends Comparable<? super K>, V> PersistentSortedMap<K, V> ofSorted(List<K> keys, List<V> values) {
    if (keys.size() != values.size()) {
      throw new IllegalArgumentException(keys.size() + " keys but " + values.size() + " values");
    }
    for (int i = 1; i < keys.size(); i++) {
      if (keys.get(i - 1).compareTo(keys.get(i)) >= 0) {
        throw new IllegalArgumentException("keys out of order: " + keys.get(i - 1) + ", " + keys.get(i));
      }
    }
    return new PersistentSortedMap<>(build(keys, values, 0, keys.size()));
  }

  private static <K, V> Node<K, V> build(List<K> keys, List<V> values, int from, int to) {
    if (from >= to) {
      return null;
    }
    int mid = (from + to) >>> 1;
    return Node.of(keys.get(mid), values.get(mid), build(keys, values, from, mid), build(keys, values, mid + 1, to));
  }

  int size() {
    return root == null ? 0 : root.size;
  }

  /** The value of {@code key}, or null. */
  V get(K key) {
    Node<K, V> node = root;
    while (node != null) {
      int c = key.compareTo(node.key);
      if (c == 0) {
        return node.value;
      }
      node = c < 0 ? node.left : node.right;
    }
    return null;
  }

  /**
   * The value at {@code index} in key order.
   *
   * @throws IndexOutOfBoundsException when {@code index} is not in {@code [0, size())}
   */
  V valueAt(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException("index " + index + " of " + size());
    }
    Node<K, V> node = root;
    while (true) {
      int leftSize = size(node.left);
      if (index < leftSize) {
        node = node.left;
      } else if (index == leftSize) {
        return node.value;
      } else {
        index -= leftSize + 1;
        node = node.right;
      }
    }
  }

  /** This map with {@code key} mapped to {@code value} (added, or replacing the old value). */
  PersistentSortedMap<K, V> put(K key, V value) {
    Node<K, V> next = put(root, key, value);
    return next == root ? this : new PersistentSortedMap<>(next);
  }

  /** This map without {@code key} (this map itself when it has no such key). */
  PersistentSortedMap<K, V> remove(K key) {
    Node<K, V> next = remove(root, key);
    return next == root ? this : new PersistentSortedMap<>(next);
  }

  /** The values in key order. */
  Iterator<V> values() {
    return new InOrder<>(root, null, (k, v) -> v);
  }

  /** The keys from the smallest key at or above {@code from} on, in order. */
  Iterator<K> keysFrom(K from) {
    return new InOrder<>(root, from, (k, v) -> k);
  }

  /** The height of the tree: at most about 1.44 log2(n + 2), which tests check. */
  int height() {
    return height(root);
  }

  private static <K extends Comparable<? super K>, V> Node<K, V> put(Node<K, V> node, K key, V value) {
    if (node == null) {
      return Node.of(key, value, null, null);
    }
    int c = key.compareTo(node.key);
    if (c == 0) {
      return node.value == value ? node : Node.of(key, value, node.left, node.right);
    }
    if (c < 0) {
      Node<K, V> left = put(node.left, key, value);
      return left == node.left ? node : balance(node.key, node.value, left, node.right);
    }
    Node<K, V> right = put(node.right, key, value);
    return right == node.right ? node : balance(node.key, node.value, node.left, right);
  }

  private static <K extends Comparable<? super K>, V> Node<K, V> remove(Node<K, V> node, K key) {
    if (node == null) {
      return null;
    }
    int c = key.compareTo(node.key);
    if (c < 0) {
      Node<K, V> left = remove(node.left, key);
      return left == node.left ? node : balance(node.key, node.value, left, node.right);
    }
    if (c > 0) {
      Node<K, V> right = remove(node.right, key);
      return right == node.right ? node : balance(node.key, node.value, node.left, right);
    }
    if (node.left == null) {
      return node.right;
    }
    if (node.right == null) {
      return node.left;
    }
    Node<K, V> first = node.right;
    while (first.left != null) {
      first = first.left;
    }
    return balance(first.key, first.value, node.left, removeFirst(node.right));
  }

  private static <K, V> Node<K, V> removeFirst(Node<K, V> node) {
    if (node.left == null) {
      return node.right;
    }
    return balance(node.key, node.value, removeFirst(node.left), node.right);
  }

  /** A node over {@code left} and {@code right}, whose heights differ by at most 2, rebalanced. */
  private static <K, V> Node<K, V> balance(K key, V value, Node<K, V> left, Node<K, V> right) {
    int lh = height(left);
    int rh = height(right);
    if (lh > rh + 1) {
      if (height(left.left) >= height(left.right)) {
        return Node.of(left.key, left.value, left.left, Node.of(key, value, left.right, right));
      }
      Node<K, V> lr = left.right;
      return Node.of(lr.key, lr.value, Node.of(left.key, left.value, left.left, lr.left),
          Node.of(key, value, lr.right, right));
    }
    if (rh > lh + 1) {
      if (height(right.right) >= height(right.left)) {
        return Node.of(right.key, right.value, Node.of(key, value, left, right.left), right.right);
      }
      Node<K, V> rl = right.left;
      return Node.of(rl.key, rl.value, Node.of(key, value, left, rl.left),
          Node.of(right.key, right.value, rl.right, right.right));
    }
    return Node.of(key, value, left, right);
  }

  private static int height(Node<?, ?> node) {
    return node == null ? 0 : node.height;
  }

  private static int size(Node<?, ?> node) {
    return node == null ? 0 : node.size;
  }

  private static final class Node<K, V> {
    final K key;
    final V value;
    final Node<K, V> left;
    final Node<K, V> right;
    final int height;
    final int size;

    private Node(K key, V value, Node<K, V> left, Node<K, V> right) {
      this.key = key;
      this.value = value;
      this.left = left;
      this.right = right;
      this.height = Math.max(height(left), height(right)) + 1;
      this.size = size(left) + size(right) + 1;
    }

    static <K, V> Node<K, V> of(K key, V value, Node<K, V> left, Node<K, V> right) {
      return new Node<>(key, value, left, right);
    }
  }

  /** Walks the tree in key order with a stack of the nodes still to visit (no recursion). */
  private static final class InOrder<K extends Comparable<? super K>, V, T> implements Iterator<T> {
    private final ArrayDeque<Node<K, V>> stack = new ArrayDeque<>();
    private final BiFunction<K, V, T> result;

    InOrder(Node<K, V> root, K from, BiFunction<K, V, T> result) {
      this.result = result;
      Node<K, V> node = root;
      while (node != null) {
        if (from == null || from.compareTo(node.key) <= 0) {
          stack.push(node);
          node = node.left;
        } else {
          node = node.right;
        }
      }
    }

    @Override
    public boolean hasNext() {
      return !stack.isEmpty();
    }

    @Override
    public T next() {
      if (stack.isEmpty()) {
        throw new NoSuchElementException();
      }
      Node<K, V> node = stack.pop();
      for (Node<K, V> n = node.right; n != null; n = n.left) {
        stack.push(n);
      }
      return result.apply(node.key, node.value);
    }
  }
}
