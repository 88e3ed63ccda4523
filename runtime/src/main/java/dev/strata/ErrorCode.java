package dev.strata;

/** What kind of failure a {@link StrataException} reports. */
public enum ErrorCode {
  /** The schema manifest is missing or unreadable (the processor did not run). */
  MANIFEST_MISSING,
  /** A class in the migration index cannot be loaded or instantiated (stale build). */
  MIGRATION_NOT_LOADABLE,
  /** Two migrations have the same version, or a version is malformed. */
  BAD_VERSION,
  /** A migration's operations are inconsistent with the schema it applies to. */
  INVALID_OPERATION,
  /**
   * A migration's {@code up()} or {@code down()} threw while its operations were recorded: a DDL
   * value is malformed ({@code varchar(0)}, a foreign key without {@code references(...)}, a column
   * named twice) or the migration's own code failed. Migrations are recorded before anything runs,
   * so nothing of it was applied; the message names the migration, the operation and the line.
   */
  INVALID_MIGRATION,
  /** The database URL cannot be opened. */
  CONNECTION_FAILED,
  /**
   * The database product is not supported, or the project left it out of its target dialects
   * ({@code -Astrata.dialects}, recorded in the migration index).
   */
  UNSUPPORTED_DATABASE,
  /** A migration failed while running. */
  MIGRATION_FAILED,
  /** Validation failed: history and code disagree. */
  VALIDATION_FAILED,
  /** The database differs from what its applied migrations describe. */
  DRIFT_DETECTED,
  /** A migration has no down(). */
  IRREVERSIBLE,
  /** generate refuses a change that would lose data or cannot be applied as is. */
  REFUSED_CHANGE,
  /** The lock could not be taken. */
  LOCK_FAILED,
  /** A file could not be read or written. */
  IO,
  /** Invalid usage of the API or command line. */
  USAGE
}
