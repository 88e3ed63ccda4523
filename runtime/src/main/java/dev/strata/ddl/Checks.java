package dev.strata.ddl;

import java.util.Arrays;
import java.util.List;

/**
 * The checks the builders make as a migration builds its values, so a malformed value fails at the
 * call that made it, with a message in the migration's terms, before anything is recorded.
 */
final class Checks {
  private Checks() {}

  /** {@code name}, unless null or blank. */
  static String name(String what, String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(what + " name must not be blank, was "
          + (name == null ? "null" : "'" + name + "'"));
    }
    return name;
  }

  /** {@code columns} as a list, unless empty or naming a blank column. */
  static List<String> columns(String owner, String[] columns) {
    if (columns == null || columns.length == 0) {
      throw new IllegalArgumentException(owner + " needs at least one column");
    }
    for (String column : columns) {
      if (column == null || column.isBlank()) {
        throw new IllegalArgumentException(owner + " names a blank column: " + Arrays.toString(columns));
      }
    }
    return List.of(columns);
  }

  /** {@code value}, unless it is not above zero. */
  static int positive(String what, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(what + " must be > 0, was " + value);
    }
    return value;
  }
}
