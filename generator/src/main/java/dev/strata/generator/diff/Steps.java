package dev.strata.generator.diff;

import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Classifies operations and builds their inverses, both from the schema the operation applies
 * to. The texts are shared by the comments in generated migrations and by refusals.
 */
final class Steps {

  private Steps() {}

  /** {@code op} with its impact and comment, as applied to {@code before}. */
  static Step describe(Operation op, SchemaDef before) {
    Assessment assessment = op.accept(new Assessor(before));
    return new Step(op, assessment.impact(), assessment.comment());
  }

  /**
   * Why {@code op}, applied to {@code before}, is refused unless destructive changes are allowed.
   *
   * @throws IllegalArgumentException when {@code op} is not destructive
   */
  static Refusal refusal(Operation op, SchemaDef before) {
    Refusal refusal = op.accept(new Assessor(before)).refusal();
    if (refusal == null) {
      throw new IllegalArgumentException("not a destructive operation: " + op);
    }
    return refusal;
  }

  /**
   * The steps that undo {@code op}, given the schema {@code before} it and {@code after} it.
   * Dropped structure is restored from {@code before}; its data cannot be, and the comment says
   * so. Dropping what {@code op} created carries no comment: it removes only rows written since.
   */
  static List<Step> inverse(Operation op, SchemaDef before, SchemaDef after) {
    return op.accept(new Inverter(before, after));
  }

  /**
   * What an operation does to existing data.
   *
   * @param refusal the refusal when the operation is destructive, else null
   */
  private record Assessment(Impact impact, String comment, Refusal refusal) {
    static final Assessment ADDITIVE = new Assessment(Impact.ADDITIVE, null, null);
    static final Assessment MODIFYING = new Assessment(Impact.MODIFYING, null, null);
  }

  private static final class Assessor implements Operation.Visitor<Assessment> {
    private final SchemaDef before;

    Assessor(SchemaDef before) {
      this.before = before;
    }

    @Override
    public Assessment visitCreateTable(Operation.CreateTable op) {
      return Assessment.ADDITIVE;
    }

    @Override
    public Assessment visitDropTable(Operation.DropTable op) {
      return new Assessment(Impact.DESTRUCTIVE, "removes table " + op.table() + " and all its rows",
          Refusal.dropsTable(op.table()));
    }

    @Override
    public Assessment visitRenameTable(Operation.RenameTable op) {
      return Assessment.MODIFYING;
    }

    @Override
    public Assessment visitAddColumn(Operation.AddColumn op) {
      return Assessment.ADDITIVE;
    }

    @Override
    public Assessment visitDropColumn(Operation.DropColumn op) {
      return new Assessment(Impact.DESTRUCTIVE, "removes column " + op.table() + "." + op.column() + " and its data",
          Refusal.dropsColumn(op.table(), op.column()));
    }

    @Override
    public Assessment visitRenameColumn(Operation.RenameColumn op) {
      return Assessment.MODIFYING;
    }

    @Override
    public Assessment visitAlterColumn(Operation.AlterColumn op) {
      String name = op.column().name();
      ColumnDef old = column(before, op.table(), name);
      List<String> losses = alterLosses(op, old, "it");
      if (losses.isEmpty()) {
        return Assessment.MODIFYING;
      }
      return new Assessment(Impact.DESTRUCTIVE, String.join("; ", alterLosses(op, old, op.table() + "." + name)),
          Refusal.altersLosingData(op.table(), name, losses));
    }

    @Override
    public Assessment visitCreateIndex(Operation.CreateIndex op) {
      return Assessment.ADDITIVE;
    }

    @Override
    public Assessment visitDropIndex(Operation.DropIndex op) {
      return Assessment.MODIFYING;
    }

    @Override
    public Assessment visitAddForeignKey(Operation.AddForeignKey op) {
      return Assessment.ADDITIVE;
    }

    @Override
    public Assessment visitDropForeignKey(Operation.DropForeignKey op) {
      return Assessment.MODIFYING;
    }

    @Override
    public Assessment visitAddPrimaryKey(Operation.AddPrimaryKey op) {
      return Assessment.ADDITIVE;
    }

    @Override
    public Assessment visitDropPrimaryKey(Operation.DropPrimaryKey op) {
      return Assessment.MODIFYING;
    }

