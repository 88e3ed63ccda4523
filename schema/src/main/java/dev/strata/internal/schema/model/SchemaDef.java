package dev.strata.internal.schema.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A whole schema: tables sorted by name. Immutable; every {@code with...} returns a new value.
 *
 * @param tables the tables
 */
public record SchemaDef(List<TableDef> tables) {

  /** The schema without tables. */
  public static final SchemaDef EMPTY = new SchemaDef(List.of());

  public SchemaDef {
    // replay builds schemas table by table: skip the sort when the list is already in order
    tables = isSorted(tables) ? List.copyOf(tables) : tables.stream().sorted(Comparator.comparing(TableDef::name)).toList();
    for (int i = 1; i < tables.size(); i++) {
      if (tables.get(i).name().equals(tables.get(i - 1).name())) {
        throw new IllegalArgumentException("table " + tables.get(i).name() + " appears twice");
      }
    }
  }

  private static boolean isSorted(List<TableDef> tables) {
    for (int i = 1; i < tables.size(); i++) {
      if (tables.get(i - 1).name().compareTo(tables.get(i).name()) > 0) {
        return false;
      }
    }
    return true;
  }

  /** The table of that name, or empty. */
  public Optional<TableDef> table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** Whether a table of that name exists. */
  public boolean hasTable(String name) {
    return table(name).isPresent();
  }

  /** Adds a table, or replaces the table of the same name. */
  public SchemaDef withTable(TableDef table) {
    List<TableDef> list = new ArrayList<>(tables.stream().filter(t -> !t.name().equals(table.name())).toList());
    list.add(table);
    return new SchemaDef(list);
  }

  /** This schema without the named table (unchanged when there is none). */
  public SchemaDef withoutTable(String name) {
    return new SchemaDef(tables.stream().filter(t -> !t.name().equals(name)).toList());
  }

  /** Replaces the named table by what {@code change} returns (which may rename it). */
  public SchemaDef mapTable(String name, UnaryOperator<TableDef> change) {
    return new SchemaDef(tables.stream().map(t -> t.name().equals(name) ? change.apply(t) : t).toList());
  }

  /** This schema without source classes and rename hints: what a database would hold. */
  public SchemaDef withoutHints() {
    return new SchemaDef(tables.stream().map(TableDef::withoutHints).toList());
  }
}
