package dev.strata.internal.schema.model;

import dev.strata.annotations.ReferentialAction;
import java.util.List;
import java.util.Objects;

/**
 * A foreign key.
 *
 * @param name the constraint name
 * @param columns the referencing columns of this table
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, as many as {@code columns}
 * @param onDelete action on delete of the referenced row
 * @param onUpdate action on update of the referenced key
 */
public record ForeignKeyDef(
    String name,
    List<String> columns,
    String referencedTable,
    List<String> referencedColumns,
    ReferentialAction onDelete,
    ReferentialAction onUpdate) {

  public ForeignKeyDef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(referencedTable, "referencedTable");
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
    onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
    onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
    if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
      throw new IllegalArgumentException(
          "foreign key " + name + " needs as many referenced columns as columns");
    }
  }

  /** A single-column foreign key with NO ACTION on delete and update. */
  public static ForeignKeyDef of(String name, String column, String referencedTable, String referencedColumn) {
    return new ForeignKeyDef(
        name, List.of(column), referencedTable, List.of(referencedColumn),
        ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION);
  }

  /** This foreign key with another name. */
  public ForeignKeyDef withName(String newName) {
    return new ForeignKeyDef(newName, columns, referencedTable, referencedColumns, onDelete, onUpdate);
  }

  /** This foreign key over other columns. */
  public ForeignKeyDef withColumns(List<String> newColumns) {
    return new ForeignKeyDef(name, newColumns, referencedTable, referencedColumns, onDelete, onUpdate);
  }

  /** This foreign key referencing another table. */
  public ForeignKeyDef withReferencedTable(String table) {
    return new ForeignKeyDef(name, columns, table, referencedColumns, onDelete, onUpdate);
  }

  /** This foreign key referencing other columns. */
  public ForeignKeyDef withReferencedColumns(List<String> newColumns) {
    return new ForeignKeyDef(name, columns, referencedTable, newColumns, onDelete, onUpdate);
  }
}
