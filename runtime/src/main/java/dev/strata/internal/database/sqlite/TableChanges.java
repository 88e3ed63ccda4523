package dev.strata.internal.database.sqlite;

import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.List;

/**
 * What one operation makes of one live table, for SQLite's table rebuild. More lenient than
 * {@link dev.strata.internal.replay.Replayer}: the live table may hold indexes or keys no migration
 * declared (hand-written SQL), and those go with a dropped column instead of stopping the
 * migration.
 */
final class TableChanges {
  private TableChanges() {}

  /**
   * The table after {@code op}; {@code op} must work on {@code table}.
   *
   * @throws IllegalArgumentException for an operation that is not done by rebuilding one table
   *     (creating, dropping or renaming tables, columns and indexes; SQL and code steps)
   */
  static TableDef apply(TableDef table, Operation op) {
    return op.accept(new Change(table));
  }

  private record Change(TableDef table) implements Operation.Visitor<TableDef> {

    @Override
    public TableDef visitAddColumn(Operation.AddColumn op) {
      return table.withColumn(op.column().withoutHints());
    }

    @Override
    public TableDef visitDropColumn(Operation.DropColumn op) {
      String column = op.column();
      return table.withoutColumn(column)
          // A key that loses a column is no longer the key the user declared: it goes.
          .withPrimaryKey(table.primaryKey().contains(column) ? List.of() : table.primaryKey())
          .withIndexes(table.indexes().stream().filter(i -> !i.columns().contains(column)).toList())
          .withForeignKeys(table.foreignKeys().stream().filter(f -> !f.columns().contains(column)).toList())
          // as would SQLite's own DROP COLUMN refuse a check naming it: the check goes with it
          .withChecks(table.checks().stream().filter(c -> !c.mentionsColumn(column)).toList());
    }

    @Override
    public TableDef visitAddCheck(Operation.AddCheck op) {
      return table.withoutCheck(op.check().name()).withCheck(op.check());
    }

    @Override
    public TableDef visitDropCheck(Operation.DropCheck op) {
      return table.withoutCheck(op.check());
    }

    @Override
    public TableDef visitAlterColumn(Operation.AlterColumn op) {
      ColumnDef target = op.column();
      return table.mapColumn(target.name(), c -> c.withType(target.type())
          .withNullable(target.nullable()).withDefaultValue(target.defaultValue()));
    }

    @Override
    public TableDef visitAddForeignKey(Operation.AddForeignKey op) {
      return table.withoutForeignKey(op.foreignKey().name()).withForeignKey(op.foreignKey());
    }

    @Override
    public TableDef visitDropForeignKey(Operation.DropForeignKey op) {
      return table.withoutForeignKey(op.foreignKey());
    }

    @Override
    public TableDef visitAddPrimaryKey(Operation.AddPrimaryKey op) {
      return table.withPrimaryKey(op.columns());
    }

    @Override
    public TableDef visitDropPrimaryKey(Operation.DropPrimaryKey op) {
      return table.withPrimaryKey(List.of());
    }

    @Override
    public TableDef visitCreateTable(Operation.CreateTable op) {
      return notATableChange(op);
    }

    @Override
    public TableDef visitDropTable(Operation.DropTable op) {
      return notATableChange(op);
    }

    @Override
    public TableDef visitRenameTable(Operation.RenameTable op) {
      return notATableChange(op);
    }

    @Override
    public TableDef visitRenameColumn(Operation.RenameColumn op) {
      return notATableChange(op);
    }

    @Override
    public TableDef visitCreateIndex(Operation.CreateIndex op) {
      return notATableChange(op);
    }

    @Override
    public TableDef visitDropIndex(Operation.DropIndex op) {
      return notATableChange(op);
    }

    @Override
    public TableDef visitExecuteSql(Operation.ExecuteSql op) {
      return notATableChange(op);
    }

    @Override
    public TableDef visitRunCode(Operation.RunCode op) {
      return notATableChange(op);
    }

    private static TableDef notATableChange(Operation op) {
      throw new IllegalArgumentException("not a table change: " + op.canonical());
    }
  }
}
