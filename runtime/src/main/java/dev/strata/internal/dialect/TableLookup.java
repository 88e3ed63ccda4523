package dev.strata.internal.dialect;

import dev.strata.internal.schema.model.TableDef;
import java.util.Optional;

/** The current definition of a table, by name; the runner answers from the live database. */
@FunctionalInterface
public interface TableLookup {
  /** The table, or empty when there is none of that name. */
  Optional<TableDef> table(String name);
}
