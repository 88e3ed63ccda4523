package dev.strata.ddl;

import dev.strata.annotations.Dialect;
import dev.strata.internal.ddl.DdlValues;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.LogicalType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A dialect-neutral column type, such as {@link Ddl#BIGINT} or {@code varchar(100)}; each database
 * renders it with its own SQL type (see the type table in the documentation). Immutable; equal
 * when they describe the same type.
 */
public final class SqlType {
  static {
    DdlValues.register(SqlType.class, t -> t.type);
  }

  private final ColumnType type;

  SqlType(ColumnType type) {
    this.type = type;
  }

  ColumnType type() {
    return type;
  }

  /**
   * This raw type with {@code sqlType} used verbatim on {@code dialect}'s databases instead
   * ({@link Dialect#MYSQL} stands for MySQL and MariaDB): {@code raw("TEXT").on(Dialect.POSTGRESQL,
   * "jsonb")} is {@code jsonb} on PostgreSQL and {@code TEXT} elsewhere.
   *
   * @throws IllegalStateException when this is not a type made by {@link Ddl#raw}
   * @throws IllegalArgumentException when {@code sqlType} is null or blank, or this type already
   *     has its own SQL for {@code dialect}
   */
  public SqlType on(Dialect dialect, String sqlType) {
    Objects.requireNonNull(dialect, "dialect");
    if (type.kind() != LogicalType.RAW) {
      throw new IllegalStateException("on(" + dialect + ", ...) gives the SQL of a raw(...) type on one database;"
          + " " + type + " is rendered by each database already");
    }
    if (type.dialectSql().containsKey(dialect)) {
      throw new IllegalArgumentException("the raw type " + type + " has an SQL type for " + dialect + " already");
    }
    Map<Dialect, String> own = new EnumMap<>(Dialect.class);
    own.putAll(type.dialectSql());
    own.put(dialect, sql(sqlType));
    return new SqlType(ColumnType.raw(type.sql(), own));
  }

  /** {@code sqlType}, checked not to be null or blank. */
  static String sql(String sqlType) {
    if (sqlType == null || sqlType.isBlank()) {
      throw new IllegalArgumentException("a raw type needs an SQL type, was " + (sqlType == null ? "null" : "blank"));
    }
    return sqlType;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SqlType other && other.type.equals(type);
  }

  @Override
  public int hashCode() {
    return type.hashCode();
  }

  /**
   * The type's text form: {@code BIGINT}, {@code VARCHAR(100)}, {@code DECIMAL(19,2)},
   * {@code RAW(jsonb)}, {@code RAW{postgresql 'jsonb', other 'TEXT'}}.
   */
  @Override
  public String toString() {
    return type.toString();
  }
}
