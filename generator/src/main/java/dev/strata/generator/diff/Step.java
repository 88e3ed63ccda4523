package dev.strata.generator.diff;

import dev.strata.internal.operation.Operation;
import java.util.Objects;

/**
 * One operation of a migration with what it does to existing data.
 *
 * @param operation the operation
 * @param impact its effect on existing data
 * @param comment a sentence for the reader of the generated migration, or null; for a
 *     {@link Impact#DESTRUCTIVE} step it says what data the step removes (for example
 *     {@code "removes column users.bio and its data"}), and it is null on a step that drops what
 *     its own migration's {@code up()} created (that loses only rows written since)
 */
public record Step(Operation operation, Impact impact, String comment) {

  public Step {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(impact, "impact");
  }
}
