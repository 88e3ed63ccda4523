package dev.strata.ddl;

import dev.strata.internal.ddl.DdlValues;
import dev.strata.internal.schema.model.TableDef;
import java.util.List;

/**
 * An immutable table description for migrations:
 * {@code table("users").column(column("id", BIGINT).auto()).primaryKey("id")}.
 */
public final class TableBuilder {
  static {
    DdlValues.register(TableBuilder.class, b -> b.def);
  }

  private final TableDef def;

  TableBuilder(TableDef def) {
    this.def = def;
  }

  /** Appends a column. */
  public TableBuilder column(ColumnBuilder column) {
    return new TableBuilder(def.withColumn(column.def()));
  }

  /** Sets the primary key columns, in key order. */
  public TableBuilder primaryKey(String... columns) {
    return new TableBuilder(def.withPrimaryKey(List.of(columns)));
  }

  /** Adds an index or unique constraint, created with the table. */
  public TableBuilder index(IndexBuilder index) {
    return new TableBuilder(def.withIndex(index.def()));
  }

  /** Adds a foreign key, created with the table. */
  public TableBuilder foreignKey(ForeignKeyBuilder foreignKey) {
    return new TableBuilder(def.withForeignKey(foreignKey.def()));
  }
}
