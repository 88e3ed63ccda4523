package dev.strata;

/** Where one migration stands, joining the migrations in the code with the history table. */
public enum MigrationState {
  /** Applied, and the code still describes the same operations. */
  APPLIED,
  /** In the code, not applied yet, newer than every applied migration: {@code migrate()} applies it. */
  PENDING,
  /**
   * In the code, not applied yet, but older than the newest applied migration: {@code migrate()}
   * refuses it unless out-of-order application is allowed.
   */
  OUT_OF_ORDER,
  /**
   * Recorded as failed (only where DDL is not transactional, on MySQL and MariaDB): part of it may
   * be applied; fix the database, then {@code repair()}.
   */
  FAILED,
  /**
   * Stopped part-way on MySQL or MariaDB (failed or killed) and marked by {@code repair()} to
   * resume, its code unchanged: {@code migrate()} runs its remaining statements, from the first one
   * not recorded as done.
   */
  RESUMABLE,
  /** Recorded as applied but not in the code any more. */
  MISSING,
  /** Applied, but the code's operations have changed since (the checksums differ). */
  CHECKSUM_MISMATCH,
  /** The baseline row written by {@code baseline(version)}. */
  BASELINE,
  /** In the code, not applied, at or below the baseline: counted as applied, never run. */
  BELOW_BASELINE;

  /**
   * Whether the database holds this migration as done: applied (changed since or not, in the code
   * or not), the baseline, or below it.
   */
  public boolean isInPlace() {
    return this == APPLIED || this == CHECKSUM_MISMATCH || this == MISSING || this == BASELINE
        || this == BELOW_BASELINE;
  }
}
