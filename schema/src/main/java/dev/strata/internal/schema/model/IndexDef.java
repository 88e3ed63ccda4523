package dev.strata.internal.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * An index over one or more columns. A unique constraint is a unique index.
 *
 * @param name the index name, unique within the schema
 * @param columns column names, in index order (at least one)
 * @param unique whether the indexed values must be unique
 */
public record IndexDef(String name, List<String> columns, boolean unique) {

  public IndexDef {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("index " + name + " has no columns");
    }
  }

  /** An index over {@code columns}, in order. */
  public static IndexDef of(String name, boolean unique, String... columns) {
    return new IndexDef(name, List.of(columns), unique);
  }

  /** This index with another name. */
  public IndexDef withName(String newName) {
    return new IndexDef(newName, columns, unique);
  }

  /** This index over other columns. */
  public IndexDef withColumns(List<String> newColumns) {
    return new IndexDef(name, newColumns, unique);
  }
}
