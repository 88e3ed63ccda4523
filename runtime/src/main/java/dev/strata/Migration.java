package dev.strata;

/**
 * A migration: a class annotated {@code @dev.strata.annotations.Migration} that describes a schema
 * change with the operations of {@link MigrationContext}.
 *
 * <p>{@link #up} is recorded, not executed directly: the operations it calls are collected, their
 * canonical form gives the checksum, and the runner renders them for the database at hand. So
 * {@code up} must describe the same operations every time it is called. When it throws instead
 * (a {@link dev.strata.ddl.Ddl} builder refusing a value such as {@code varchar(0)}, or its own
 * code), the runner stops with {@link ErrorCode#INVALID_MIGRATION} before anything is applied.
 */
public interface Migration {

  /** Describes the change. */
  void up(MigrationContext db);

  /**
   * Describes the inverse of {@link #up}, used by rollback.
   *
   * @throws StrataException with {@link ErrorCode#IRREVERSIBLE} unless overridden
   */
  default void down(MigrationContext db) {
    throw new StrataException(ErrorCode.IRREVERSIBLE,
        getClass().getName() + " has no down(); write one to make it reversible");
  }
}
