package dev.strata;

import java.util.List;

/**
 * What {@code migrate()} did.
 *
 * @param applied the migrations applied in this run, in the order they ran; empty when the
 *     database was up to date
 * @param initialVersion the newest version in place before the run, or null for none
 * @param currentVersion the newest version in place after the run, or null for none
 */
public record MigrateResult(List<ExecutedMigration> applied, String initialVersion, String currentVersion) {

  public MigrateResult {
    applied = List.copyOf(applied);
  }

  /** How many migrations were applied. */
  public int appliedCount() {
    return applied.size();
  }

  /** The time spent in the applied migrations' statements, in milliseconds. */
  public long totalMs() {
    return applied.stream().mapToLong(ExecutedMigration::executionMs).sum();
  }
}
