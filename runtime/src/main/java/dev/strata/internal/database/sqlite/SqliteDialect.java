package dev.strata.internal.database.sqlite;

import dev.strata.annotations.Dialect;
import dev.strata.Database;
import dev.strata.internal.dialect.BaseDialect;
import dev.strata.internal.dialect.TableLookup;
import dev.strata.internal.dialect.TypeSpellings;
import dev.strata.internal.history.HistorySql;
import dev.strata.internal.dialect.Introspector;
import dev.strata.internal.lock.RunLock;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * SQLite. Types are SQLite's storage classes (INTEGER, REAL, NUMERIC, TEXT, BLOB); an
 * {@code @Auto} key that is the whole primary key is {@code INTEGER PRIMARY KEY AUTOINCREMENT}.
 *
 * <p>What {@code ALTER TABLE} cannot do (change a column's type, nullability or default; drop a
 * column that is indexed or in a key; add or drop a foreign or primary key; add a NOT NULL column
 * without default) is done by rebuilding the table as
 * <a href="https://www.sqlite.org/lang_altertable.html">the ALTER TABLE page, "Making Other Kinds
 * Of Table Schema Changes"</a> prescribes, keeping every row: create {@code _strata_new_<table>},
 * copy the rows, drop the old table, rename the new one, re-create the indexes, check foreign
 * keys. The rebuild runs inside the migration's transaction and does not touch
 * {@code PRAGMA foreign_keys} (the pragma is a no-op inside a transaction). With foreign key
 * enforcement off (SQLite's and sqlite-jdbc's default) every rebuild is safe; with it on,
 * dropping the old table of a table that other tables' rows reference deletes or rejects as that
 * foreign key says, so the runner turns enforcement off around a migration that rebuilds tables.
 * Triggers and views on a rebuilt table are not carried over.
 */
public final class SqliteDialect extends BaseDialect {

  /** The one instance; the dialect holds no state. */
  public static final SqliteDialect INSTANCE = new SqliteDialect();

  private static final String REBUILD_PREFIX = "_strata_new_";
  private static final Pattern LITERAL = Pattern.compile(
      "[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?|'([^']|'')*'|[xX]'[0-9a-fA-F]*'"
          + "|(?i:null|true|false|current_time|current_date|current_timestamp)|\\(.*\\)",
      Pattern.DOTALL);
  private static final Pattern CONSTANT_LITERAL = Pattern.compile(
      "[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?|'([^']|'')*'|[xX]'[0-9a-fA-F]*'|(?i:null|true|false)");

  private SqliteDialect() {}

  @Override
  public Database database() {
    return Database.SQLITE;
  }

  @Override
  public String displayName() {
    return "SQLite";
  }

  @Override
  public List<String> names() {
    return List.of("sqlite");
  }

  @Override
  public boolean isProduct(String productName, String productVersion) {
    return productName.equals("sqlite");
  }

  @Override
  public String quote(String identifier) {
    return quoteWith('"', identifier);
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }

  /** SQLite's storage class for a logical type; RAW verbatim. */
  @Override
  public String sqlType(ColumnType type) {
    return switch (type.kind()) {
      case BOOLEAN, TINYINT, SMALLINT, INTEGER, BIGINT -> "INTEGER";
      case REAL, DOUBLE -> "REAL";
      case DECIMAL -> "NUMERIC";
      case BLOB -> "BLOB";
      case VARCHAR, CHAR, UUID, DATE, TIME, TIMESTAMP, TIMESTAMP_TZ -> "TEXT";
      case RAW -> type.on(Dialect.SQLITE).sql();
    };
  }

  @Override
  public TypeSpellings typeSpellings() {
    return SqliteTypes.SPELLINGS;
  }

  @Override
  public Introspector introspector(Connection connection) {
    return new SqliteIntrospector(connection);
  }

  @Override
  public HistorySql historySql() {
    return SqliteHistorySql.INSTANCE;
  }

  @Override
  public RunLock newRunLock() {
    return new SqliteRunLock();
  }

  @Override
  public boolean isBusy(SQLException e) {
    return SqliteRunLock.isBusy(e);
  }