    @Override
    public Assessment visitExecuteSql(Operation.ExecuteSql op) {
      return Assessment.MODIFYING;
    }

    @Override
    public Assessment visitRunCode(Operation.RunCode op) {
      return Assessment.MODIFYING;
    }
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

  private static final class Inverter implements Operation.Visitor<List<Step>> {
    private final SchemaDef before;
    private final SchemaDef after;

    Inverter(SchemaDef before, SchemaDef after) {
      this.before = before;
      this.after = after;
    }

    /** {@code undo} described as applied after the change. */
    private List<Step> undo(Operation undo) {
      return List.of(describe(undo, after));
    }

    /** Dropping what the change itself created: destructive, but nothing to warn about. */
    private static List<Step> removeOwn(Operation undo) {
      return List.of(new Step(undo, Impact.DESTRUCTIVE, null));
    }

    @Override
    public List<Step> visitCreateTable(Operation.CreateTable op) {
      return removeOwn(new Operation.DropTable(op.table()));
    }

    @Override
    public List<Step> visitDropTable(Operation.DropTable op) {
      TableDef table = table(before, op.table());
      return List.of(new Step(new Operation.CreateTable(table), Impact.ADDITIVE,
          "restores the structure of table " + op.table() + "; its rows cannot be restored"));
    }

    @Override
    public List<Step> visitRenameTable(Operation.RenameTable op) {
      return undo(new Operation.RenameTable(op.newName(), op.table()));
    }

    @Override
    public List<Step> visitAddColumn(Operation.AddColumn op) {
      return removeOwn(new Operation.DropColumn(op.table(), op.column().name()));
    }

    @Override
    public List<Step> visitDropColumn(Operation.DropColumn op) {
      return List.of(new Step(new Operation.AddColumn(op.table(), column(before, op.table(), op.column())),
          Impact.ADDITIVE, "restores the structure of column " + op.table() + "." + op.column()
              + "; its data cannot be restored"));
    }

    @Override
    public List<Step> visitRenameColumn(Operation.RenameColumn op) {
      return undo(new Operation.RenameColumn(op.table(), op.newName(), op.column()));
    }

    @Override
    public List<Step> visitAlterColumn(Operation.AlterColumn op) {
      return undo(new Operation.AlterColumn(op.table(), column(before, op.table(), op.column().name())));
    }

    @Override
    public List<Step> visitCreateIndex(Operation.CreateIndex op) {
      return undo(new Operation.DropIndex(op.table(), op.index().name()));
    }

    @Override
    public List<Step> visitDropIndex(Operation.DropIndex op) {
      return undo(new Operation.CreateIndex(op.table(), table(before, op.table()).index(op.index()).orElseThrow()));
    }

    @Override
    public List<Step> visitAddForeignKey(Operation.AddForeignKey op) {
      return undo(new Operation.DropForeignKey(op.table(), op.foreignKey().name()));
    }

    @Override
    public List<Step> visitDropForeignKey(Operation.DropForeignKey op) {
      return undo(new Operation.AddForeignKey(op.table(),
          table(before, op.table()).foreignKey(op.foreignKey()).orElseThrow()));
    }

    @Override
    public List<Step> visitAddPrimaryKey(Operation.AddPrimaryKey op) {
      return undo(new Operation.DropPrimaryKey(op.table()));
    }

    @Override
    public List<Step> visitDropPrimaryKey(Operation.DropPrimaryKey op) {
      return undo(new Operation.AddPrimaryKey(op.table(), table(before, op.table()).primaryKey()));
    }

    @Override
    public List<Step> visitExecuteSql(Operation.ExecuteSql op) {
      throw new IllegalArgumentException("the diff does not produce " + op);
    }

    @Override
    public List<Step> visitRunCode(Operation.RunCode op) {
      throw new IllegalArgumentException("the diff does not produce " + op);
    }
  }

  private static TableDef table(SchemaDef schema, String name) {
    return schema.table(name).orElseThrow(() -> new IllegalStateException("no table " + name));
  }

  private static ColumnDef column(SchemaDef schema, String table, String column) {
    return table(schema, table).column(column)
        .orElseThrow(() -> new IllegalStateException("no column " + table + "." + column));
  }
}
