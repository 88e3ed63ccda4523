package dev.strata.generator;

/** Where a {@link Generator} run took the current schema from, the one the models are diffed against. */
public enum SchemaSource {
  /**
   * The snapshot beside the migrations ({@code schema.json}), which follows from exactly the
   * compiled migrations: nothing was replayed.
   */
  SNAPSHOT,
  /** The compiled migrations, replayed in memory. */
  REPLAY,
  /** The compiled migrations, applied to a temporary shadow database and read back from it. */
  SHADOW,
  /** A live database the compiled migrations were applied to, read back. */
  DATABASE
}
