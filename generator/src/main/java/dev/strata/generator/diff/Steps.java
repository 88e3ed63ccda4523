package dev.strata.generator.diff;

import dev.strata.EmptyTableCheck;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
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
   *
   * <p>A dropped NOT NULL column without a default is restored so that it works on a table with
   * rows: added with its type's zero value as a temporary default, which the next step drops; or,
   * when no one value can fill its rows (it is in the primary key, a unique index or a foreign key
   * of {@code original}, or its type has no zero value), after an {@link EmptyTableCheck} that
   * refuses the rollback up front when the table has rows. {@link DiffResult#downSteps()} puts
   * those checks first.
   *
   * @param original the schema before the migration's drops, under the names the migration gives
   *     (renames applied): where a dropped column's keys and indexes are found, since the
   *     migration drops them before the column
   */
  static List<Step> inverse(Operation op, SchemaDef before, SchemaDef after, SchemaDef original) {
    return op.accept(new Inverter(before, after, original));
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
    public Assessment visitAddCheck(Operation.AddCheck op) {
      return Assessment.ADDITIVE;
    }

    @Override
    public Assessment visitDropCheck(Operation.DropCheck op) {
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
    } else {
      losses.addAll(ColumnTypes.databaseLosses(before.type(), after.type(), name));
    }
    if (before.nullable() && !after.nullable() && after.defaultValue() == null) {
      losses.add("makes " + name + " NOT NULL without a default: rows holding NULL make the migration fail");
    }
    return losses;
  }

  private static final class Inverter implements Operation.Visitor<List<Step>> {
    private final SchemaDef before;
    private final SchemaDef after;
    private final SchemaDef original;

    Inverter(SchemaDef before, SchemaDef after, SchemaDef original) {
      this.before = before;
      this.after = after;
      this.original = original;
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
      ColumnDef column = column(before, op.table(), op.column());
      String name = op.table() + "." + op.column();
      String restores = "restores the structure of column " + name + "; its data cannot be restored";
      Step add = new Step(new Operation.AddColumn(op.table(), column), Impact.ADDITIVE, restores);
      if (column.nullable() || column.defaultValue() != null || column.auto()) {
        return List.of(add);
      }
      String constraint = original.table(op.table()).map(t -> constraintOn(t, op.column())).orElse(null);
      String zero = zeroValue(column.type());
      if (constraint == null && zero != null) {
        return List.of(
            new Step(new Operation.AddColumn(op.table(), column.withDefaultValue(zero)), Impact.ADDITIVE,
                "restores the structure of column " + name + " with " + zero + " in every row (it is NOT NULL "
                    + "without a default, and its data cannot be restored)"),
            new Step(new Operation.AlterColumn(op.table(), column), Impact.MODIFYING,
                "drops the temporary default of " + name));
      }
      String why = "down() cannot restore column " + name + ": it is NOT NULL without a default and "
          + (constraint != null ? "is in " + constraint : "its type " + column.type() + " has no zero value")
          + ", so no one value can fill the rows it was dropped from";
      return List.of(
          new Step(new Operation.RunCode(new EmptyTableCheck(op.table(), why)), Impact.MODIFYING,
              "refuses the rollback while " + op.table() + " has rows: " + why),
          add);
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
    public List<Step> visitAddCheck(Operation.AddCheck op) {
      return undo(new Operation.DropCheck(op.table(), op.check().name()));
    }

    @Override
    public List<Step> visitDropCheck(Operation.DropCheck op) {
      return undo(new Operation.AddCheck(op.table(), table(before, op.table()).check(op.check()).orElseThrow()));
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

  /**
   * The primary key, unique index or foreign key of {@code table} that {@code column} is in, in
   * words ("unique index uq_users_email"), or null when it is in none.
   */
  private static String constraintOn(TableDef table, String column) {
    if (table.primaryKey().contains(column)) {
      return "the primary key";
    }
    for (IndexDef index : table.indexes()) {
      if (index.unique() && index.columns().contains(column)) {
        return "unique index " + index.name();
      }
    }
    for (ForeignKeyDef fk : table.foreignKeys()) {
      if (fk.columns().contains(column)) {
        return "foreign key " + fk.name();
      }
    }
    return null;
  }

  /**
   * The value a restored NOT NULL column gives existing rows, as an SQL literal, or null when its
   * type has none that means "nothing": 0 for numbers, false, {@code ''} for text (as Django fills
   * a string column it re-adds).
   */
  private static String zeroValue(ColumnType type) {
    return switch (type.kind()) {
      case TINYINT, SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, DECIMAL -> "0";
      case BOOLEAN -> "false";
      case VARCHAR, CHAR -> "''";
      default -> null;
    };
  }

  private static TableDef table(SchemaDef schema, String name) {
    return schema.table(name).orElseThrow(() -> new IllegalStateException("no table " + name));
  }

  private static ColumnDef column(SchemaDef schema, String table, String column) {
    return table(schema, table).column(column)
        .orElseThrow(() -> new IllegalStateException("no column " + table + "." + column));
  }
}
