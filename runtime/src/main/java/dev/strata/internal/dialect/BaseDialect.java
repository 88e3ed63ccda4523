package dev.strata.internal.dialect;

import dev.strata.internal.schema.model.ReferentialActions;
import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.annotations.ReferentialAction;
import dev.strata.internal.schema.model.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rendering the three databases share: the dispatch over operation kinds, column definitions,
 * CREATE TABLE with keys, and CREATE INDEX. Subclasses override what their database spells
 * differently.
 */
abstract class BaseDialect implements SqlDialect {

  @Override
  public List<String> render(Operation op, TableLookup live) {
    if (op instanceof Operation.CreateTable o) {
      return createTable(o.definition().withoutHints());
    }
    if (op instanceof Operation.DropTable o) {
      return List.of("DROP TABLE " + quote(o.table()));
    }
    if (op instanceof Operation.RenameTable o) {
      return List.of("ALTER TABLE " + quote(o.table()) + " RENAME TO " + quote(o.newName()));
    }
    if (op instanceof Operation.AddColumn o) {
      return addColumn(o, live);
    }
    if (op instanceof Operation.DropColumn o) {
      return dropColumn(o, live);
    }
    if (op instanceof Operation.RenameColumn o) {
      return List.of("ALTER TABLE " + quote(o.table()) + " RENAME COLUMN " + quote(o.column())
          + " TO " + quote(o.newName()));
    }
    if (op instanceof Operation.AlterColumn o) {
      return alterColumn(o, live);
    }
    if (op instanceof Operation.CreateIndex o) {
      return List.of(createIndex(o.table(), o.index()));
    }
    if (op instanceof Operation.DropIndex o) {
      return dropIndex(o, live);
    }
    if (op instanceof Operation.AddForeignKey o) {
      return addForeignKey(o, live);
    }
    if (op instanceof Operation.DropForeignKey o) {
      return dropForeignKey(o, live);
    }
    if (op instanceof Operation.AddPrimaryKey o) {
      return addPrimaryKey(o, live);
    }
    if (op instanceof Operation.DropPrimaryKey o) {
      return dropPrimaryKey(o, live);
    }
    if (op instanceof Operation.ExecuteSql o) {
      return o.database() == null || database().accepts(o.database()) ? List.of(o.sql()) : List.of();
    }
    if (op instanceof Operation.RunCode) {
      return List.of();
    }
    throw new IllegalStateException("unknown operation " + op);
  }

  protected List<String> addColumn(Operation.AddColumn op, TableLookup live) {
    return List.of("ALTER TABLE " + quote(op.table()) + " ADD COLUMN "
        + columnDefinition(op.column().withoutHints(), null));
  }

  protected List<String> dropColumn(Operation.DropColumn op, TableLookup live) {
    return List.of("ALTER TABLE " + quote(op.table()) + " DROP COLUMN " + quote(op.column()));
  }

  protected abstract List<String> alterColumn(Operation.AlterColumn op, TableLookup live);

  protected List<String> dropIndex(Operation.DropIndex op, TableLookup live) {
    return List.of("DROP INDEX " + quote(op.index()));
  }

  protected List<String> addForeignKey(Operation.AddForeignKey op, TableLookup live) {
    return List.of("ALTER TABLE " + quote(op.table()) + " ADD " + foreignKeyClause(op.foreignKey()));
  }

  protected List<String> dropForeignKey(Operation.DropForeignKey op, TableLookup live) {
    return List.of("ALTER TABLE " + quote(op.table()) + " DROP CONSTRAINT " + quote(op.foreignKey()));
  }

  protected List<String> addPrimaryKey(Operation.AddPrimaryKey op, TableLookup live) {
    return List.of("ALTER TABLE " + quote(op.table()) + " ADD PRIMARY KEY " + columnList(op.columns()));
  }

  protected abstract List<String> dropPrimaryKey(Operation.DropPrimaryKey op, TableLookup live);