  /**
   * Types become what SQLite's introspection reads back: INTEGER, REAL and BLOB as logical types,
   * TEXT and NUMERIC as {@code RAW(TEXT)} and {@code RAW(NUMERIC)} (no logical type is sizeless
   * text or decimal); sizes are lost. Identity stays only on a column that is the whole primary
   * key.
   */
  @Override
  public SchemaDef project(SchemaDef schema) {
    return new SchemaDef(schema.tables().stream().map(SqliteDialect::projectTable).toList());
  }

  private static TableDef projectTable(TableDef table) {
    TableDef t = table.withoutHints();
    return t.withColumns(t.columns().stream().map(c -> {
      boolean auto = c.auto() && autoKey(t, c);
      return new ColumnDef(c.name(), projectType(c.type()), c.nullable(),
          auto ? null : SqliteTypes.normalizeDefault(c.defaultValue()), auto, null);
    }).toList());
  }

  private static ColumnType projectType(ColumnType type) {
    return SqliteTypes.typeOf(INSTANCE.sqlType(type));
  }

  private static boolean autoKey(TableDef table, ColumnDef column) {
    return table.primaryKey().equals(List.of(column.name()));
  }

  @Override
  protected boolean primaryKeyInline(TableDef table) {
    return table.primaryKey().size() == 1
        && table.column(table.primaryKey().get(0)).map(ColumnDef::auto).orElse(false);
  }

  @Override
  protected String autoClause(ColumnDef column, TableDef table) {
    // AUTOINCREMENT exists only on an INTEGER column that is the whole primary key; elsewhere
    // (composite keys) the column is a plain integer and project() says so.
    return autoKey(table, column) ? " PRIMARY KEY AUTOINCREMENT" : "";
  }

  @Override
  protected String columnDefinition(ColumnDef column, TableDef table) {
    if (column.auto() && table != null && autoKey(table, column)) {
      return quote(column.name()) + " INTEGER PRIMARY KEY AUTOINCREMENT" + (column.nullable() ? "" : " NOT NULL");
    }
    return super.columnDefinition(column, table);
  }

  @Override
  protected String defaultExpression(ColumnDef column) {
    // SQLite takes literals as they are and any other expression in parentheses.
    String value = column.defaultValue().trim();
    return LITERAL.matcher(value).matches() ? value : "(" + value + ")";
  }

  @Override
  protected List<String> addColumn(Operation.AddColumn op, TableLookup live) {
    ColumnDef column = op.column();
    String value = column.defaultValue() == null ? null : column.defaultValue().trim();
    // ALTER TABLE ADD COLUMN refuses a NOT NULL column without default and a default that is not
    // constant (lang_altertable.html, "ALTER TABLE ADD COLUMN").
    boolean alterable = !column.auto()
        && (column.nullable() || (value != null && !value.equalsIgnoreCase("null")))
        && (value == null || CONSTANT_LITERAL.matcher(value).matches());
    return alterable ? super.addColumn(op, live) : rebuild(liveTable(live, op.table(), op), op);
  }

  @Override
  protected List<String> dropColumn(Operation.DropColumn op, TableLookup live) {
    // DROP COLUMN fails on a column in a key, an index, a foreign key or a check: rebuild instead.
    boolean used = live.table(op.table()).map(t -> t.primaryKey().contains(op.column())
        || t.indexes().stream().anyMatch(i -> i.columns().contains(op.column()))
        || t.foreignKeys().stream().anyMatch(f -> f.columns().contains(op.column()))
        || t.checks().stream().anyMatch(c -> c.mentionsColumn(op.column())))
        .orElse(false);
    return used ? rebuild(liveTable(live, op.table(), op), op) : super.dropColumn(op, live);
  }

  @Override
  protected List<String> alterColumn(Operation.AlterColumn op, TableLookup live) {
    TableDef table = liveTable(live, op.table(), op);
    if (table.column(op.column().name()).isEmpty()) {
      throw invalid(op.canonical() + ": table " + op.table() + " has no column " + op.column().name());
    }
    return rebuild(table, op);
  }

  @Override
  protected List<String> addForeignKey(Operation.AddForeignKey op, TableLookup live) {
    return rebuild(liveTable(live, op.table(), op), op);
  }

  @Override
  protected List<String> dropForeignKey(Operation.DropForeignKey op, TableLookup live) {
    return rebuild(liveTable(live, op.table(), op), op);
  }

