package dev.strata.ddl;

import dev.strata.internal.ddl.DdlValues;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.annotations.ReferentialAction;
import java.util.List;

/**
 * An immutable foreign key description for migrations:
 * {@code foreignKey("fk_posts_user_id", "user_id").references("users", "id").onDelete(CASCADE)}.
 */
public final class ForeignKeyBuilder {
  static {
    DdlValues.register(ForeignKeyBuilder.class, ForeignKeyBuilder::def);
  }

  private final String name;
  private final List<String> columns;
  private final String referencedTable;
  private final List<String> referencedColumns;
  private final ReferentialAction onDelete;
  private final ReferentialAction onUpdate;

  ForeignKeyBuilder(String name, List<String> columns, String referencedTable,
      List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate) {
    this.name = name;
    this.columns = List.copyOf(columns);
    this.referencedTable = referencedTable;
    this.referencedColumns = List.copyOf(referencedColumns);
    this.onDelete = onDelete;
    this.onUpdate = onUpdate;
  }

  /**
   * The referenced table and its columns, as many as this key's columns.
   *
   * @throws IllegalArgumentException when the table name is blank or the number of columns differs
   */
  public ForeignKeyBuilder references(String table, String... columns) {
    Checks.name("referenced table", table);
    List<String> referenced = Checks.columns("foreign key " + name + " (its referenced columns)", columns);
    if (referenced.size() != this.columns.size()) {
      throw new IllegalArgumentException("foreign key " + name + " has " + this.columns.size() + " column(s) "
          + this.columns + " but references " + referenced.size() + " " + referenced + " of table " + table
          + "; name as many referenced columns as columns");
    }
    return new ForeignKeyBuilder(name, this.columns, table, referenced, onDelete, onUpdate);
  }

  /** What happens to referencing rows when the referenced row is deleted. */
  public ForeignKeyBuilder onDelete(ReferentialAction action) {
    return new ForeignKeyBuilder(name, columns, referencedTable, referencedColumns, action, onUpdate);
  }

  /** What happens to referencing rows when the referenced key is updated. */
  public ForeignKeyBuilder onUpdate(ReferentialAction action) {
    return new ForeignKeyBuilder(name, columns, referencedTable, referencedColumns, onDelete, action);
  }

  /** The model value; {@link IllegalStateException} when {@link #references} was not called. */
  ForeignKeyDef def() {
    if (referencedTable == null) {
      throw new IllegalStateException("foreign key " + name + " " + columns + " references nothing: complete it"
          + " with .references(table, columns...)");
    }
    return new ForeignKeyDef(name, columns, referencedTable, referencedColumns, onDelete, onUpdate);
  }
}
