package dev.strata.generator.diff;

/** What a change does to the data already in the database. */
public enum Impact {
  /** Adds structure and leaves existing data alone: create table, add column, index, key. */
  ADDITIVE,
  /**
   * Changes existing structure without removing data, though the database may rewrite it:
   * renames, a widening type change, relaxed nullability, a new default, dropping an index, a
   * foreign key or a primary key.
   */
  MODIFYING,
  /**
   * May remove data: drop table, drop column, a narrowing or incompatible type change, making a
   * column NOT NULL without a default.
   */
  DESTRUCTIVE
}