  /** CREATE TABLE with columns, primary key and foreign keys, then one CREATE INDEX per index. */
  protected List<String> createTable(TableDef table) {
    List<String> parts = new ArrayList<>();
    for (ColumnDef column : table.columns()) {
      parts.add(columnDefinition(column, table));
    }
    if (!table.primaryKey().isEmpty() && !primaryKeyInline(table)) {
      parts.add("PRIMARY KEY " + columnList(table.primaryKey()));
    }
    for (ForeignKeyDef fk : table.foreignKeys()) {
      parts.add(foreignKeyClause(fk));
    }
    List<String> statements = new ArrayList<>();
    statements.add("CREATE TABLE " + quote(table.name()) + " (\n  " + String.join(",\n  ", parts) + "\n)"
        + tableOptions());
    for (IndexDef index : table.indexes()) {
      statements.add(createIndex(table.name(), index));
    }
    return statements;
  }

  /** Text after the closing parenthesis of CREATE TABLE (MySQL's engine and character set). */
  protected String tableOptions() {
    return "";
  }

  /** Whether the primary key is declared on its column (SQLite's INTEGER PRIMARY KEY AUTOINCREMENT). */
  protected boolean primaryKeyInline(TableDef table) {
    return false;
  }

  /**
   * One column as in CREATE TABLE or ADD COLUMN. {@code table} is the table being created, or null
   * when the column is added to an existing one.
   */
  protected String columnDefinition(ColumnDef column, TableDef table) {
    StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(sqlType(column.type()));
    String auto = column.auto() && table != null ? autoClause(column, table) : "";
    sql.append(auto);
    sql.append(column.nullable() ? nullClause() : " NOT NULL");
    // A generated column takes no default; where the database cannot generate it, it keeps it.
    if (column.defaultValue() != null && auto.isEmpty()) {
      sql.append(" DEFAULT ").append(defaultExpression(column));
    }
    return sql.toString();
  }

  /** What marks a generated column, with a leading space; empty when it cannot be generated. */
  protected abstract String autoClause(ColumnDef column, TableDef table);

  /** What marks a nullable column, with a leading space. */
  protected String nullClause() {
    return "";
  }

  /** The default as written after DEFAULT. */
  protected String defaultExpression(ColumnDef column) {
    return column.defaultValue();
  }

  protected String createIndex(String table, IndexDef index) {
    return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name()) + " ON "
        + quote(table) + " " + columnList(index.columns());
  }

  protected String foreignKeyClause(ForeignKeyDef fk) {
    StringBuilder sql = new StringBuilder("CONSTRAINT ").append(quote(fk.name()))
        .append(" FOREIGN KEY ").append(columnList(fk.columns()))
        .append(" REFERENCES ").append(quote(fk.referencedTable())).append(' ')
        .append(columnList(fk.referencedColumns()));
    if (fk.onDelete() != ReferentialAction.NO_ACTION) {
      sql.append(" ON DELETE ").append(ReferentialActions.sql(fk.onDelete()));
    }
    if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
      sql.append(" ON UPDATE ").append(ReferentialActions.sql(fk.onUpdate()));
    }
    return sql.toString();
  }

  protected String columnList(List<String> columns) {
    return columns.stream().map(this::quote).collect(Collectors.joining(", ", "(", ")"));
  }

  /** {@code identifier} between {@code mark}s, a mark inside doubled. */
  protected static String quoteWith(char mark, String identifier) {
    String m = String.valueOf(mark);
    return m + identifier.replace(m, m + m) + m;
  }

  /** The live definition of a table the operation needs, or an error saying it is missing. */
  protected static TableDef liveTable(TableLookup live, String table, Operation op) {
    return live.table(table).orElseThrow(() -> new StrataException(ErrorCode.INVALID_OPERATION,
        op.canonical() + ": table " + table + " does not exist in the database; "
            + "create it first or check the table name"));
  }

  protected static StrataException invalid(String message) {
    return new StrataException(ErrorCode.INVALID_OPERATION, message);
  }
}
