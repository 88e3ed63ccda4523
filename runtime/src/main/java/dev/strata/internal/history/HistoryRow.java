package dev.strata.internal.history;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of {@code strata_schema_history}.
 *
 * @param version the migration version (primary key)
 * @param description the migration description
 * @param checksum the checksum of the migration's {@code up()} when it was applied, or
 *     {@link HistoryTable#BASELINE_CHECKSUM} for the row {@code baseline} writes
 * @param installedAt when it finished, UTC; null when only the probe columns were read
 * @param executionMs how long it ran, in milliseconds
 * @param success false for a failure recorded on a database without transactional DDL (MySQL)
 * @param installedBy the database user or the configured name; null when only probed
 * @param failedStatement for a failed row, the statement that failed followed by the database's
 *     message as an SQL comment, or (a migration that stopped without a failure being recorded: a
 *     killed run) a comment saying which statement was running; null otherwise, and null on a failed
 *     row that {@code repair} marked to resume
 * @param indexDigest the index digest of the code the last successful run left the history up to
 *     date with, on the newest row only (at most one row carries one); otherwise null
 * @param stepsDone where DDL is not transactional (MySQL, MariaDB), how many statements of the
 *     migration's {@code up()} have completed (each SQL statement and each code step counts as one);
 *     null on other databases, for the baseline and for a failed rollback
 */
public record HistoryRow(
    String version,
    String description,
    String checksum,
    Instant installedAt,
    long executionMs,
    boolean success,
    String installedBy,
    String failedStatement,
    String indexDigest,
    Integer stepsDone) {

  public HistoryRow {
    Objects.requireNonNull(version, "version");
  }

  /** A row without an index digest or a steps count. */
  public HistoryRow(String version, String description, String checksum, Instant installedAt, long executionMs,
      boolean success, String installedBy, String failedStatement) {
    this(version, description, checksum, installedAt, executionMs, success, installedBy, failedStatement, null);
  }

  /** A row without a steps count. */
  public HistoryRow(String version, String description, String checksum, Instant installedAt, long executionMs,
      boolean success, String installedBy, String failedStatement, String indexDigest) {
    this(version, description, checksum, installedAt, executionMs, success, installedBy, failedStatement,
        indexDigest, null);
  }

  /** This row with {@code digest} as its index digest. */
  public HistoryRow withIndexDigest(String digest) {
    return new HistoryRow(version, description, checksum, installedAt, executionMs, success, installedBy,
        failedStatement, digest, stepsDone);
  }

  /**
   * Whether this is a failed row that {@code repair} marked to resume: the migration continues
   * with statement {@link #stepsDone()} + 1 at the next {@code migrate}.
   */
  public boolean isResumable() {
    return !success && stepsDone != null && failedStatement == null;
  }

  /** Whether this is the row written by {@code baseline}. */
  public boolean isBaseline() {
    return HistoryTable.BASELINE_CHECKSUM.equals(checksum);
  }
}
