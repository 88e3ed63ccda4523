package dev.strata.internal.schema.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The tables of a {@link SchemaDef}: an immutable list sorted by name, with look-ups by name and
 * updates in O(log n) that share everything but the changed path with the list they come from.
 *
 * <p>It also answers the two schema-wide questions a replay asks for every operation (which
 * tables have an index of a name, which tables reference a table), from two indexes built on
 * first use and then carried along by every update, so folding n operations stays near-linear.
 * As a {@link List} it is equal to any list of the same tables in the same order.
 */
final class SchemaTables extends AbstractList<TableDef> {
  static final SchemaTables EMPTY = new SchemaTables(PersistentSortedMap.empty(), null, null);

  private final PersistentSortedMap<String, TableDef> byName;
  /** (index name, table name) pairs, or null until first asked. */
  private volatile PersistentSortedMap<Link, Boolean> indexes;
  /** (referenced table, referencing table) pairs, or null until first asked. */
  private volatile PersistentSortedMap<Link, Boolean> references;

  private SchemaTables(PersistentSortedMap<String, TableDef> byName, PersistentSortedMap<Link, Boolean> indexes,
      PersistentSortedMap<Link, Boolean> references) {
    this.byName = byName;
    this.indexes = indexes;
    this.references = references;
  }

  /**
   * {@code tables} as sorted tables (the list itself when it already is one).
   *
   * @throws IllegalArgumentException when two tables have the same name
   * @throws NullPointerException when a table is null
   */
  static SchemaTables of(List<TableDef> tables) {
    if (tables instanceof SchemaTables sorted) {
      return sorted;
    }
    List<TableDef> list = new ArrayList<>(tables.size());
    for (TableDef table : tables) {
      list.add(Objects.requireNonNull(table, "table"));
    }
    list.sort(Comparator.comparing(TableDef::name));
    List<String> names = new ArrayList<>(list.size());
    for (TableDef table : list) {
      if (!names.isEmpty() && names.get(names.size() - 1).equals(table.name())) {
        throw new IllegalArgumentException("table " + table.name() + " appears twice");
      }
      names.add(table.name());
    }
    return new SchemaTables(PersistentSortedMap.ofSorted(names, list), null, null);
  }

  @Override
  public TableDef get(int index) {
    return byName.valueAt(index);
  }

  @Override
  public int size() {
    return byName.size();
  }

  @Override
  public Iterator<TableDef> iterator() {
    return byName.values();
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof List<?> other) || other.size() != size()) {
      return false;
    }
    Iterator<?> theirs = other.iterator();
    for (TableDef table : this) {
      if (!table.equals(theirs.next())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }

  /** The table of that name, or null. */
  TableDef find(String name) {
    return byName.get(name);
  }

  /** These tables with {@code table} added, or replacing the table of its name. */
  SchemaTables with(TableDef table) {
    TableDef old = byName.get(table.name());
    if (old == table) {
      return this;
    }
    PersistentSortedMap<Link, Boolean> idx = indexes;
    PersistentSortedMap<Link, Boolean> refs = references;
    if (old != null) {
      idx = idx == null ? null : unlink(idx, indexNames(old), old.name());
      refs = refs == null ? null : unlink(refs, referencedTables(old), old.name());
    }
    idx = idx == null ? null : link(idx, indexNames(table), table.name());
    refs = refs == null ? null : link(refs, referencedTables(table), table.name());
    return new SchemaTables(byName.put(table.name(), table), idx, refs);
  }

  /** These tables without the named one (this list itself when there is none). */
  SchemaTables without(String name) {
    TableDef old = byName.get(name);
    if (old == null) {
      return this;
    }
    PersistentSortedMap<Link, Boolean> idx = indexes;
    PersistentSortedMap<Link, Boolean> refs = references;
    return new SchemaTables(byName.remove(name),
        idx == null ? null : unlink(idx, indexNames(old), name),
        refs == null ? null : unlink(refs, referencedTables(old), name));
  }

  /** The tables with an index (or unique constraint) named {@code indexName}, by name. */
  List<TableDef> withIndex(String indexName) {
    PersistentSortedMap<Link, Boolean> idx = indexes;
    if (idx == null) {
      idx = build(true);
      indexes = idx;
    }
    return tables(idx, indexName);
  }

  /** The tables with a foreign key referencing {@code table} (itself too, if it does), by name. */
  List<TableDef> referencing(String table) {
    PersistentSortedMap<Link, Boolean> refs = references;
    if (refs == null) {
      refs = build(false);
      references = refs;
    }
    return tables(refs, table);
  }

  private List<TableDef> tables(PersistentSortedMap<Link, Boolean> links, String target) {
    List<TableDef> out = new ArrayList<>();
    for (Iterator<Link> it = links.keysFrom(new Link(target, "")); it.hasNext(); ) {
      Link link = it.next();
      if (!link.target().equals(target)) {
        break;
      }
      out.add(byName.get(link.table()));
    }
    return out;
  }

  private PersistentSortedMap<Link, Boolean> build(boolean ofIndexes) {
    TreeSet<Link> links = new TreeSet<>();
    for (TableDef table : this) {
      for (String target : ofIndexes ? indexNames(table) : referencedTables(table)) {
        links.add(new Link(target, table.name()));
      }
    }
    List<Link> keys = new ArrayList<>(links);
    return PersistentSortedMap.ofSorted(keys, Collections.nCopies(keys.size(), Boolean.TRUE));
  }

  private static PersistentSortedMap<Link, Boolean> link(PersistentSortedMap<Link, Boolean> links,
      List<String> targets, String table) {
    for (String target : targets) {
      links = links.put(new Link(target, table), Boolean.TRUE);
    }
    return links;
  }

  private static PersistentSortedMap<Link, Boolean> unlink(PersistentSortedMap<Link, Boolean> links,
      List<String> targets, String table) {
    for (String target : targets) {
      links = links.remove(new Link(target, table));
    }
    return links;
  }

  private static List<String> indexNames(TableDef table) {
    List<String> names = new ArrayList<>(table.indexes().size());
    table.indexes().forEach(i -> names.add(i.name()));
    return names;
  }

  private static List<String> referencedTables(TableDef table) {
    List<String> names = new ArrayList<>(table.foreignKeys().size());
    table.foreignKeys().forEach(fk -> names.add(fk.referencedTable()));
    return names;
  }

  /** "{@code table} has something named (or pointing at) {@code target}", ordered by target, then table. */
  private record Link(String target, String table) implements Comparable<Link> {
    @Override
    public int compareTo(Link other) {
      int c = target.compareTo(other.target);
      return c != 0 ? c : table.compareTo(other.table);
    }
  }
}
