package dev.strata.internal.manifest;

import dev.strata.internal.schema.model.SchemaDef;
import java.util.List;
import java.util.Objects;

/**
 * How the models differ from a snapshot, worded for a compiler diagnostic. The annotation processor
 * finds the implementation with {@link java.util.ServiceLoader} on its own class path: the
 * generator provides it (the diff of {@code generate --check}), and the processor, which cannot
 * depend on the generator (the runtime's tests depend on the processor, the generator on the
 * runtime), reports nothing when it is absent.
 */
public interface SnapshotDrift {

  /**
   * One difference.
   *
   * @param table the table of the model it belongs to (as named in the models)
   * @param column the column whose field it belongs to, or null when it belongs to the model class
   *     (a table, index or key), or to no model at all (a table no model describes)
   * @param message the text of the diagnostic, naming the table and column and saying what to run
   */
  record Difference(String table, String column, String message) {
    public Difference {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * The differences from {@code snapshot} (the schema the migrations give) to {@code desired} (the
   * models, with rename hints), in the order of the changes {@code generate} would write.
   */
  List<Difference> differences(SchemaDef snapshot, SchemaDef desired);
}
