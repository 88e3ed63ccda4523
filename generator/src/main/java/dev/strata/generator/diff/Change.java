package dev.strata.generator.diff;

import dev.strata.internal.operation.Operation;
import java.util.List;
import java.util.Objects;

/**
 * One change between two schemas: the step that makes it and the steps that undo it.
 *
 * @param up the forward step
 * @param down the steps that undo {@code up}, in the order they run; a migration's
 *     {@code down()} runs the changes' {@code down} lists in reverse change order
 */
public record Change(Step up, List<Step> down) {

  public Change {
    Objects.requireNonNull(up, "up");
    down = List.copyOf(down);
  }

  /** The forward operation. */
  public Operation operation() {
    return up.operation();
  }

  /** What the forward operation does to existing data. */
  public Impact impact() {
    return up.impact();
  }

  /** The forward step's comment, or null. */
  public String comment() {
    return up.comment();
  }

  /** The operations that undo this change, in order. */
  public List<Operation> downOperations() {
    return down.stream().map(Step::operation).toList();
  }
}
