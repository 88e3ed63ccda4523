package dev.strata.internal.schema.model;

/**
 * The dialect-neutral type of a column. Each dialect renders it with its own SQL type (see the
 * type table in docs/databases.md); {@link #RAW} carries an SQL type used verbatim everywhere.
 */
public enum LogicalType {
  BOOLEAN,
  /**
   * A one-byte integer, -128 to 127 ({@code byte}): TINYINT on MySQL and MariaDB, SMALLINT on
   * PostgreSQL, which has no one-byte integer, INTEGER on SQLite.
   */
  TINYINT,
  SMALLINT,
  INTEGER,
  BIGINT,
  /** Single precision floating point ({@code float}). */
  REAL,
  /** Double precision floating point ({@code double}). */
  DOUBLE,
  /** Exact numeric with precision and scale ({@code BigDecimal}). */
  DECIMAL,
  /** Variable-length text with a maximum length ({@code String}, enums). */
  VARCHAR,
  /** Fixed-length text ({@code char}). */
  CHAR,
  /** Binary data ({@code byte[]}). */
  BLOB,
  UUID,
  DATE,
  TIME,
  /** Date and time without zone ({@code LocalDateTime}). */
  TIMESTAMP,
  /** An instant ({@code Instant}, {@code OffsetDateTime}). */
  TIMESTAMP_TZ,
  /** An SQL type given verbatim by {@code @Column(type = ...)}. */
  RAW;

  /** Whether values of this type are integers (the types {@code @Auto} accepts). */
  public boolean isIntegral() {
    return this == TINYINT || this == SMALLINT || this == INTEGER || this == BIGINT;
  }
}
