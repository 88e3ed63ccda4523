package dev.strata.ddl;

import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.LogicalType;
import dev.strata.internal.schema.model.TableDef;
import java.util.List;

/**
 * Static factories for the values migrations pass to {@link dev.strata.MigrationContext}; meant
 * to be imported with {@code import static dev.strata.ddl.Ddl.*}. Types are dialect-neutral: each
 * database renders them with its own SQL type.
 */
public final class Ddl {
  /** The logical type {@code BOOLEAN}. */
  public static final SqlType BOOLEAN = new SqlType(ColumnType.of(LogicalType.BOOLEAN));
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

  /** Variable-length text of at most {@code length} characters. */
  public static SqlType varchar(int length) {
    return new SqlType(ColumnType.varchar(length));
  }

  /** Fixed-length text of {@code length} characters. */
  public static SqlType character(int length) {
    return new SqlType(ColumnType.character(length));
  }

  /** Exact numeric with {@code precision} digits, {@code scale} of them after the point. */
  public static SqlType decimal(int precision, int scale) {
    return new SqlType(ColumnType.decimal(precision, scale));
  }

  /** An SQL type used verbatim on every database. */
  public static SqlType raw(String sqlType) {
    return new SqlType(ColumnType.raw(sqlType));
  }

  /** A table with no columns yet. */
  public static TableBuilder table(String name) {
    return new TableBuilder(TableDef.named(name));
  }

  /** A NOT NULL column without default. */
  public static ColumnBuilder column(String name, SqlType type) {
    return new ColumnBuilder(ColumnDef.of(name, type.type()));
  }

  /** A non-unique index over {@code columns}, in order. */
  public static IndexBuilder index(String name, String... columns) {
    return new IndexBuilder(new IndexDef(name, List.of(columns), false));
  }

  /** A unique constraint (unique index) over {@code columns}, in order. */
  public static IndexBuilder unique(String name, String... columns) {
    return new IndexBuilder(new IndexDef(name, List.of(columns), true));
  }

  /** A foreign key over {@code columns}; complete it with {@code references(table, columns...)}. */
  public static ForeignKeyBuilder foreignKey(String name, String... columns) {
    return new ForeignKeyBuilder(name, List.of(columns), null, List.of(), null, null);
  }
}
