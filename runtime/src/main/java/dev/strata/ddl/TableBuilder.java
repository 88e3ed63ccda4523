package dev.strata.ddl;

import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.List;

/**
 * An immutable table description for migrations:
 * {@code table("users").column(column("id", BIGINT).auto()).primaryKey("id")}.
 */
public final class TableBuilder {
  private final TableDef def;

  TableBuilder(TableDef def) {
    this.def = def;
  }

  /** Appends a column. */
  public TableBuilder column(ColumnBuilder column) {
    return new TableBuilder(def.withColumn(column.toDef()));
  }

  /** Sets the primary key columns, in key order. */
  public TableBuilder primaryKey(String... columns) {
    return new TableBuilder(def.withPrimaryKey(List.of(columns)));
  }

  /** Adds an index or unique constraint, created with the table. */
  public TableBuilder index(IndexDef index) {
    return new TableBuilder(def.withIndex(index));
  }

  /** Adds a foreign key, created with the table. */
  public TableBuilder foreignKey(ForeignKeyBuilder foreignKey) {
    return new TableBuilder(def.withForeignKey(foreignKey.toDef()));
  }

  /** The table as a model value. */
  public TableDef toDef() {
    return def;
  }
}
