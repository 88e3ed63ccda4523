package dev.strata;

import java.util.List;

/**
 * What {@code repair()} changed in {@code strata_schema_history}; every list holds versions.
 *
 * @param removedFailed failed rows removed (the migrations count as not applied again)
 * @param realigned applied rows whose checksum and description were set to the code's
 * @param removedMissing rows of applied migrations no longer in the code, removed
 * @param resumable migrations that stopped part-way on MySQL or MariaDB, code unchanged, whose rows
 *     were kept with their count of statements done and marked to resume: the next
 *     {@code migrate()} runs their remaining statements
 */
public record RepairResult(List<String> removedFailed, List<String> realigned, List<String> removedMissing,
    List<String> resumable) {

  public RepairResult {
    removedFailed = List.copyOf(removedFailed);
    realigned = List.copyOf(realigned);
    removedMissing = List.copyOf(removedMissing);
    resumable = List.copyOf(resumable);
  }

  /** A result with no migration marked to resume. */
  public RepairResult(List<String> removedFailed, List<String> realigned, List<String> removedMissing) {
    this(removedFailed, realigned, removedMissing, List.of());
  }

  /** Whether nothing needed repair. */
  public boolean isEmpty() {
    return removedFailed.isEmpty() && realigned.isEmpty() && removedMissing.isEmpty() && resumable.isEmpty();
  }
}
