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

  /** The referenced table and its columns, as many as this key's columns. */
  public ForeignKeyBuilder references(String table, String... columns) {
    return new ForeignKeyBuilder(name, this.columns, table, List.of(columns), onDelete, onUpdate);
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
      throw new IllegalStateException("foreign key " + name + " needs references(table, columns...)");
    }
    return new ForeignKeyDef(name, columns, referencedTable, referencedColumns, onDelete, onUpdate);
  }
}
