package dev.strata.generator.diff;

import dev.strata.internal.operation.Operation;

/** The names the planner sorts and matches operations by. */
final class OperationNames {

  private OperationNames() {}

  /**
   * The index, foreign key or check {@code op} works on, or {@code ""}: the second sort key within a
   * table, after the table's name.
   */
  static String objectName(Operation op) {
    return op.accept(OBJECT_NAME);
  }

  /**
   * What {@code op} drops with its data: {@code table} for a dropped table, {@code table.column}
   * for a dropped column, else null.
   */
  static String dropped(Operation op) {
    return op.accept(DROPPED);
  }

  private static final Operation.Visitor<String> OBJECT_NAME = new Operation.Visitor<>() {
    @Override
    public String visitCreateTable(Operation.CreateTable op) {
      return "";
    }

    @Override
    public String visitDropTable(Operation.DropTable op) {
      return "";
    }

    @Override
    public String visitRenameTable(Operation.RenameTable op) {
      return "";
    }

    @Override
    public String visitAddColumn(Operation.AddColumn op) {
      return "";
    }

    @Override
    public String visitDropColumn(Operation.DropColumn op) {
      return "";
    }

    @Override
    public String visitRenameColumn(Operation.RenameColumn op) {
      return "";
    }

    @Override
    public String visitAlterColumn(Operation.AlterColumn op) {
      return "";
    }

    @Override
    public String visitCreateIndex(Operation.CreateIndex op) {
      return op.index().name();
    }

    @Override
    public String visitDropIndex(Operation.DropIndex op) {
      return op.index();
    }

    @Override
    public String visitAddForeignKey(Operation.AddForeignKey op) {
      return op.foreignKey().name();
    }

    @Override
    public String visitDropForeignKey(Operation.DropForeignKey op) {
      return op.foreignKey();
    }

    @Override
    public String visitAddPrimaryKey(Operation.AddPrimaryKey op) {
      return "";
    }

    @Override
    public String visitDropPrimaryKey(Operation.DropPrimaryKey op) {
      return "";
    }

    @Override
    public String visitAddCheck(Operation.AddCheck op) {
      return op.check().name();
    }

    @Override
    public String visitDropCheck(Operation.DropCheck op) {
      return op.check();
    }

    @Override
    public String visitExecuteSql(Operation.ExecuteSql op) {
      return "";
    }

    @Override
    public String visitRunCode(Operation.RunCode op) {
      return "";
    }
  };

  private static final Operation.Visitor<String> DROPPED = new Operation.Partial<>() {
    @Override
    public String visitDropTable(Operation.DropTable op) {
      return op.table();
    }

    @Override
    public String visitDropColumn(Operation.DropColumn op) {
      return op.table() + "." + op.column();
    }

    @Override
    protected String otherwise(Operation op) {
      return null;
    }
  };
}
