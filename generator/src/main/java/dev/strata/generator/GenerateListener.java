package dev.strata.generator;

import dev.strata.internal.dialect.Unmodelled;
import java.util.List;

/**
 * Told what a {@link Generator} run is about to do, for a tool that shows progress (replaying
 * into a shadow database takes a while, and a failure there is clearer after a line saying so).
 */
@FunctionalInterface
public interface GenerateListener {

  /** A listener that shows nothing. */
  GenerateListener SILENT = (source, migrations) -> { };

  /**
   * Called once per run, before the current schema is read from {@code source}.
   *
   * @param source where it is read from
   * @param migrations how many compiled migrations there are
   */
  void readingCurrentSchema(SchemaSource source, int migrations);

  /**
   * Called once when the current schema was read from a live database ({@code --from-db}), with
   * what that database holds that Strata does not model, in table order: objects left out of the
   * comparison (carried verbatim, or not carried) and columns of a type only that database knows.
   * The migration written neither creates nor changes them. Not called for other sources.
   *
   * @param objects each with {@link Unmodelled#describe()} for the line to show; empty when none
   */
  default void unmodelled(List<Unmodelled> objects) {
  }
}
