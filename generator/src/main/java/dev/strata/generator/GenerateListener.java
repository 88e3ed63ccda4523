package dev.strata.generator;

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
}
