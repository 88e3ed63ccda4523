package dev.strata.generator;

/** Where a {@link Generator} run took the current schema from, the one the models are diffed against. */
public enum SchemaSource {
  /**
   * The snapshot ({@code META-INF/strata/snapshot.json} among the resources by default), whose
   * index digest is the compiled migration index's: nothing was replayed, no migration loaded.
   */
  SNAPSHOT,
  /** The compiled migrations, replayed in memory. */
  REPLAY,
  /** The compiled migrations, applied to a temporary shadow database and read back from it. */
  SHADOW,
  /** A live database the compiled migrations were applied to, read back. */
  DATABASE
}
