package dev.strata.testing;

import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.foreignKey;
import static dev.strata.ddl.Ddl.table;

import dev.strata.Migration;
import dev.strata.MigrationContext;
import dev.strata.ddl.ColumnBuilder;
import dev.strata.ddl.ForeignKeyBuilder;
import dev.strata.ddl.TableBuilder;
import dev.strata.loader.ResolvedMigration;
import dev.strata.operation.Operation;
import dev.strata.schema.model.ColumnDef;
import dev.strata.schema.model.ForeignKeyDef;
import dev.strata.schema.model.IndexDef;
import dev.strata.schema.model.TableDef;
import java.util.List;

/**
 * A migration whose {@code up()} makes exactly the given operations through the migration DSL, as
 * a generated migration would: for feeding diff results to the runner without compiling source.
 */
public final class OperationsMigration implements Migration {
  private final List<Operation> up;

  public OperationsMigration(List<Operation> up) {
    this.up = List.copyOf(up);
  }

  /** A resolved migration of {@code up} at {@code version}. */
  public static ResolvedMigration resolved(String version, String description, List<Operation> up) {
    return new ResolvedMigration(version, description, new OperationsMigration(up));
  }

  @Override
  public void up(MigrationContext db) {
    for (Operation op : up) {
      make(db, op);
    }
  }

  private static void make(MigrationContext db, Operation op) {
    if (op instanceof Operation.CreateTable o) {
      db.createTable(builder(o.definition()));
    } else if (op instanceof Operation.DropTable o) {
      db.dropTable(o.table());
    } else if (op instanceof Operation.RenameTable o) {
      db.renameTable(o.table(), o.newName());
    } else if (op instanceof Operation.AddColumn o) {
      db.addColumn(o.table(), builder(o.column()));
    } else if (op instanceof Operation.DropColumn o) {
      db.dropColumn(o.table(), o.column());
    } else if (op instanceof Operation.RenameColumn o) {
      db.renameColumn(o.table(), o.column(), o.newName());
    } else if (op instanceof Operation.AlterColumn o) {
      db.alterColumn(o.table(), builder(o.column()));
    } else if (op instanceof Operation.CreateIndex o) {
      db.createIndex(o.table(), o.index());
    } else if (op instanceof Operation.DropIndex o) {
      db.dropIndex(o.table(), o.index());
    } else if (op instanceof Operation.AddForeignKey o) {
      db.addForeignKey(o.table(), builder(o.foreignKey()));
    } else if (op instanceof Operation.DropForeignKey o) {
      db.dropForeignKey(o.table(), o.foreignKey());
    } else if (op instanceof Operation.AddPrimaryKey o) {
      db.addPrimaryKey(o.table(), o.columns().toArray(String[]::new));
    } else if (op instanceof Operation.DropPrimaryKey o) {
      db.dropPrimaryKey(o.table());
    } else if (op instanceof Operation.ExecuteSql o) {
      if (o.database() == null) {
        db.executeSql(o.sql());
      } else {
        db.executeSql(o.database(), o.sql());
      }
    } else if (op instanceof Operation.RunCode o) {
      db.run(o.action());
    } else {
      throw new IllegalArgumentException("unknown operation " + op);
    }
  }

  private static TableBuilder builder(TableDef def) {
    TableBuilder table = table(def.name());
    for (ColumnDef c : def.columns()) {
      table = table.column(builder(c));
    }
    if (!def.primaryKey().isEmpty()) {
      table = table.primaryKey(def.primaryKey().toArray(String[]::new));
    }
    for (IndexDef index : def.indexes()) {
      table = table.index(index);
    }
    for (ForeignKeyDef fk : def.foreignKeys()) {
      table = table.foreignKey(builder(fk));
    }
    return table;
  }

  private static ColumnBuilder builder(ColumnDef def) {
    ColumnBuilder column = column(def.name(), def.type());
    if (def.nullable()) {
      column = column.nullable();
    }
    if (def.defaultValue() != null) {
      column = column.defaultValue(def.defaultValue());
    }
    return def.auto() ? column.auto() : column;
  }

  private static ForeignKeyBuilder builder(ForeignKeyDef def) {
    return foreignKey(def.name(), def.columns().toArray(String[]::new))
        .references(def.referencedTable(), def.referencedColumns().toArray(String[]::new))
        .onDelete(def.onDelete()).onUpdate(def.onUpdate());
  }
}
