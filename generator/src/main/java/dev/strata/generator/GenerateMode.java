package dev.strata.generator;

/** What a {@link Generator} run does with the difference it finds. */
public enum GenerateMode {
  /** Write the migration and the snapshot: {@link GenerateOutcome.Written}. */
  WRITE,
  /**
   * Write nothing; say whether the models and the migrations differ, refusals included
   * ({@link GenerateOutcome.CheckFailed}), for CI.
   */
  CHECK,
  /** Build the migration and return it without writing anything: {@link GenerateOutcome.DryRun}. */
  DRY_RUN
}
