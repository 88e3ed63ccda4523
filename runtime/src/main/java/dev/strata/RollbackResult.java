package dev.strata;

import java.util.List;

/**
 * What {@code rollback(count)} did.
 *
 * @param rolledBack the migrations rolled back, newest first
 * @param currentVersion the newest version still in place, or null for none
 */
public record RollbackResult(List<ExecutedMigration> rolledBack, String currentVersion) {

  public RollbackResult {
    rolledBack = List.copyOf(rolledBack);
  }
}
