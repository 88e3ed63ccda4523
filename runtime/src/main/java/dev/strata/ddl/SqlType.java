package dev.strata.ddl;

import dev.strata.internal.ddl.DdlValues;
import dev.strata.internal.schema.model.ColumnType;

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

  @Override
  public boolean equals(Object o) {
    return o instanceof SqlType other && other.type.equals(type);
  }

  @Override
  public int hashCode() {
    return type.hashCode();
  }

  /** The type's text form: {@code BIGINT}, {@code VARCHAR(100)}, {@code DECIMAL(19,2)}, {@code RAW(jsonb)}. */
  @Override
  public String toString() {
    return type.toString();
  }
}
