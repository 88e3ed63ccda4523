package dev.strata.internal.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * An index over one or more columns. A unique constraint is a unique index.
 *
 * <p>A partial index carries a {@code where} predicate: only rows for which it holds are indexed
 * (and, for a unique index, must be unique). The predicate is SQL text used verbatim, as the
 * model declared it; a blank predicate is normalised to {@code null}, so "not partial" has one
 * representation.
 *
 * @param name the index name, unique within the schema
 * @param columns column names, in index order (at least one)
 * @param unique whether the indexed values must be unique
 * @param where the predicate of a partial index, without the {@code WHERE} keyword; {@code null}
 *     for an index over every row
 */
public record IndexDef(String name, List<String> columns, boolean unique, String where) {

  public IndexDef {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("index " + name + " has no columns");
    }
    if (where != null) {
      where = where.strip();
      if (where.isEmpty()) {
        where = null;
      }
    }
  }

  /** An index over every row. */
  public IndexDef(String name, List<String> columns, boolean unique) {
    this(name, columns, unique, null);
  }

  /** An index over {@code columns}, in order, over every row. */
  public static IndexDef of(String name, boolean unique, String... columns) {
    return new IndexDef(name, List.of(columns), unique, null);
  }

  /** Whether this is a partial index (it has a {@code where} predicate). */
  public boolean partial() {
    return where != null;
  }

  /** This index with another name. */
  public IndexDef withName(String newName) {
    return new IndexDef(newName, columns, unique, where);
  }

  /** This index over other columns. */
  public IndexDef withColumns(List<String> newColumns) {
    return new IndexDef(name, newColumns, unique, where);
  }

  /** This index with another predicate ({@code null} or blank: over every row). */
  public IndexDef withWhere(String newWhere) {
    return new IndexDef(name, columns, unique, newWhere);
  }
}
