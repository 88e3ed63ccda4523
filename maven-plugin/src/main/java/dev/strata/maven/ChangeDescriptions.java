package dev.strata.maven;

import dev.strata.internal.operation.Operation;

/** One line per change for the build log: {@code add column users.bio}, {@code create table posts}. */
final class ChangeDescriptions implements Operation.Visitor<String> {
  static final ChangeDescriptions INSTANCE = new ChangeDescriptions();

  private ChangeDescriptions() {}

  static String describe(Operation op) {
    return op.accept(INSTANCE);
  }

  @Override
  public String visitCreateTable(Operation.CreateTable op) {
    return "create table " + op.definition().name();
  }

  @Override
  public String visitDropTable(Operation.DropTable op) {
    return "drop table " + op.table();
  }

  @Override
  public String visitRenameTable(Operation.RenameTable op) {
    return "rename table " + op.table() + " to " + op.newName();
  }

  @Override
  public String visitAddColumn(Operation.AddColumn op) {
    return "add column " + op.table() + "." + op.column().name();
  }

  @Override
  public String visitDropColumn(Operation.DropColumn op) {
    return "drop column " + op.table() + "." + op.column();
  }

  @Override
  public String visitRenameColumn(Operation.RenameColumn op) {
    return "rename column " + op.table() + "." + op.column() + " to " + op.newName();
  }

  @Override
  public String visitAlterColumn(Operation.AlterColumn op) {
    return "alter column " + op.table() + "." + op.column().name();
  }

  @Override
  public String visitCreateIndex(Operation.CreateIndex op) {
    return "create " + (op.index().unique() ? "unique index " : "index ") + op.index().name() + " on " + op.table();
  }

  @Override
  public String visitDropIndex(Operation.DropIndex op) {
    return "drop index " + op.index() + " on " + op.table();
  }

  @Override
  public String visitAddForeignKey(Operation.AddForeignKey op) {
    return "add foreign key " + op.foreignKey().name() + " on " + op.table();
  }

  @Override
  public String visitDropForeignKey(Operation.DropForeignKey op) {
    return "drop foreign key " + op.foreignKey() + " on " + op.table();
  }

  @Override
  public String visitAddPrimaryKey(Operation.AddPrimaryKey op) {
    return "add primary key on " + op.table() + " " + op.columns();
  }

  @Override
  public String visitDropPrimaryKey(Operation.DropPrimaryKey op) {
    return "drop primary key on " + op.table();
  }

  @Override
  public String visitAddCheck(Operation.AddCheck op) {
    return "add check " + op.check().name() + " on " + op.table();
  }

  @Override
  public String visitDropCheck(Operation.DropCheck op) {
    return "drop check " + op.check() + " on " + op.table();
  }

  @Override
  public String visitExecuteSql(Operation.ExecuteSql op) {
    return "execute SQL" + (op.database() == null ? "" : " on " + op.database());
  }

  @Override
  public String visitRunCode(Operation.RunCode op) {
    return "run code";
  }
}
