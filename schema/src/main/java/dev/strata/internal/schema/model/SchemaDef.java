package dev.strata.internal.schema.model;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A whole schema: tables sorted by name. Immutable; every {@code with...} returns a new value.
 *
 * <p>Names are compared exactly (case-sensitive), as everywhere in the model. Looking a table up
 * by name and every {@code with...} take O(log n) for n tables, and a new value shares all
 * unchanged tables with the old one, so folding n operations into a schema (a replay, the diff's
 * simulation) takes about n log n, not n². {@link #tables()} is an immutable list equal to any
 * list of the same tables in the same order, so equality and the manifest form are those of a
 * plain list of tables.
 *
 * @param tables the tables, in any order; kept sorted by name
 */
public record SchemaDef(List<TableDef> tables) {

  /** The schema without tables. */
  public static final SchemaDef EMPTY = new SchemaDef(SchemaTables.EMPTY);

  /**
   * @throws IllegalArgumentException when two tables have the same name
   */
  public SchemaDef {
    tables = SchemaTables.of(tables);
  }

  private SchemaTables sorted() {
    return (SchemaTables) tables;
  }

  /** The table of that name, or empty. */
  public Optional<TableDef> table(String name) {
    return Optional.ofNullable(sorted().find(name));
  }

  /** Whether a table of that name exists. */
  public boolean hasTable(String name) {
    return sorted().find(name) != null;
  }

  /**
   * The tables that have an index (or unique constraint) of that name, by table name. A replay
   * checks a new index name against every table because index names are schema-wide on
   * PostgreSQL (an index is a relation, named uniquely among its schema's relations: CREATE INDEX
   * in the PostgreSQL manual) and database-wide on SQLite (CREATE INDEX in the SQLite docs).
   */
  public List<TableDef> tablesWithIndex(String indexName) {
    return sorted().withIndex(indexName);
  }

  /**
   * The tables with a foreign key that references {@code table}, by table name (the table itself
   * among them when it references itself): what blocks dropping it, and what a rename retargets.
   */
  public List<TableDef> tablesReferencing(String table) {
    return sorted().referencing(table);
  }

  /** Adds a table, or replaces the table of the same name. */
  public SchemaDef withTable(TableDef table) {
    SchemaTables next = sorted().with(table);
    return next == tables ? this : new SchemaDef(next);
  }

  /** This schema without the named table (unchanged when there is none). */
  public SchemaDef withoutTable(String name) {
    SchemaTables next = sorted().without(name);
    return next == tables ? this : new SchemaDef(next);
  }

  /**
   * Replaces the named table by what {@code change} returns (which may rename it); unchanged when
   * there is no such table.
   *
   * @throws IllegalArgumentException when {@code change} renames the table to the name of another
   */
  public SchemaDef mapTable(String name, UnaryOperator<TableDef> change) {
    TableDef old = sorted().find(name);
    if (old == null) {
      return this;
    }
    TableDef changed = change.apply(old);
    if (changed.name().equals(name)) {
      return withTable(changed);
    }
    if (hasTable(changed.name())) {
      throw new IllegalArgumentException("table " + changed.name() + " appears twice");
    }
    return withoutTable(name).withTable(changed);
  }

  /** This schema without source classes and rename hints: what a database would hold. */
  public SchemaDef withoutHints() {
    return new SchemaDef(tables.stream().map(TableDef::withoutHints).toList());
  }
}
