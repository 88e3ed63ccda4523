package dev.strata.internal.dialect;

import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.List;

/**
 * What one operation makes of one live table, for dialects that rebuild tables. More lenient than
 * {@link dev.strata.internal.replay.Replayer}: the live table may hold indexes or keys no migration
 * declared (hand-written SQL), and those go with a dropped column instead of stopping the
 * migration.
 */
final class TableChanges {
  private TableChanges() {}

  /** The table after {@code op}; {@code op} must work on {@code table}. */
  static TableDef apply(TableDef table, Operation op) {
    if (op instanceof Operation.AddColumn o) {
      return table.withColumn(o.column().withoutHints());
    }
    if (op instanceof Operation.DropColumn o) {
      String column = o.column();
      return table.withoutColumn(column)
          // A key that loses a column is no longer the key the user declared: it goes.
          .withPrimaryKey(table.primaryKey().contains(column) ? List.of() : table.primaryKey())
          .withIndexes(table.indexes().stream().filter(i -> !i.columns().contains(column)).toList())
          .withForeignKeys(table.foreignKeys().stream().filter(f -> !f.columns().contains(column)).toList());
    }
    if (op instanceof Operation.AlterColumn o) {
      ColumnDef target = o.column();
      return table.mapColumn(target.name(), c -> c.withType(target.type())
          .withNullable(target.nullable()).withDefaultValue(target.defaultValue()));
    }
    if (op instanceof Operation.AddForeignKey o) {
      return table.withoutForeignKey(o.foreignKey().name()).withForeignKey(o.foreignKey());
    }
    if (op instanceof Operation.DropForeignKey o) {
      return table.withoutForeignKey(o.foreignKey());
    }
    if (op instanceof Operation.AddPrimaryKey o) {
      return table.withPrimaryKey(o.columns());
    }
    if (op instanceof Operation.DropPrimaryKey) {
      return table.withPrimaryKey(List.of());
    }
    throw new IllegalArgumentException("not a table change: " + op.canonical());
  }
}
