package dev.strata.internal.operation;

import dev.strata.DataMigration;
import dev.strata.Database;
import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.List;

/**
 * One recorded migration operation. {@link #canonical()} is a stable text form: the checksum of a
 * migration is the SHA-256 of its operations' canonical forms, one a line.
 */
public sealed interface Operation {

  /** The table the operation works on, or null for SQL and code steps. */
  String table();

  /** A stable, complete text form of the operation. */
  String canonical();

  /**
   * A short text for messages: the {@link dev.strata.MigrationContext} method and what it works
   * on, such as {@code addColumn users.bio} or {@code dropIndex idx_posts_title on posts}. Not
   * stable; never part of a checksum.
   */
  String label();

  /**
   * Calls the visitor's method for this operation's kind. Every kind has its own method, so a new
   * kind fails compilation wherever operations are dispatched until it is handled there.
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per operation kind; see {@link #accept(Visitor)}.
   *
   * @param <R> what each visit returns ({@link Void} for none)
   */
  interface Visitor<R> {
    R visitCreateTable(CreateTable op);

    R visitDropTable(DropTable op);

    R visitRenameTable(RenameTable op);

    R visitAddColumn(AddColumn op);

    R visitDropColumn(DropColumn op);

    R visitRenameColumn(RenameColumn op);

    R visitAlterColumn(AlterColumn op);

    R visitCreateIndex(CreateIndex op);

    R visitDropIndex(DropIndex op);

    R visitAddForeignKey(AddForeignKey op);

    R visitDropForeignKey(DropForeignKey op);

    R visitAddPrimaryKey(AddPrimaryKey op);

    R visitDropPrimaryKey(DropPrimaryKey op);

    R visitAddCheck(AddCheck op);

    R visitDropCheck(DropCheck op);

    R visitExecuteSql(ExecuteSql op);

    R visitRunCode(RunCode op);
  }

  /**
   * A visitor that answers {@link #otherwise} for every kind it does not override. For questions
   * about one or two kinds, where a new kind rightly gets the default; dispatch that must handle
   * every kind implements {@link Visitor} itself, so a new kind fails compilation there.
   *
   * @param <R> what each visit returns
   */
  abstract class Partial<R> implements Visitor<R> {
    /** The answer for every kind not overridden. */
    protected abstract R otherwise(Operation op);

    @Override
    public R visitCreateTable(CreateTable op) {
      return otherwise(op);
    }

    @Override
    public R visitDropTable(DropTable op) {
      return otherwise(op);
    }

    @Override
    public R visitRenameTable(RenameTable op) {
      return otherwise(op);
    }

    @Override
    public R visitAddColumn(AddColumn op) {
      return otherwise(op);
    }

    @Override
    public R visitDropColumn(DropColumn op) {
      return otherwise(op);
    }

    @Override
    public R visitRenameColumn(RenameColumn op) {
      return otherwise(op);
    }

    @Override
    public R visitAlterColumn(AlterColumn op) {
      return otherwise(op);
    }

    @Override
    public R visitCreateIndex(CreateIndex op) {
      return otherwise(op);
    }

    @Override
    public R visitDropIndex(DropIndex op) {
      return otherwise(op);
    }

    @Override
    public R visitAddForeignKey(AddForeignKey op) {
      return otherwise(op);
    }

    @Override
    public R visitDropForeignKey(DropForeignKey op) {
      return otherwise(op);
    }

    @Override
    public R visitAddPrimaryKey(AddPrimaryKey op) {
      return otherwise(op);
    }

    @Override
    public R visitDropPrimaryKey(DropPrimaryKey op) {
      return otherwise(op);
    }

    @Override
    public R visitAddCheck(AddCheck op) {
      return otherwise(op);
    }

    @Override
    public R visitDropCheck(DropCheck op) {
      return otherwise(op);
    }

    @Override
    public R visitExecuteSql(ExecuteSql op) {
      return otherwise(op);
    }

    @Override
    public R visitRunCode(RunCode op) {
      return otherwise(op);
    }
  }

  /** Creates a table with its columns, primary key, indexes, foreign keys and checks. */
  record CreateTable(TableDef definition) implements Operation {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitCreateTable(this);
    }

    @Override
    public String table() {
      return definition.name();
    }

    @Override
    public String label() {
      return "createTable " + table();
    }

