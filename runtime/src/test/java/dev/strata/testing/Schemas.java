package dev.strata.testing;

import dev.strata.ddl.TableBuilder;
import dev.strata.diff.ColumnTypes;
import dev.strata.schema.model.ColumnDef;
import dev.strata.schema.model.SchemaDef;
import dev.strata.schema.model.TableDef;
import java.util.Arrays;
import java.util.Comparator;

/** Small builders and comparisons for schema fixtures. */
public final class Schemas {
  private Schemas() {}

  /** A schema of the given tables, built with the migration DSL. */
  public static SchemaDef schema(TableBuilder... tables) {
    return new SchemaDef(Arrays.stream(tables).map(TableBuilder::toDef).toList());
  }

  /** A schema of the given tables. */
  public static SchemaDef schema(TableDef... tables) {
    return new SchemaDef(Arrays.asList(tables));
  }

  /**
   * {@code schema} as a database would compare it: no hints, normalised types, trimmed defaults,
   * columns sorted by name (column order is not part of what the diff keeps).
   */
  public static SchemaDef comparable(SchemaDef schema) {
    return new SchemaDef(ColumnTypes.normalize(schema).tables().stream()
        .map(t -> t.withColumns(t.columns().stream().sorted(Comparator.comparing(ColumnDef::name)).toList()))
        .toList());
  }

  /** {@code schema} without hints and with normalised types, keeping column order. */
  public static SchemaDef normalized(SchemaDef schema) {
    return ColumnTypes.normalize(schema);
  }
}
