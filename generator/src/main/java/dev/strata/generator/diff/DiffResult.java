package dev.strata.generator.diff;

import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.SchemaDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link SchemaDiff} found.
 *
 * @param changes the changes, in the order they must run
 * @param refusals the problems that stop generation, in a stable order; empty when the changes
 *     may be written
 * @param result the schema the changes' operations produce from the current schema (without
 *     hints); equal to the desired schema, column order and type spelling aside, when there are
 *     no refusals
 */
public record DiffResult(List<Change> changes, List<Refusal> refusals, SchemaDef result) {

  public DiffResult {
    changes = List.copyOf(changes);
    refusals = List.copyOf(refusals);
    Objects.requireNonNull(result, "result");
  }

  /** Whether the schemas are the same: no change and nothing refused. */
  public boolean isEmpty() {
    return changes.isEmpty() && refusals.isEmpty();
  }

  /** Whether something stops generation. */
  public boolean isRefused() {
    return !refusals.isEmpty();
  }

  /** The forward operations, in order. */
  public List<Operation> upOperations() {
    return changes.stream().map(Change::operation).toList();
  }

  /**
   * The steps that undo every change: each change's down steps, changes in reverse order, except
   * that the code steps (the {@link dev.strata.EmptyTableCheck}s of restored columns) come first,
   * so that a rollback they refuse changes nothing, also where DDL commits as it runs.
   */
  public List<Step> downSteps() {
    return downSteps(changes);
  }

  /** The down steps of {@code changes}, in the order {@link #downSteps()} describes. */
  public static List<Step> downSteps(List<Change> changes) {
    List<Step> checks = new ArrayList<>();
    List<Step> steps = new ArrayList<>();
    for (int i = changes.size() - 1; i >= 0; i--) {
      for (Step step : changes.get(i).down()) {
        (step.operation() instanceof Operation.RunCode ? checks : steps).add(step);
      }
    }
    checks.addAll(steps);
    return checks;
  }

  /** The operations of {@link #downSteps()}. */
  public List<Operation> downOperations() {
    return downSteps().stream().map(Step::operation).toList();
  }
}
