package dev.strata.annotations;

/**
 * A family of databases that spells SQL types alike, as a model names it: in
 * {@link DialectType#dialect()} and in the processor option {@code -Astrata.dialects}.
 */
public enum Dialect {
  /** PostgreSQL. */
  POSTGRESQL,
  /** MySQL and MariaDB, which share their type names. */
  MYSQL,
  /** SQLite. */
  SQLITE
}
