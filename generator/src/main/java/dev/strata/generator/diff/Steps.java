package dev.strata.generator.diff;

import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Classifies operations and builds their inverses, both from the schema the operation applies
 * to. Texts are shared by the comments in generated migrations and by refusals.
 */
final class Steps {

  private Steps() {}

  /** {@code op} with its impact and comment, as applied to {@code before}. */
  static Step describe(Operation op, SchemaDef before) {
    if (op instanceof Operation.DropTable o) {
      return new Step(op, Impact.DESTRUCTIVE, "removes table " + o.table() + " and all its rows");
    }
    if (op instanceof Operation.DropColumn o) {
      return new Step(op, Impact.DESTRUCTIVE, "removes column " + o.table() + "." + o.column() + " and its data");
    }
    if (op instanceof Operation.AlterColumn o) {
      String name = o.table() + "." + o.column().name();
      List<String> losses = alterLosses(o, column(before, o.table(), o.column().name()), name);
      return losses.isEmpty()
          ? new Step(op, Impact.MODIFYING, null)
          : new Step(op, Impact.DESTRUCTIVE, String.join("; ", losses));
    }
    if (op instanceof Operation.CreateTable || op instanceof Operation.AddColumn
        || op instanceof Operation.CreateIndex || op instanceof Operation.AddForeignKey
        || op instanceof Operation.AddPrimaryKey) {
      return new Step(op, Impact.ADDITIVE, null);
    }
    return new Step(op, Impact.MODIFYING, null);
  }

  /** Why a refused destructive step is refused, and how to let it through. */
  static String refusal(Operation op, SchemaDef before) {
    String allow = " Pass --allow-destructive to generate it anyway.";
    if (op instanceof Operation.DropTable o) {
      return "Refused: dropping table " + o.table() + " removes all its rows." + allow;
    }
    if (op instanceof Operation.DropColumn o) {
      return "Refused: dropping column " + o.table() + "." + o.column() + " removes its data." + allow;
    }
    if (op instanceof Operation.AlterColumn o) {
      return "Refused: altering column " + o.table() + "." + o.column().name() + " "
          + String.join(", and ", alterLosses(o, column(before, o.table(), o.column().name()), "it")) + "." + allow;
    }
    throw new IllegalArgumentException("not a destructive operation: " + op);
  }

  /** What an alter column may lose, as phrases about {@code name} (the column, or "it"). */
  private static List<String> alterLosses(Operation.AlterColumn op, ColumnDef before, String name) {
    ColumnDef after = op.column();
    List<String> losses = new ArrayList<>();
    if (!ColumnTypes.widens(before.type(), after.type())) {
      losses.add("narrows " + name + " from " + before.type() + " to " + after.type()
          + ": values that do not fit are lost or make the migration fail");
    }
    if (before.nullable() && !after.nullable() && after.defaultValue() == null) {
      losses.add("makes " + name + " NOT NULL without a default: rows holding NULL make the migration fail");
    }
    return losses;
  }

  /**
   * The steps that undo {@code op}, given the schema {@code before} it and {@code after} it.
   * Dropped structure is restored from {@code before}; its data cannot be, and the comment says so.
   */
  static List<Step> inverse(Operation op, SchemaDef before, SchemaDef after) {
    Operation undo;
    if (op instanceof Operation.CreateTable o) {
      undo = new Operation.DropTable(o.table());
    } else if (op instanceof Operation.DropTable o) {
      TableDef table = before.table(o.table()).orElseThrow();
      return List.of(new Step(new Operation.CreateTable(table), Impact.ADDITIVE,
          "restores the structure of table " + o.table() + "; its rows cannot be restored"));
    } else if (op instanceof Operation.RenameTable o) {
      undo = new Operation.RenameTable(o.newName(), o.table());
    } else if (op instanceof Operation.AddColumn o) {
      undo = new Operation.DropColumn(o.table(), o.column().name());
    } else if (op instanceof Operation.DropColumn o) {
      return List.of(new Step(new Operation.AddColumn(o.table(), column(before, o.table(), o.column())),
          Impact.ADDITIVE, "restores the structure of column " + o.table() + "." + o.column()
              + "; its data cannot be restored"));
    } else if (op instanceof Operation.RenameColumn o) {
      undo = new Operation.RenameColumn(o.table(), o.newName(), o.column());
    } else if (op instanceof Operation.AlterColumn o) {
      undo = new Operation.AlterColumn(o.table(), column(before, o.table(), o.column().name()));
    } else if (op instanceof Operation.CreateIndex o) {
      undo = new Operation.DropIndex(o.table(), o.index().name());
    } else if (op instanceof Operation.DropIndex o) {
      undo = new Operation.CreateIndex(o.table(), table(before, o.table()).index(o.index()).orElseThrow());
    } else if (op instanceof Operation.AddForeignKey o) {
      undo = new Operation.DropForeignKey(o.table(), o.foreignKey().name());
    } else if (op instanceof Operation.DropForeignKey o) {
      undo = new Operation.AddForeignKey(o.table(), table(before, o.table()).foreignKey(o.foreignKey()).orElseThrow());
    } else if (op instanceof Operation.AddPrimaryKey o) {
      undo = new Operation.DropPrimaryKey(o.table());
    } else if (op instanceof Operation.DropPrimaryKey o) {
      undo = new Operation.AddPrimaryKey(o.table(), table(before, o.table()).primaryKey());
    } else {
      throw new IllegalArgumentException("the diff does not produce " + op);
    }
    return List.of(describe(undo, after));
  }

  private static TableDef table(SchemaDef schema, String name) {
    return schema.table(name).orElseThrow(() -> new IllegalStateException("no table " + name));
  }

  private static ColumnDef column(SchemaDef schema, String table, String column) {
    return table(schema, table).column(column)
        .orElseThrow(() -> new IllegalStateException("no column " + table + "." + column));
  }
}
