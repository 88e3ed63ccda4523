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
 *     message as an SQL comment; otherwise null
 * @param indexDigest the index digest of the code the last successful run left the history up to
 *     date with, on the newest row only (at most one row carries one); otherwise null
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
    String indexDigest) {

  public HistoryRow {
    Objects.requireNonNull(version, "version");
  }

  /** A row without an index digest. */
  public HistoryRow(String version, String description, String checksum, Instant installedAt, long executionMs,
      boolean success, String installedBy, String failedStatement) {
    this(version, description, checksum, installedAt, executionMs, success, installedBy, failedStatement, null);
  }

  /** This row with {@code digest} as its index digest. */
  public HistoryRow withIndexDigest(String digest) {
    return new HistoryRow(version, description, checksum, installedAt, executionMs, success, installedBy,
        failedStatement, digest);
  }

  /** Whether this is the row written by {@code baseline}. */
  public boolean isBaseline() {
    return HistoryTable.BASELINE_CHECKSUM.equals(checksum);
  }
}
