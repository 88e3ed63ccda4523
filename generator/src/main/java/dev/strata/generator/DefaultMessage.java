package dev.strata.generator;

import dev.strata.generator.diff.Change;
import dev.strata.internal.operation.Operation;
import java.util.List;
import java.util.TreeSet;

/** The message of a migration generated without one, made from its changes. */
final class DefaultMessage {

  private DefaultMessage() {}

  /**
   * {@code "create users and posts"} when every change creates (tables, and the foreign keys
   * between them), else {@code "update <tables>"}, naming at most three tables
   * ({@code "create tables"}, {@code "update schema"} beyond).
   */
  static String of(List<Change> changes) {
    TreeSet<String> tables = new TreeSet<>();
    boolean allCreates = true;
    for (Change change : changes) {
      if (change.operation().table() != null) {
        tables.add(change.operation().table());
      }
      allCreates &= change.operation().accept(CREATES);
    }
    if (tables.isEmpty() || tables.size() > 3) {
      return allCreates ? "create tables" : "update schema";
    }
    List<String> names = List.copyOf(tables);
    String joined = names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    return (allCreates ? "create " : "update ") + joined;
  }

  /** Whether an operation is part of creating tables: the table, or a foreign key between new ones. */
  private static final Operation.Visitor<Boolean> CREATES = new Operation.Visitor<>() {
    @Override
    public Boolean visitCreateTable(Operation.CreateTable op) {
      return true;
    }

    @Override
    public Boolean visitDropTable(Operation.DropTable op) {
      return false;
    }

    @Override
    public Boolean visitRenameTable(Operation.RenameTable op) {
      return false;
    }

    @Override
    public Boolean visitAddColumn(Operation.AddColumn op) {
      return false;
    }

    @Override
    public Boolean visitDropColumn(Operation.DropColumn op) {
      return false;
    }

    @Override
    public Boolean visitRenameColumn(Operation.RenameColumn op) {
      return false;
    }

    @Override
    public Boolean visitAlterColumn(Operation.AlterColumn op) {
      return false;
    }

    @Override
    public Boolean visitCreateIndex(Operation.CreateIndex op) {
      return false;
    }

    @Override
    public Boolean visitDropIndex(Operation.DropIndex op) {
      return false;
    }

    @Override
    public Boolean visitAddForeignKey(Operation.AddForeignKey op) {
      return true;
    }

    @Override
    public Boolean visitDropForeignKey(Operation.DropForeignKey op) {
      return false;
    }

    @Override
    public Boolean visitAddPrimaryKey(Operation.AddPrimaryKey op) {
      return false;
    }

    @Override
    public Boolean visitDropPrimaryKey(Operation.DropPrimaryKey op) {
      return false;
    }

    @Override
    public Boolean visitAddCheck(Operation.AddCheck op) {
      return false;
    }

    @Override
    public Boolean visitDropCheck(Operation.DropCheck op) {
      return false;
    }

    @Override
    public Boolean visitExecuteSql(Operation.ExecuteSql op) {
      return false;
    }

    @Override
    public Boolean visitRunCode(Operation.RunCode op) {
      return false;
    }
  };
}
