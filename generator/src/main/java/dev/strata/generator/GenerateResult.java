package dev.strata.generator;

import dev.strata.generator.diff.Change;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.SchemaDef;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Generator#generate} did. Which fields are set depends on {@link #status()}:
 *
 * <table>
 *   <caption>fields by status</caption>
 *   <tr><th>status</th><th>set</th><th>written</th></tr>
 *   <tr><td>{@code NO_CHANGES}</td><td>summary</td><td>nothing</td></tr>
 *   <tr><td>{@code REFUSED}</td><td>refusals, changes, up operations</td><td>nothing</td></tr>
 *   <tr><td>{@code CHECK_FAILED}</td><td>changes, up operations, refusals (may be empty)</td>
 *       <td>nothing</td></tr>
 *   <tr><td>{@code DRY_RUN}</td><td>class name, version, file (where it would go), source, changes,
 *       up operations</td><td>nothing</td></tr>
 *   <tr><td>{@code WRITTEN}</td><td>class name, version, file, snapshot, source, changes, up
 *       operations</td><td>the migration and {@code schema.json}</td></tr>
 * </table>
 *
 * @param status the outcome
 * @param summary one line for the user, such as {@code "No schema changes detected"}
 * @param refusals every refusal message, in a stable order; empty unless refused or checked
 * @param className the migration's simple class name, or null
 * @param version the migration's version, or null
 * @param file the migration's source file, or null
 * @param snapshot the written {@code schema.json}, or null
 * @param source the migration's Java source, or null
 * @param changes the changes the diff found, in order
 * @param upOperations the operations of {@code up()}, in order (render them with a dialect for
 *     SQL)
 * @param before the schema the migration starts from (the replayed migrations); to render SQL
 *     operation by operation, fold {@code upOperations} over it with
 *     {@link dev.strata.internal.replay.Replayer#apply} and look tables up in the state before each one
 */
public record GenerateResult(Status status, String summary, List<String> refusals, String className,
    String version, Path file, Path snapshot, String source, List<Change> changes, List<Operation> upOperations,
    SchemaDef before) {

  /** The outcome of a generate run. */
  public enum Status {
    /** The migrations already describe the models. */
    NO_CHANGES,
    /** Something stops generation; see {@link #refusals()}. */
    REFUSED,
    /** A migration and {@code schema.json} were written. */
    WRITTEN,
    /** {@code check}: the models and the migrations differ. */
    CHECK_FAILED,
    /** {@code dryRun}: the migration was built and not written. */
    DRY_RUN
  }

  public GenerateResult {
    refusals = List.copyOf(refusals);
    changes = List.copyOf(changes);
    upOperations = List.copyOf(upOperations);
    before = before == null ? SchemaDef.EMPTY : before;
  }

  /** Whether the run succeeded: no changes, written, or a dry run. */
  public boolean isSuccess() {
    return status == Status.NO_CHANGES || status == Status.WRITTEN || status == Status.DRY_RUN;
  }
}
