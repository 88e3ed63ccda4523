package dev.strata.ddl;

import dev.strata.annotations.Dialect;
import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.LogicalType;
import dev.strata.internal.schema.model.TableDef;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Static factories for the values migrations pass to {@link dev.strata.MigrationContext}; meant
 * to be imported with {@code import static dev.strata.ddl.Ddl.*}. Types are dialect-neutral: each
 * database renders them with its own SQL type.
 */
public final class Ddl {
  /** The logical type {@code BOOLEAN}. */
  public static final SqlType BOOLEAN = new SqlType(ColumnType.of(LogicalType.BOOLEAN));
  /**
   * The logical type {@code TINYINT}, a one-byte integer: TINYINT on MySQL and MariaDB, SMALLINT on
   * PostgreSQL, INTEGER on SQLite.
   */
  public static final SqlType TINYINT = new SqlType(ColumnType.of(LogicalType.TINYINT));

  /** The logical type {@code SMALLINT}. */
  public static final SqlType SMALLINT = new SqlType(ColumnType.of(LogicalType.SMALLINT));
  /** The logical type {@code INTEGER}. */
  public static final SqlType INTEGER = new SqlType(ColumnType.of(LogicalType.INTEGER));
  /** The logical type {@code BIGINT}. */
  public static final SqlType BIGINT = new SqlType(ColumnType.of(LogicalType.BIGINT));
  /** The logical type {@code REAL}. */
  public static final SqlType REAL = new SqlType(ColumnType.of(LogicalType.REAL));
  /** The logical type {@code DOUBLE}. */
  public static final SqlType DOUBLE = new SqlType(ColumnType.of(LogicalType.DOUBLE));
  /** The logical type {@code BLOB}. */
  public static final SqlType BLOB = new SqlType(ColumnType.of(LogicalType.BLOB));
  /** The logical type {@code UUID}. */
  public static final SqlType UUID = new SqlType(ColumnType.of(LogicalType.UUID));
  /** The logical type {@code DATE}. */
  public static final SqlType DATE = new SqlType(ColumnType.of(LogicalType.DATE));
  /** The logical type {@code TIME}. */
  public static final SqlType TIME = new SqlType(ColumnType.of(LogicalType.TIME));
  /** The logical type {@code TIMESTAMP}. */
  public static final SqlType TIMESTAMP = new SqlType(ColumnType.of(LogicalType.TIMESTAMP));
  /** The logical type {@code TIMESTAMP_TZ}. */
  public static final SqlType TIMESTAMP_TZ = new SqlType(ColumnType.of(LogicalType.TIMESTAMP_TZ));

  private Ddl() {}

  /**
   * Variable-length text of at most {@code length} characters.
   *
   * @throws IllegalArgumentException when {@code length <= 0}
   */
  public static SqlType varchar(int length) {
    return new SqlType(ColumnType.varchar(Checks.positive("VARCHAR length", length)));
  }

  /**
   * Fixed-length text of {@code length} characters.
   *
   * @throws IllegalArgumentException when {@code length <= 0}
   */
  public static SqlType character(int length) {
    return new SqlType(ColumnType.character(Checks.positive("CHAR length", length)));
  }

  /**
   * Exact numeric with {@code precision} digits, {@code scale} of them after the point.
   *
   * @throws IllegalArgumentException unless {@code 0 < precision} and {@code 0 <= scale <= precision}
   */
  public static SqlType decimal(int precision, int scale) {
    Checks.positive("DECIMAL precision", precision);
    if (scale < 0 || scale > precision) {
      throw new IllegalArgumentException("DECIMAL scale must be between 0 and the precision " + precision
          + ", was " + scale);
    }
    return new SqlType(ColumnType.decimal(precision, scale));
  }

  /**
   * An SQL type used verbatim on every database.
   *
   * @throws IllegalArgumentException when {@code sqlType} is null or blank
   */
  public static SqlType raw(String sqlType) {
    if (sqlType == null || sqlType.isBlank()) {
      throw new IllegalArgumentException("raw(...) needs an SQL type, was " + (sqlType == null ? "null" : "blank"));
    }
    return new SqlType(ColumnType.raw(sqlType));
  }

  /**
   * An SQL type used verbatim on one database family ({@link Dialect#MYSQL} stands for MySQL and
   * MariaDB); give the others theirs with {@link SqlType#on}:
   * {@code raw(Dialect.POSTGRESQL, "jsonb").on(Dialect.MYSQL, "JSON").on(Dialect.SQLITE, "TEXT")}.
   * Creating the column on a database left without a type fails with a message naming it.
   *
   * @throws IllegalArgumentException when {@code sqlType} is null or blank
   * @throws NullPointerException when {@code dialect} is null
   */
  public static SqlType raw(Dialect dialect, String sqlType) {
    return new SqlType(ColumnType.raw(null, Map.of(Objects.requireNonNull(dialect, "dialect"), SqlType.sql(sqlType))));
  }

  /**
   * A table with no columns yet.
   *
   * @throws IllegalArgumentException when {@code name} is null or blank
   */
  public static TableBuilder table(String name) {
    return new TableBuilder(TableDef.named(Checks.name("table", name)));
  }

  /**
   * A NOT NULL column without default.
   *
   * @throws IllegalArgumentException when {@code name} is null or blank, or {@code type} is null
   */
  public static ColumnBuilder column(String name, SqlType type) {
    Checks.name("column", name);
    if (type == null) {
      throw new IllegalArgumentException("column " + name + " needs a type, was null");
    }
    return new ColumnBuilder(ColumnDef.of(name, type.type()));
  }

  /**
   * A non-unique index over {@code columns}, in order.
   *
   * @throws IllegalArgumentException when the name is blank or there is no column
   */
  public static IndexBuilder index(String name, String... columns) {
    Checks.name("index", name);
    return new IndexBuilder(new IndexDef(name, Checks.columns("index " + name, columns), false));
  }

  /**
   * A unique constraint (unique index) over {@code columns}, in order.
   *
   * @throws IllegalArgumentException when the name is blank or there is no column
   */
  public static IndexBuilder unique(String name, String... columns) {
    Checks.name("unique constraint", name);
    return new IndexBuilder(new IndexDef(name, Checks.columns("unique constraint " + name, columns), true));
  }

  /**
   * A foreign key over {@code columns}; complete it with {@code references(table, columns...)}.
   *
   * @throws IllegalArgumentException when the name is blank or there is no column
   */
  public static ForeignKeyBuilder foreignKey(String name, String... columns) {
    Checks.name("foreign key", name);
    return new ForeignKeyBuilder(name, Checks.columns("foreign key " + name, columns), null, List.of(), null, null);
  }

  /**
   * A CHECK constraint: rows for which {@code expression} (SQL, used verbatim on every database) is
   * false are refused.
   *
   * @throws IllegalArgumentException when the name or the expression is blank
   */
  public static CheckBuilder check(String name, String expression) {
    Checks.name("check", name);
    if (expression == null || expression.isBlank()) {
      throw new IllegalArgumentException("check " + name + " needs an SQL boolean expression, was "
          + (expression == null ? "null" : "'" + expression + "'"));
    }
    return new CheckBuilder(new CheckDef(name, expression));
  }
}
