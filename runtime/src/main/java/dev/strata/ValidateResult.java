package dev.strata;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@code validate()} found. Validation problems are reported here, not thrown; call
 * {@link #throwIfInvalid()} to fail on them.
 *
 * @param problems what disagrees, in version order; empty when valid
 * @param applied how many migrations are in place
 * @param pending how many migrations {@code migrate()} would apply
 * @param notes what validation could not check and why (tables that raw SQL in a migration may
 *     change, tables older than the baseline), one sentence each; informational, never a problem
 */
public record ValidateResult(List<Problem> problems, int applied, int pending, List<String> notes) {

  public ValidateResult {
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
  }

  /** A result without notes. */
  public ValidateResult(List<Problem> problems, int applied, int pending) {
    this(problems, applied, pending, List.of());
  }

  /**
   * One disagreement.
   *
   * @param code {@link ErrorCode#VALIDATION_FAILED} for history against code,
   *     {@link ErrorCode#DRIFT_DETECTED} for the database against its applied migrations
   * @param subject the migration version (or table) at fault
   * @param message what is wrong and what to do
   */
  public record Problem(ErrorCode code, String subject, String message) {}

  /** Whether nothing disagrees. */
  public boolean isValid() {
    return problems.isEmpty();
  }

  /**
   * Returns this result when valid.
   *
   * @throws StrataException with the first problem's code and every problem's message
   */
  public ValidateResult throwIfInvalid() {
    if (!problems.isEmpty()) {
      throw new StrataException(problems.get(0).code(), describe(problems));
    }
    return this;
  }

  /** A message listing {@code problems}, one a paragraph. */
  public static String describe(List<Problem> problems) {
    return "validation failed: the database and the migrations in the code disagree:\n"
        + problems.stream().map(p -> "  - " + p.message()).collect(Collectors.joining("\n"));
  }
}
