package dev.strata.ddl;

import dev.strata.internal.ddl.DdlValues;
import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
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

  /**
   * Appends a column.
   *
   * @throws IllegalArgumentException when the table already has a column of that name
   */
  public TableBuilder column(ColumnBuilder column) {
    ColumnDef def = column.def();
    if (this.def.column(def.name()).isPresent()) {
      throw new IllegalArgumentException("table " + this.def.name() + " already has a column " + def.name()
          + "; give each column its own name");
    }
    return new TableBuilder(this.def.withColumn(def));
  }

  /** Sets the primary key columns, in key order. */
  public TableBuilder primaryKey(String... columns) {
    return new TableBuilder(def.withPrimaryKey(List.of(columns)));
  }

  /**
   * Adds an index or unique constraint, created with the table.
   *
   * @throws IllegalArgumentException when the table already has an index of that name
   */
  public TableBuilder index(IndexBuilder index) {
    IndexDef def = index.def();
    if (this.def.index(def.name()).isPresent()) {
      throw new IllegalArgumentException("table " + this.def.name() + " already has an index " + def.name()
          + "; give each index its own name");
    }
    return new TableBuilder(this.def.withIndex(def));
  }

  /**
   * Adds a foreign key, created with the table.
   *
   * @throws IllegalStateException when {@code foreignKey} has no {@code references(...)}
   * @throws IllegalArgumentException when the table already has a foreign key of that name
   */
  public TableBuilder foreignKey(ForeignKeyBuilder foreignKey) {
    ForeignKeyDef def = foreignKey.def();
    if (this.def.foreignKey(def.name()).isPresent()) {
      throw new IllegalArgumentException("table " + this.def.name() + " already has a foreign key " + def.name()
          + "; give each foreign key its own name");
    }
    return new TableBuilder(this.def.withForeignKey(def));
  }

  /**
   * Adds a CHECK constraint, created with the table.
   *
   * @throws IllegalArgumentException when the table already has a check of that name
   */
  public TableBuilder check(CheckBuilder check) {
    CheckDef def = check.def();
    if (this.def.check(def.name()).isPresent()) {
      throw new IllegalArgumentException("table " + this.def.name() + " already has a check " + def.name()
          + "; give each check its own name");
    }
    return new TableBuilder(this.def.withCheck(def));
  }
}