    @Override
    public String canonical() {
      return "createTable " + Canonical.table(definition.withoutHints());
    }
  }

  /** Drops a table and its rows. */
  record DropTable(String table) implements Operation {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitDropTable(this);
    }

    @Override
    public String label() {
      return "dropTable " + table;
    }

    @Override
    public String canonical() {
      return "dropTable " + table;
    }
  }

  /** Renames a table. */
  record RenameTable(String table, String newName) implements Operation {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitRenameTable(this);
    }

    @Override
    public String label() {
      return "renameTable " + table + " to " + newName;
    }

    @Override
    public String canonical() {
      return "renameTable " + table + " " + newName;
    }
  }

  /** Adds a column. */
  record AddColumn(String table, ColumnDef column) implements Operation {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAddColumn(this);
    }

    @Override
    public String label() {
      return "addColumn " + table + "." + column.name();
    }

    @Override
    public String canonical() {
      return "addColumn " + table + " " + Canonical.column(column.withoutHints());
    }
  }

  /** Drops a column and its data. */
  record DropColumn(String table, String column) implements Operation {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitDropColumn(this);
    }

    @Override
    public String label() {
      return "dropColumn " + table + "." + column;
    }

    @Override
    public String canonical() {
      return "dropColumn " + table + " " + column;
    }
  }

  /** Renames a column. */
  record RenameColumn(String table, String column, String newName) implements Operation {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitRenameColumn(this);
    }

    @Override
    public String label() {
      return "renameColumn " + table + "." + column + " to " + newName;
    }

    @Override
    public String canonical() {
      return "renameColumn " + table + " " + column + " " + newName;
    }
  }

  /** Sets the named column's type, nullability and default to those of {@code column}. */
  record AlterColumn(String table, ColumnDef column) implements Operation {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAlterColumn(this);
    }

    @Override
    public String label() {
      return "alterColumn " + table + "." + column.name();
    }

    @Override
    public String canonical() {
      return "alterColumn " + table + " " + Canonical.column(column.withoutHints());
    }
  }

  /** Creates an index or unique constraint. */
  record CreateIndex(String table, IndexDef index) implements Operation {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitCreateIndex(this);
    }

    @Override
    public String label() {
      return (index.unique() ? "createIndex (unique) " : "createIndex ") + index.name() + " on " + table;
    }

    @Override
    public String canonical() {
      return "createIndex " + table + " " + Canonical.index(index);
    }
  }

  /** Drops an index or unique constraint. */
  record DropIndex(String table, String index) implements Operation {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitDropIndex(this);
    }

    @Override
    public String label() {
      return "dropIndex " + index + " on " + table;
    }

    @Override
    public String canonical() {
      return "dropIndex " + table + " " + index;
    }
  }

  /** Adds a foreign key. */
  record AddForeignKey(String table, ForeignKeyDef foreignKey) implements Operation {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAddForeignKey(this);
    }

    @Override
    public String label() {
      return "addForeignKey " + foreignKey.name() + " on " + table;
    }

    @Override
    public String canonical() {
      return "addForeignKey " + table + " " + Canonical.foreignKey(foreignKey);
    }
  }

  /** Drops a foreign key. */
  record DropForeignKey(String table, String foreignKey) implements Operation {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitDropForeignKey(this);
    }

    @Override
    public String label() {
      return "dropForeignKey " + foreignKey + " on " + table;
    }

    @Override
    public String canonical() {
      return "dropForeignKey " + table + " " + foreignKey;
    }
  }

  /** Adds a primary key over {@code columns}, in key order. */
  record AddPrimaryKey(String table, List<String> columns) implements Operation {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAddPrimaryKey(this);
    }

    public AddPrimaryKey {
      columns = List.copyOf(columns);
    }

    @Override
    public String label() {
      return "addPrimaryKey " + table + " " + columns;
    }

    @Override
    public String canonical() {
      return "addPrimaryKey " + table + " " + columns;
    }
  }

  /** Drops the primary key. */
  record DropPrimaryKey(String table) implements Operation {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitDropPrimaryKey(this);
    }

    @Override
    public String label() {
      return "dropPrimaryKey " + table;
    }

    @Override
    public String canonical() {
      return "dropPrimaryKey " + table;
    }
  }

  /** Adds a CHECK constraint. */
  record AddCheck(String table, CheckDef check) implements Operation {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAddCheck(this);
    }

    @Override
    public String label() {
      return "addCheck " + check.name() + " on " + table;
    }

    @Override
    public String canonical() {
      return "addCheck " + table + " " + Canonical.check(check);
    }
  }

  /** Drops a CHECK constraint. */
  record DropCheck(String table, String check) implements Operation {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitDropCheck(this);
    }

    @Override
    public String label() {
      return "dropCheck " + check + " on " + table;
    }

    @Override
    public String canonical() {
      return "dropCheck " + table + " " + check;
    }
  }

  /** Raw SQL, for every database when {@code database} is null, else only for that one. */
  record ExecuteSql(Database database, String sql) implements Operation {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitExecuteSql(this);
    }

    @Override
    public String table() {
      return null;
    }

    @Override
    public String label() {
      return database == null ? "executeSql" : "executeSql for " + database.name();
    }

    @Override
    public String canonical() {
      return "executeSql " + (database == null ? "*" : database.name()) + " " + sql;
    }
  }

  /** Code run on the connection. Its checksum covers only that there is such a step. */
  record RunCode(DataMigration action) implements Operation {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitRunCode(this);
    }

    @Override
    public String table() {
      return null;
    }

    @Override
    public String label() {
      return "run";
    }

    @Override
    public String canonical() {
      return "run";
    }
  }
}
