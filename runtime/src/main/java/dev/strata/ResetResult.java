package dev.strata;

import java.util.List;

/**
 * What {@code reset()} did.
 *
 * @param rolledBack the migrations rolled back, newest first
 * @param historyTableDropped whether {@code strata_schema_history} was dropped (it is when no row
 *     is left, that is when there was no baseline)
 */
public record ResetResult(List<ExecutedMigration> rolledBack, boolean historyTableDropped) {

  public ResetResult {
    rolledBack = List.copyOf(rolledBack);
  }
}
