package dev.strata.internal.introspect;

import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.model.CheckExpressions;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.IndexPredicates;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Joins what replaying migrations in memory says with what a database (a shadow database the
 * migrations were applied to) actually holds. The result is the replayed schema wherever the
 * database agrees with its {@linkplain SqlDialect#project projection}, so logical types the
 * database cannot tell apart (a UUID stored as CHAR(36), a VARCHAR(255) stored as TEXT) keep their
 * migration form, and the database's own structure wherever they differ: tables, columns,
 * indexes and foreign keys that hand-written SQL added, changed or removed. A partial index keeps
 * the replayed text of its predicate when the database's spelling is {@linkplain IndexPredicates
 * equivalent} to it.
 *
 * <p>{@code refine(r, dialect.project(r))} is {@code r} without hints; the projection of
 * {@code refine(r, i)} is {@code i} for any {@code i} read by an {@link Introspector}, except that
 * a check's expression may be the replayed spelling of the database's
 * ({@link CheckExpressions#equivalent}).
 */
public final class SchemaRefiner {
  private final SqlDialect dialect;

  /** A refiner for schemas introspected from {@code dialect}'s database. */
  public SchemaRefiner(SqlDialect dialect) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
  }

  /**
   * {@code introspected} with the replayed form kept wherever the two agree. Tables and columns
   * keep the database's order; indexes, foreign keys and primary keys are the database's (no
   * dialect changes them). A check keeps the replayed expression when the database's is
   * {@linkplain CheckExpressions#equivalent equivalent} to it (the database's spelling differs).
   */
  public SchemaDef refine(SchemaDef replayed, SchemaDef introspected) {
    List<TableDef> tables = new ArrayList<>();
    for (TableDef actual : introspected.tables()) {
      Optional<TableDef> source = replayed.table(actual.name()).map(TableDef::withoutHints);
      tables.add(source.map(r -> refine(r, actual)).orElse(actual.withoutHints()));
    }
    return new SchemaDef(tables);
  }

  private TableDef refine(TableDef replayed, TableDef actual) {
    TableDef projected = dialect.project(new SchemaDef(List.of(replayed))).tables().get(0);
    List<ColumnDef> columns = new ArrayList<>();
    for (ColumnDef column : actual.columns()) {
      Optional<ColumnDef> mine = replayed.column(column.name());
      Optional<ColumnDef> seen = projected.column(column.name());
      if (mine.isEmpty() || seen.isEmpty()) {
        columns.add(column.withoutHints());
        continue;
      }
      ColumnDef r = mine.get();
      ColumnDef p = seen.get();
      columns.add(new ColumnDef(column.name(),
          p.type().equals(column.type()) ? r.type() : column.type(),
          p.nullable() == column.nullable() ? r.nullable() : column.nullable(),
          Objects.equals(p.defaultValue(), column.defaultValue()) ? r.defaultValue() : column.defaultValue(),
          p.auto() == column.auto() ? r.auto() : column.auto(),
          null));
    }
    List<CheckDef> checks = actual.checks().stream()
        .map(c -> replayed.check(c.name())
            .filter(r -> CheckExpressions.equivalent(r.expression(), c.expression()))
            .orElse(c))
        .toList();
    return new TableDef(actual.name(), null, columns, actual.primaryKey(), indexes(replayed, actual),
        actual.foreignKeys(), checks, null);
  }

  /**
   * The database's indexes, each with the replayed predicate text where the database holds the
   * same predicate in its own spelling (PostgreSQL prints it back with parentheses and casts).
   */
  private static List<IndexDef> indexes(TableDef replayed, TableDef actual) {
    List<IndexDef> indexes = new ArrayList<>();
    for (IndexDef index : actual.indexes()) {
      Optional<IndexDef> mine = replayed.index(index.name());
      indexes.add(mine.isPresent() && IndexPredicates.sameIndex(mine.get(), index) ? index.withWhere(mine.get().where()) : index);
    }
    return indexes;
  }
}
