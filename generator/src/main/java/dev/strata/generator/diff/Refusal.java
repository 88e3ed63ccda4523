package dev.strata.generator.diff;

import java.util.Objects;

/**
 * A problem that stops {@code generate}: the message names the table and column and says how to
 * go on.
 *
 * @param reason what kind of problem it is
 * @param message the full message for the user
 */
public record Refusal(Reason reason, String message) {

  /** Kinds of refusal. */
  public enum Reason {
    /** A change would lose data; {@code --allow-destructive} lets it through. */
    DESTRUCTIVE,
    /**
     * A dropped and an added column (or table) look alike, so it may be a rename without a hint;
     * {@code @RenamedFrom} or {@code --allow-destructive} resolves it.
     */
    POSSIBLE_RENAME,
    /** A NOT NULL column without default added to an existing table; never allowed. */
    NOT_NULL_WITHOUT_DEFAULT,
    /** A change the diff cannot express (adding or removing {@code @Auto}); never allowed. */
    UNSUPPORTED
  }

  public Refusal {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return message;
  }
}
