package dev.strata.internal.dialect;

import dev.strata.internal.schema.model.ReferentialActions;
import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.annotations.ReferentialAction;
import dev.strata.internal.schema.model.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rendering the supported databases share: the dispatch over operation kinds, column definitions,
 * CREATE TABLE with keys, CREATE INDEX and string literals. Each database's dialect extends it and
 * overrides what its database spells differently.
 */
public abstract class BaseDialect implements SqlDialect {

  /** Standard SQL: the literal between single quotes, a quote inside doubled. */
  @Override
  public String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  @Override
  public List<String> render(Operation operation, TableLookup live) {
    return operation.accept(new Renderer(live));
  }

  /**
   * Hands each operation kind to the method that renders it. Kinds no database spells differently
   * are rendered here; the others go to methods subclasses override.
   */
  private final class Renderer implements Operation.Visitor<List<String>> {
    private final TableLookup live;

    Renderer(TableLookup live) {
      this.live = live;
    }

    @Override
    public List<String> visitCreateTable(Operation.CreateTable op) {
      return createTable(op.definition().withoutHints());
    }

    @Override
    public List<String> visitDropTable(Operation.DropTable op) {
      return List.of("DROP TABLE " + quote(op.table()));
    }

    @Override
    public List<String> visitRenameTable(Operation.RenameTable op) {
      return List.of("ALTER TABLE " + quote(op.table()) + " RENAME TO " + quote(op.newName()));
    }

    @Override
    public List<String> visitAddColumn(Operation.AddColumn op) {
      return addColumn(op, live);
    }

    @Override
    public List<String> visitDropColumn(Operation.DropColumn op) {
      return dropColumn(op, live);
    }

    @Override
    public List<String> visitRenameColumn(Operation.RenameColumn op) {
      return List.of("ALTER TABLE " + quote(op.table()) + " RENAME COLUMN " + quote(op.column())
          + " TO " + quote(op.newName()));
    }

    @Override
    public List<String> visitAlterColumn(Operation.AlterColumn op) {
      return alterColumn(op, live);
    }

    @Override
    public List<String> visitCreateIndex(Operation.CreateIndex op) {
      return List.of(createIndex(op.table(), op.index()));
    }

    @Override
    public List<String> visitDropIndex(Operation.DropIndex op) {
      return dropIndex(op, live);
    }

    @Override
    public List<String> visitAddForeignKey(Operation.AddForeignKey op) {
      return addForeignKey(op, live);
    }

    @Override
    public List<String> visitDropForeignKey(Operation.DropForeignKey op) {
      return dropForeignKey(op, live);
    }

    @Override
    public List<String> visitAddPrimaryKey(Operation.AddPrimaryKey op) {
      return addPrimaryKey(op, live);
    }

    @Override
    public List<String> visitDropPrimaryKey(Operation.DropPrimaryKey op) {
      return dropPrimaryKey(op, live);
    }

    @Override
    public List<String> visitAddCheck(Operation.AddCheck op) {
      return addCheck(op, live);
    }

    @Override
    public List<String> visitDropCheck(Operation.DropCheck op) {
      return dropCheck(op, live);
    }

    @Override
    public List<String> visitExecuteSql(Operation.ExecuteSql op) {
      return op.database() == null || database().accepts(op.database()) ? List.of(op.sql()) : List.of();
    }

    @Override
    public List<String> visitRunCode(Operation.RunCode op) {
      // The runner calls the code itself, between the statements of the other operations.
      return List.of();
    }
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

  /** {@code ALTER TABLE t ADD CONSTRAINT name CHECK (expression)}: the database checks the rows first. */
  protected List<String> addCheck(Operation.AddCheck op, TableLookup live) {
    return List.of("ALTER TABLE " + quote(op.table()) + " ADD " + checkClause(op.check()));
  }

  /** {@code ALTER TABLE t DROP CONSTRAINT name} (standard SQL; PostgreSQL, MariaDB). */
  protected List<String> dropCheck(Operation.DropCheck op, TableLookup live) {
    return List.of("ALTER TABLE " + quote(op.table()) + " DROP CONSTRAINT " + quote(op.check()));
  }

  /** {@code CONSTRAINT name CHECK (expression)}, the expression verbatim. */
  protected String checkClause(CheckDef check) {
    return "CONSTRAINT " + quote(check.name()) + " CHECK (" + check.expression() + ")";
  }

  /** CREATE TABLE with columns, primary key, foreign keys and checks, then one CREATE INDEX per index. */
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
    for (CheckDef check : table.checks()) {
      parts.add(checkClause(check));
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

  /**
   * The UPDATE that gives the rows of {@code table} holding NULL in {@code column} the column's
   * default, run before the column is made NOT NULL (as Django's schema editor does), so that the
   * constraint holds on a table with rows.
   */
  protected String backfill(String table, ColumnDef column) {
    return "UPDATE " + quote(table) + " SET " + quote(column.name()) + " = " + defaultExpression(column)
        + " WHERE " + quote(column.name()) + " IS NULL";
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

  /**
   * CREATE [UNIQUE] INDEX, with the predicate of a partial index after {@code WHERE} verbatim
   * (PostgreSQL and SQLite both take it; a database without partial indexes overrides this).
   */
  protected String createIndex(String table, IndexDef index) {
    return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name()) + " ON "
        + quote(table) + " " + columnList(index.columns())
        + (index.where() == null ? "" : " WHERE " + index.where());
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
