package dev.strata;

import java.util.List;

/**
 * What {@code repair()} changed in {@code strata_schema_history}; every list holds versions.
 *
 * @param removedFailed failed rows removed (the migrations count as not applied again)
 * @param realigned applied rows whose checksum and description were set to the code's
 * @param removedMissing rows of applied migrations no longer in the code, removed
 */
public record RepairResult(List<String> removedFailed, List<String> realigned, List<String> removedMissing) {

  public RepairResult {
    removedFailed = List.copyOf(removedFailed);
    realigned = List.copyOf(realigned);
    removedMissing = List.copyOf(removedMissing);
  }

  /** Whether nothing needed repair. */
  public boolean isEmpty() {
    return removedFailed.isEmpty() && realigned.isEmpty() && removedMissing.isEmpty();
  }
}
