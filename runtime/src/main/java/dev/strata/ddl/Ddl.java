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
  public static final ColumnType BOOLEAN = ColumnType.of(LogicalType.BOOLEAN);
  /** The logical type {@code SMALLINT}. */
  public static final ColumnType SMALLINT = ColumnType.of(LogicalType.SMALLINT);
  /** The logical type {@code INTEGER}. */
  public static final ColumnType INTEGER = ColumnType.of(LogicalType.INTEGER);
  /** The logical type {@code BIGINT}. */
  public static final ColumnType BIGINT = ColumnType.of(LogicalType.BIGINT);
  /** The logical type {@code REAL}. */
  public static final ColumnType REAL = ColumnType.of(LogicalType.REAL);
  /** The logical type {@code DOUBLE}. */
  public static final ColumnType DOUBLE = ColumnType.of(LogicalType.DOUBLE);
  /** The logical type {@code BLOB}. */
  public static final ColumnType BLOB = ColumnType.of(LogicalType.BLOB);
  /** The logical type {@code UUID}. */
  public static final ColumnType UUID = ColumnType.of(LogicalType.UUID);
  /** The logical type {@code DATE}. */
  public static final ColumnType DATE = ColumnType.of(LogicalType.DATE);
  /** The logical type {@code TIME}. */
  public static final ColumnType TIME = ColumnType.of(LogicalType.TIME);
  /** The logical type {@code TIMESTAMP}. */
  public static final ColumnType TIMESTAMP = ColumnType.of(LogicalType.TIMESTAMP);
  /** The logical type {@code TIMESTAMP_TZ}. */
  public static final ColumnType TIMESTAMP_TZ = ColumnType.of(LogicalType.TIMESTAMP_TZ);

  private Ddl() {}

  /** Variable-length text of at most {@code length} characters. */
  public static ColumnType varchar(int length) {
    return ColumnType.varchar(length);
  }

  /** Fixed-length text of {@code length} characters. */
  public static ColumnType character(int length) {
    return ColumnType.character(length);
  }

  /** Exact numeric with {@code precision} digits, {@code scale} of them after the point. */
  public static ColumnType decimal(int precision, int scale) {
    return ColumnType.decimal(precision, scale);
  }

  /** An SQL type used verbatim on every database. */
  public static ColumnType raw(String sqlType) {
    return ColumnType.raw(sqlType);
  }

  /** A table with no columns yet. */
  public static TableBuilder table(String name) {
    return new TableBuilder(TableDef.named(name));
  }

  /** A NOT NULL column without default. */
  public static ColumnBuilder column(String name, ColumnType type) {
    return new ColumnBuilder(ColumnDef.of(name, type));
  }

  /** A non-unique index over {@code columns}, in order. */
  public static IndexDef index(String name, String... columns) {
    return new IndexDef(name, List.of(columns), false);
  }

  /** A unique constraint (unique index) over {@code columns}, in order. */
  public static IndexDef unique(String name, String... columns) {
    return new IndexDef(name, List.of(columns), true);
  }

  /** A foreign key over {@code columns}; complete it with {@code references(table, columns...)}. */
  public static ForeignKeyBuilder foreignKey(String name, String... columns) {
    return new ForeignKeyBuilder(name, List.of(columns), null, List.of(), null, null);
  }
}
