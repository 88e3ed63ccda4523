package dev.strata.internal.database.mysql;

import dev.strata.annotations.Dialect;
import dev.strata.internal.schema.model.ReferentialActions;
import dev.strata.Database;
import dev.strata.internal.dialect.BaseDialect;
import dev.strata.internal.dialect.Literals;
import dev.strata.internal.dialect.TableLookup;
import dev.strata.internal.dialect.TypeSpellings;
import dev.strata.internal.history.HistorySql;
import dev.strata.internal.dialect.Introspector;
import dev.strata.internal.lock.RunLock;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.LogicalType;
import dev.strata.annotations.ReferentialAction;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL 8 and, through a variant, MariaDB 10.5+ (InnoDB, utf8mb4). DDL commits implicitly, so
 * each operation is one statement wherever the database allows: CREATE TABLE carries its indexes,
 * ALTER COLUMN is one {@code MODIFY COLUMN} with the full definition.
 *
 * <p>MySQL has no UUID or BOOLEAN type: UUID is {@code CHAR(36)} and reads back as CHAR(36),
 * BOOLEAN is {@code TINYINT(1)} and reads back as BOOLEAN (see {@link MysqlTypes}). MySQL (not
 * MariaDB) refuses a literal default on a BLOB or TEXT column; such a default is written as an
 * expression default in parentheses, which MySQL 8.0.13+ accepts.
 *
 * <p>{@link #MARIADB} is a subclass that overrides what MariaDB does otherwise: the defaults
 * above, {@code IF [NOT] EXISTS} on indexes, and defaults in {@code information_schema} printed as
 * SQL. History table and lock are the same.
 */
public class MysqlDialect extends BaseDialect {

  /** MySQL. */
  public static final MysqlDialect MYSQL = new MysqlDialect();
  /** MariaDB. */
  public static final MysqlDialect MARIADB = new MariadbDialect();

  /**
   * Prefix of the index Strata adds when an {@code AUTO_INCREMENT} column is not the first column
   * of the primary key: InnoDB needs such a column to lead some index. Introspection hides it.
   */
  static final String AUTO_INDEX_PREFIX = "strata_auto_";

  /** A standard SQL string literal, as defaults are written in migrations. */
  private static final Pattern STANDARD_LITERAL =
      Pattern.compile("'((?:[^']|'')*)'", Pattern.DOTALL);

  MysqlDialect() {}

  @Override
  public Database database() {
    return Database.MYSQL;
  }

  @Override
  public String displayName() {
    return "MySQL";
  }

  @Override
  public String minimumVersion() {
    return "8";
  }

  @Override
  public List<String> names() {
    return List.of("mysql");
  }

  /** Connector/J reports MariaDB as "MySQL" too, with "MariaDB" in the version; that is not MySQL. */
  @Override
  public boolean isProduct(String productName, String productVersion) {
    return productName.equals("mysql") && !productVersion.contains("mariadb");
  }

  @Override
  public String quote(String identifier) {
    return quoteWith('`', identifier);
  }

  /**
   * Backslashes are escapes in MySQL strings unless the SQL mode has {@code NO_BACKSLASH_ESCAPES}
   * (MySQL reference manual, "String Literals"), so they are doubled too. Strata assumes the
   * default SQL mode; under {@code NO_BACKSLASH_ESCAPES} the doubled backslash is stored, and
   * {@code validate} reports the default as drift.
   */
  @Override
  public String literal(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  @Override
  public boolean transactionalDdl() {
    return false;
  }

  @Override
  public TypeSpellings typeSpellings() {
    return MysqlTypes.SPELLINGS;
  }

  @Override
  public Introspector introspector(Connection connection) {
    return new MysqlIntrospector(connection, this);
  }

  @Override
  public HistorySql historySql() {
    return MysqlHistorySql.INSTANCE;
  }

  @Override
  public RunLock newRunLock() {
    return new MysqlRunLock();
  }

  @Override
  public String sqlType(ColumnType type) {
    return switch (type.kind()) {
      case BOOLEAN -> "BOOLEAN";
      case TINYINT -> "TINYINT";
      case SMALLINT -> "SMALLINT";
      case INTEGER -> "INT";
      case BIGINT -> "BIGINT";
      case REAL -> "FLOAT";
      case DOUBLE -> "DOUBLE";
      case DECIMAL -> "DECIMAL(" + type.precision() + "," + type.scale() + ")";
      case VARCHAR -> "VARCHAR(" + type.length() + ")";
      case CHAR -> "CHAR(" + type.length() + ")";
      case BLOB -> "LONGBLOB";
      case UUID -> "CHAR(36)";
      case DATE -> "DATE";
      case TIME -> "TIME";
      case TIMESTAMP -> "DATETIME(6)";
      case TIMESTAMP_TZ -> "TIMESTAMP(6)";
      case RAW -> type.on(Dialect.MYSQL).sql();
    };
  }

  /**
   * Two losses a logically widening change has on MySQL and MariaDB. {@code TIMESTAMP} (the
   * column type of {@link LogicalType#TIMESTAMP_TZ}) holds only 1970-01-01 00:00:01 to 2038-01-19
   * 03:14:07 UTC, where {@code DATETIME} and {@code DATE} hold years 1000 to 9999 (MySQL reference
   * manual, "The DATE, DATETIME, and TIMESTAMP Types"); and {@code TEXT} holds 65,535 bytes,
   * {@code MEDIUMTEXT} 16 MiB, {@code LONGTEXT} 4 GiB ("String Type Storage Requirements").
   */
  @Override
  public String typeChangeLoss(ColumnType from, ColumnType to) {
    String a = sqlType(from).toLowerCase(Locale.ROOT);
    String b = sqlType(to).toLowerCase(Locale.ROOT);
    if (b.startsWith("timestamp") && (a.startsWith("datetime") || a.equals("date"))) {
      return sqlType(to) + " holds only 1970-01-01 00:00:01 to 2038-01-19 03:14:07 UTC, " + sqlType(from)
          + " years 1000 to 9999: rows outside that range make the migration fail";
    }
    int fromBytes = TEXT_BYTES.indexOf(a);
    int toBytes = TEXT_BYTES.indexOf(b);
    if (fromBytes >= 0 && toBytes >= 0 && toBytes < fromBytes) {
      return b + " holds fewer bytes than " + a + ": longer values make the migration fail";
    }
    return null;
  }

  /** MySQL's text types, from the one holding the fewest bytes. */
  private static final List<String> TEXT_BYTES = List.of("tinytext", "text", "mediumtext", "longtext");

  /**
   * Types as MySQL reports them (UUID becomes CHAR(36); RAW types that name a logical type become
   * it), primary key columns NOT NULL, identity only on a primary key column, defaults as
   * {@code information_schema} prints them.
   */
  @Override
  public SchemaDef project(SchemaDef schema) {
    return new SchemaDef(schema.tables().stream().map(this::projectTable).toList());
  }

  private TableDef projectTable(TableDef table) {
    TableDef t = table.withoutHints();
    return t.withColumns(t.columns().stream().map(c -> {
      ColumnType type = MysqlTypes.typeOf(sqlType(c.type()));
      boolean auto = c.auto() && t.primaryKey().contains(c.name());
      return new ColumnDef(c.name(), type, c.nullable() && !t.primaryKey().contains(c.name()),
          auto ? null : MysqlTypes.normalizeDefault(c.defaultValue(), type), auto, null);
    }).toList());
  }

  @Override
  protected String tableOptions() {
    return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";
  }

  @Override
  protected String nullClause() {
    return " NULL";
  }

  @Override
  protected String autoClause(ColumnDef column, TableDef table) {
    return table.primaryKey().contains(column.name()) ? " AUTO_INCREMENT" : "";
  }

  @Override
  protected String defaultExpression(ColumnDef column) {
    String value = column.defaultValue().trim();
    LogicalType kind = column.type().kind();
    if ((kind == LogicalType.TIMESTAMP || kind == LogicalType.TIMESTAMP_TZ) && MysqlTypes.isCurrentTimestamp(value)) {
      // MySQL refuses CURRENT_TIMESTAMP on a DATETIME(6) column: the precisions must agree.
      return "CURRENT_TIMESTAMP(6)";
    }
    String sql = mysqlLiteral(value);
    return textOrBlob(column.type()) && !sql.startsWith("(") ? textOrBlobDefault(sql) : sql;
  }

  /**
   * A default written as a standard SQL string literal ({@code 'C:\temp'}, a quote doubled, a
   * backslash standing for itself) as MySQL must read it: through {@link #literal}, which doubles
   * the backslash. Written as it is, MySQL would read {@code \t} as a tab. Any other default
   * (a number, an expression) is returned as it is.
   */
  private String mysqlLiteral(String value) {
    Matcher q = STANDARD_LITERAL.matcher(value);
    return q.matches() ? literal(q.group(1).replace("''", "'")) : value;
  }

  /** A literal default of a BLOB or TEXT column: MySQL takes it only as an expression. */
  String textOrBlobDefault(String value) {
    return "(" + value + ")";
  }

  private static boolean textOrBlob(ColumnType type) {
    if (type.kind() == LogicalType.BLOB) {
      return true;
    }
    if (type.kind() != LogicalType.RAW) {
      return false;
    }
    String t = type.on(Dialect.MYSQL).sql().toLowerCase(Locale.ROOT);
    return t.contains("text") || t.contains("blob") || t.startsWith("json") || t.contains("geometry");
  }

  /** One CREATE TABLE with its indexes inline, so the whole table appears in one statement. */
  @Override
  protected List<String> createTable(TableDef table) {
    List<String> parts = new ArrayList<>();
    for (ColumnDef column : table.columns()) {
      parts.add(columnDefinition(column, table));
    }
    if (!table.primaryKey().isEmpty()) {
      parts.add("PRIMARY KEY " + columnList(table.primaryKey()));
    }
    parts.addAll(autoIndex(table).map(List::of).orElse(List.of()));
    for (IndexDef index : table.indexes()) {
      refusePartial(table.name(), index);
      parts.add((index.unique() ? "UNIQUE KEY " : "KEY ") + quote(index.name()) + " " + columnList(index.columns()));
    }
    for (ForeignKeyDef fk : table.foreignKeys()) {
      parts.add(foreignKeyClause(fk));
    }
    for (CheckDef check : table.checks()) {
      parts.add(checkClause(check));
    }
    return List.of("CREATE TABLE " + quote(table.name()) + " (\n  " + String.join(",\n  ", parts) + "\n)"
        + tableOptions());
  }

  @Override
  protected String createIndex(String table, IndexDef index) {
    refusePartial(table, index);
    return super.createIndex(table, index);
  }

  /**
   * MySQL and MariaDB have no partial indexes (neither manual's CREATE INDEX takes a WHERE), and
   * dropping the predicate would index, and for a unique index constrain, rows the model leaves
   * out; so a partial index is refused, not approximated.
   */
  private void refusePartial(String table, IndexDef index) {
    if (index.partial()) {
      throw invalid("index " + index.name() + " on " + table + " has a WHERE clause (" + index.where() + "); "
          + displayName() + " cannot carry partial indexes. Drop the where of this index, or keep the project off "
          + displayName() + " (remove mysql from -Astrata.dialects)");
    }
  }

  /** The key InnoDB needs when an AUTO_INCREMENT column does not lead the primary key. */
  private Optional<String> autoIndex(TableDef table) {
    return table.columns().stream()
        .filter(c -> c.auto() && table.primaryKey().indexOf(c.name()) > 0)
        .findFirst()
        .map(c -> "KEY " + quote(AUTO_INDEX_PREFIX + c.name()) + " (" + quote(c.name()) + ")");
  }

  /**
   * Every action is spelled out: MariaDB reports an omitted one as RESTRICT. SET DEFAULT is
   * refused, since InnoDB does not implement it (MySQL reference manual, "FOREIGN KEY
   * Constraints"; MariaDB stores RESTRICT instead).
   */
  @Override
  protected String foreignKeyClause(ForeignKeyDef fk) {
    if (fk.onDelete() == ReferentialAction.SET_DEFAULT || fk.onUpdate() == ReferentialAction.SET_DEFAULT) {
      throw invalid("foreign key " + fk.name() + " (" + String.join(", ", fk.columns()) + " -> "
          + fk.referencedTable() + "): " + displayName()
          + " (InnoDB) does not support SET DEFAULT; use SET_NULL, RESTRICT, CASCADE or NO_ACTION");
    }
    return "CONSTRAINT " + quote(fk.name()) + " FOREIGN KEY " + columnList(fk.columns())
        + " REFERENCES " + quote(fk.referencedTable()) + " " + columnList(fk.referencedColumns())
        + " ON DELETE " + ReferentialActions.sql(fk.onDelete()) + " ON UPDATE " + ReferentialActions.sql(fk.onUpdate());
  }

  @Override
  protected List<String> alterColumn(Operation.AlterColumn op, TableLookup live) {
    Optional<TableDef> table = live.table(op.table());
    Optional<ColumnDef> current = table.flatMap(t -> t.column(op.column().name()));
    // MODIFY replaces the whole definition: an AUTO_INCREMENT the column has must be restated.
    ColumnDef target = op.column().withoutHints().withAuto(current.map(ColumnDef::auto).orElse(op.column().auto()));
    TableDef context = table.orElse(TableDef.named(op.table()).withPrimaryKey(
        target.auto() ? List.of(target.name()) : List.of()));
    String modify = "ALTER TABLE " + quote(op.table()) + " MODIFY COLUMN " + columnDefinition(target, context);
    if (!target.nullable() && target.defaultValue() != null && current.map(ColumnDef::nullable).orElse(true)) {
      // Rows holding NULL take the default first, or MODIFY fails on them ("Data truncated").
      return List.of(backfill(op.table(), target), modify);
    }
    return List.of(modify);
  }

  /**
   * InnoDB refuses to drop the only index a foreign key can use; such a key gets an index of its
   * own, named like the key (as InnoDB names the ones it creates), in the same statement.
   */
  @Override
  protected List<String> dropIndex(Operation.DropIndex op, TableLookup live) {
    List<ForeignKeyDef> uncovered = live.table(op.table()).map(t -> uncoveredForeignKeys(t,
        t.indexes().stream().filter(i -> !i.name().equals(op.index())).map(IndexDef::columns).toList(),
        t.primaryKey())).orElse(List.of());
    if (uncovered.isEmpty()) {
      return List.of("DROP INDEX " + quote(op.index()) + " ON " + quote(op.table()));
    }
    return withForeignKeyIndexes(op.table(), "ALTER TABLE " + quote(op.table()) + " DROP INDEX " + quote(op.index()),
        uncovered);
  }

  /**
   * The foreign keys of {@code table} that no index among {@code indexes} nor the primary key
   * leads with. Indexes InnoDB made for foreign keys are not in {@code table} (introspection hides
   * them), so {@link #withForeignKeyIndexes} adds an index only where none exists yet.
   */
  private static List<ForeignKeyDef> uncoveredForeignKeys(TableDef table, List<List<String>> indexes,
      List<String> primaryKey) {
    List<List<String>> remaining = new ArrayList<>(indexes);
    if (!primaryKey.isEmpty()) {
      remaining.add(primaryKey);
    }
    List<ForeignKeyDef> uncovered = new ArrayList<>();
    for (ForeignKeyDef fk : table.foreignKeys()) {
      boolean covered = remaining.stream().anyMatch(cols -> cols.size() >= fk.columns().size()
          && cols.subList(0, fk.columns().size()).equals(fk.columns()));
      if (!covered) {
        uncovered.add(fk);
        remaining.add(fk.columns());
      }
    }
    return uncovered;
  }

  /** {@code alter} plus an index named like each foreign key in {@code keys} that has none yet. */
  private List<String> withForeignKeyIndexes(String table, String alter, List<ForeignKeyDef> keys) {
    return keys.isEmpty() ? List.of(alter) : addIndexesIfMissing(table, alter, keys);
  }

  /**
   * {@code alter} adding one index per key of {@code keys}, named and made like the key, unless an
   * index of that name exists. MySQL has no {@code ADD INDEX IF NOT EXISTS}, so the statement is
   * put together from {@code information_schema} and run as a prepared statement.
   */
  List<String> addIndexesIfMissing(String table, String alter, List<ForeignKeyDef> keys) {
    StringBuilder sql = new StringBuilder("SET @strata_sql = CONCAT(" + literal(alter));
    for (ForeignKeyDef fk : keys) {
      String add = ", ADD INDEX " + quote(fk.name()) + " " + columnList(fk.columns());
      sql.append(", IF((SELECT COUNT(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
          + " AND TABLE_NAME = ").append(literal(table)).append(" AND INDEX_NAME = ").append(literal(fk.name()))
          .append(") = 0, ").append(literal(add)).append(", '')");
    }
    return List.of(sql.append(")").toString(), "PREPARE strata_stmt FROM @strata_sql", "EXECUTE strata_stmt",
        "DEALLOCATE PREPARE strata_stmt");
  }

  /**
   * DROP FOREIGN KEY leaves the index InnoDB created for the key (named like the key); it goes
   * too, so the table reads back as the migrations say. MySQL has no {@code DROP INDEX IF EXISTS}:
   * a prepared statement drops the index when {@code information_schema} lists it.
   */
  @Override
  protected List<String> dropForeignKey(Operation.DropForeignKey op, TableLookup live) {
    String table = quote(op.table());
    String drop = "ALTER TABLE " + table + " DROP FOREIGN KEY " + quote(op.foreignKey());
    String dropIndex = "ALTER TABLE " + table + " DROP INDEX " + quote(op.foreignKey());
    return List.of(drop,
        "SET @strata_sql = (SELECT IF(COUNT(*) > 0, " + literal(dropIndex) + ", 'DO 0') FROM information_schema.STATISTICS"
            + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = " + literal(op.table())
            + " AND INDEX_NAME = " + literal(op.foreignKey()) + ")",
        "PREPARE strata_stmt FROM @strata_sql",
        "EXECUTE strata_stmt",
        "DEALLOCATE PREPARE strata_stmt");
  }

  /**
   * {@code DROP CHECK}, which every MySQL that enforces checks has (8.0.16; {@code DROP CONSTRAINT}
   * came in 8.0.19). MariaDB has only {@code DROP CONSTRAINT} and overrides this.
   */
  @Override
  protected List<String> dropCheck(Operation.DropCheck op, TableLookup live) {
    return List.of("ALTER TABLE " + quote(op.table()) + " DROP CHECK " + quote(op.check()));
  }

  @Override
  protected List<String> addPrimaryKey(Operation.AddPrimaryKey op, TableLookup live) {
    return List.of("ALTER TABLE " + quote(op.table()) + " ADD PRIMARY KEY " + columnList(op.columns()));
  }

  /**
   * An AUTO_INCREMENT key column loses AUTO_INCREMENT in the same statement (it must be a key); a
   * foreign key the primary key served gets its own index, as in {@link #dropIndex}.
   */
  @Override
  protected List<String> dropPrimaryKey(Operation.DropPrimaryKey op, TableLookup live) {
    StringBuilder sql = new StringBuilder("ALTER TABLE ").append(quote(op.table())).append(' ');
    live.table(op.table()).ifPresent(t -> t.columns().stream().filter(ColumnDef::auto).forEach(c ->
        sql.append("MODIFY COLUMN ").append(columnDefinition(c.withAuto(false), t)).append(", ")));
    sql.append("DROP PRIMARY KEY");
    List<ForeignKeyDef> uncovered = live.table(op.table()).map(t -> uncoveredForeignKeys(t,
        t.indexes().stream().map(IndexDef::columns).toList(), List.of())).orElse(List.of());
    return withForeignKeyIndexes(op.table(), sql.toString(), uncovered);
  }

  /**
   * A column default from {@code information_schema.COLUMNS} as SQL, for {@link MysqlTypes#normalizeDefault}.
   * MySQL gives the bare value, an expression only when {@code EXTRA} says {@code DEFAULT_GENERATED};
   * {@code extra} is that column in lower case.
   */
  String columnDefaultSql(String value, ColumnType type, String extra) {
    if (value == null || extra.contains("default_generated")) {
      return value;
    }
    return Literals.isNumeric(type.kind()) || type.kind() == LogicalType.BOOLEAN ? value
        : "'" + value.replace("'", "''") + "'";
  }
}