  /** SQLite has no ALTER TABLE for constraints: the table is rebuilt with the check, rows kept. */
  @Override
  protected List<String> addCheck(Operation.AddCheck op, TableLookup live) {
    return rebuild(liveTable(live, op.table(), op), op);
  }

  @Override
  protected List<String> dropCheck(Operation.DropCheck op, TableLookup live) {
    return rebuild(liveTable(live, op.table(), op), op);
  }

  @Override
  protected List<String> addPrimaryKey(Operation.AddPrimaryKey op, TableLookup live) {
    return rebuild(liveTable(live, op.table(), op), op);
  }

  @Override
  protected List<String> dropPrimaryKey(Operation.DropPrimaryKey op, TableLookup live) {
    return rebuild(liveTable(live, op.table(), op), op);
  }

  /** The rebuild of {@code table} into what {@code op} makes of it, rows kept. */
  private List<String> rebuild(TableDef table, Operation op) {
    TableDef target = TableChanges.apply(table.withoutHints(), op);
    String temp = REBUILD_PREFIX + table.name();
    List<String> kept = target.columnNames().stream().filter(c -> table.column(c).isPresent()).toList();
    String columns = kept.stream().map(this::quote).collect(Collectors.joining(", "));
    String name = literal(table.name());
    List<String> statements = new ArrayList<>(failIf(
        "(SELECT foreign_keys FROM pragma_foreign_keys) * (SELECT count(*) FROM sqlite_master m,"
            + " pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND m.name <> " + name
            + " AND f.\"table\" = " + name + " COLLATE NOCASE)",
        "PRAGMA foreign_keys is ON and other tables reference " + table.name() + "; rebuilding it ("
            + op.canonical() + ") would delete or change their rows. Turn foreign_keys OFF before the"
            + " migration's transaction begins"));
    statements.add(createTable(target.withName(temp).withIndexes(List.of())).get(0));
    if (!kept.isEmpty()) {
      statements.add("INSERT INTO " + quote(temp) + " (" + columns + ") SELECT "
          + kept.stream().map(c -> copied(table.column(c).orElseThrow(), target.column(c).orElseThrow()))
              .collect(Collectors.joining(", "))
          + " FROM " + quote(table.name()));
    }
    if (primaryKeyInline(target) && primaryKeyInline(table)) {
      // AUTOINCREMENT never reuses a key: the new table takes over the old one's counter.
      statements.add("DELETE FROM sqlite_sequence WHERE name = " + literal(temp));
      statements.add("UPDATE sqlite_sequence SET name = " + literal(temp) + " WHERE name = " + name);
    }
    statements.add("DROP TABLE " + quote(table.name()));
    statements.add("ALTER TABLE " + quote(temp) + " RENAME TO " + quote(table.name()));
    for (IndexDef index : target.indexes()) {
      statements.add(createIndex(table.name(), index));
    }
    if (!target.foreignKeys().isEmpty()) {
      statements.addAll(failIf("(SELECT count(*) FROM pragma_foreign_key_check(" + name + "))",
          "rows of " + table.name() + " violate its foreign keys "
              + target.foreignKeys().stream().map(ForeignKeyDef::name).collect(Collectors.joining(", "))
              + " after " + op.canonical() + "; fix the rows (PRAGMA foreign_key_check) and run the migration again"));
    }
    return statements;
  }

  /**
   * What the rebuild copies into column {@code to} from column {@code from}: the value, or its
   * default where a nullable column becomes NOT NULL with a default (an explicit NULL would not
   * take the default, and the copy would fail on the constraint).
   */
  private String copied(ColumnDef from, ColumnDef to) {
    String value = quote(from.name());
    return from.nullable() && !to.nullable() && to.defaultValue() != null
        ? "COALESCE(" + value + ", " + defaultExpression(to) + ")" : value;
  }

  /**
   * Statements that fail with {@code message} when the SQL expression {@code count} is not 0.
   * SQLite has no RAISE outside triggers, so the count goes into a temporary table whose CHECK
   * constraint, named by the message, turns it into an error ("CHECK constraint failed: ...").
   */
  private List<String> failIf(String count, String message) {
    String check = "_strata_check";
    return List.of(
        "CREATE TEMP TABLE " + quote(check) + " (n INTEGER CONSTRAINT " + quote(message) + " CHECK (n = 0))",
        "INSERT INTO " + quote(check) + " SELECT " + count,
        "DROP TABLE " + quote(check));
  }
}
