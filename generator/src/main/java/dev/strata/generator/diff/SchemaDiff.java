package dev.strata.generator.diff;

import dev.strata.internal.schema.model.SchemaDef;

/**
 * Compares the current schema (replayed from the existing migrations) with the desired one (the
 * manifest) and returns the changes that turn one into the other. Pure: no I/O, no database.
 *
 * <h2>What it detects</h2>
 * Created, dropped and renamed tables; added, dropped and renamed columns; a column's type,
 * nullability and default ({@code alterColumn} carries the whole new column); created and dropped
 * indexes and unique constraints (a changed one is dropped and created again); added and dropped
 * foreign keys with their actions (a changed one is dropped and added again); a changed primary
 * key (dropped and added again); added and dropped checks, compared by name and by
 * {@linkplain dev.strata.internal.schema.model.CheckExpressions#equivalent normalised expression}
 * (a changed one is dropped and added again, with comments saying so). Types are compared through {@link ColumnTypes#normalize}, so
 * {@code RAW(int4)} and {@code INTEGER} are equal; defaults are compared trimmed. Column order,
 * source classes and hints never make a change: a new column is appended.
 *
 * <h2>Renames</h2>
 * Renames come only from {@code @RenamedFrom} hints ({@code TableDef.renamedFrom},
 * {@code ColumnDef.renamedFrom}); a hint is followed while the old name exists and the new one
 * does not, and ignored once stale. When a table loses a column and gains one of the same type
 * without a hint, the diff does not guess: it refuses ({@link Refusal.Reason#POSSIBLE_RENAME}:
 * {@code did you rename `a` to `b`? add `@RenamedFrom("a")` on `b`}, to which the tool adds its
 * own way to allow destructive changes), and with {@code allowDestructive} it drops and adds. The
 * same holds for a dropped and a created table with the same columns.
 *
 * <h2>Refusals</h2>
 * Unless {@code allowDestructive}, every {@link Impact#DESTRUCTIVE} change is refused, each with
 * its own {@link Refusal} (reason, table or column, and what it loses): drop table, drop column, a
 * type change that does not {@link ColumnTypes#widens widen} (VARCHAR(255) → VARCHAR(50), BIGINT →
 * INTEGER, fewer decimal digits, DOUBLE → REAL, an unrelated type), and nullable → NOT NULL
 * without a default. Always
 * refused: a NOT NULL column without default added to an existing table (existing rows would
 * have no value), and adding or removing {@code @Auto} on an existing column. The changes are
 * returned even when refused, for display.
 *
 * <h2>Order</h2>
 * The changes run in these phases, each sorted by table name and then by object name (columns in
 * table order), so equal inputs always give the same output:
 * <ol>
 *   <li>drop checks that go or change, and those naming a column renamed here (MySQL refuses to
 *       rename or drop a column a check uses; the model's check is added back in the last phase);
 *   <li>drop foreign keys: those that go or change, those on dropped tables, and those whose
 *       columns, or referenced columns, are dropped, altered, in a dropped index or in a changed
 *       primary key (databases refuse to alter what a foreign key depends on; they are added
 *       back in the last phase);
 *   <li>drop indexes that go or change (including those on dropped columns);
 *   <li>rename tables, then rename columns;
 *   <li>create tables, referenced tables before referencing ones, with their indexes and with the
 *       foreign keys whose target is ready; a cycle is broken by creating the first table on it
 *       without the foreign keys into the cycle, which are added in the last phase;
 *   <li>add columns;
 *   <li>drop primary keys that change (before their columns are altered: PostgreSQL refuses to
 *       make a key column nullable, MySQL silently keeps it NOT NULL);
 *   <li>alter columns;
 *   <li>add primary keys that change (their columns are NOT NULL by then);
 *   <li>drop columns;
 *   <li>drop tables, referencing tables before referenced ones;
 *   <li>create indexes;
 *   <li>add foreign keys;
 *   <li>add checks.
 * </ol>
 *
 * <h2>Guarantees</h2>
 * Replaying the up operations onto the current schema gives the desired schema without hints
 * (compared through {@link ColumnTypes#normalize(SchemaDef)}, column order aside); replaying the
 * down operations onto that gives back the current schema (column order aside: a re-added
 * column is appended). A dropped table or column is restored as structure only.
 */
public final class SchemaDiff {

  private SchemaDiff() {}

  /** {@link #compare(SchemaDef, SchemaDef, boolean)} refusing destructive changes. */
  public static DiffResult compare(SchemaDef current, SchemaDef desired) {
    return compare(current, desired, false);
  }

  /**
   * The changes from {@code current} to {@code desired}.
   *
   * @param current the schema the existing migrations produce; hints in it are ignored
   * @param desired the schema the models describe, with their rename hints
   * @param allowDestructive whether destructive changes (and unhinted look-alike renames, as drop
   *     and add) are allowed rather than refused
   * @throws dev.strata.StrataException {@link dev.strata.ErrorCode#INVALID_OPERATION} when
   *     {@code desired} is inconsistent (a foreign key or index naming a missing table or column)
   */
  public static DiffResult compare(SchemaDef current, SchemaDef desired, boolean allowDestructive) {
    return new Planner(current, desired, allowDestructive).plan();
  }
}
