package dev.strata.internal.dialect;

import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.LogicalType;
import java.util.Map;
import java.util.Set;

/**
 * How one database spells logical types in raw SQL. Every spelling is lower case, with single
 * spaces and none around parentheses and commas ({@code character varying}, {@code tinyint(1)}).
 *
 * @param names whole spellings and the type each means ({@code int4} is INTEGER, {@code char}
 *     is CHAR(1), {@code datetime(6)} is TIMESTAMP)
 * @param sized names followed by sizes, and the logical type they make: VARCHAR and CHAR take
 *     the one size as length, DECIMAL precision and scale (scale 0 when absent), and an integer
 *     type takes it as a display width that does not change the type ({@code int(11)})
 * @param unboundedText text types without a length limit ({@code text}, {@code longtext})
 */
public record TypeSpellings(Map<String, ColumnType> names, Map<String, LogicalType> sized,
    Set<String> unboundedText) {

  public TypeSpellings {
    names = Map.copyOf(names);
    sized = Map.copyOf(sized);
    unboundedText = Set.copyOf(unboundedText);
  }
}
