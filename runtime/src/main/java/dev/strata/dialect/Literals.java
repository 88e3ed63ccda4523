package dev.strata.dialect;

import dev.strata.schema.model.LogicalType;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Helpers for writing default values in the one spelling a database reads them back with, so
 * that a default Strata wrote compares equal to what introspection reads.
 */
final class Literals {
  private static final Pattern QUOTED = Pattern.compile("^'((?:[^']|'')*)'$");
  private static final Set<String> KEYWORDS = Set.of(
      "CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME", "LOCALTIMESTAMP", "LOCALTIME");

  private Literals() {}

  /** Numbers plain (unquoted for numeric types), booleans lower case, keywords upper case. */
  static String plain(String v, LogicalType kind) {
    String upper = v.toUpperCase(Locale.ROOT);
    if (KEYWORDS.contains(upper)) {
      return upper;
    }
    if (isNumeric(kind)) {
      Matcher q = QUOTED.matcher(v);
      String bare = q.matches() ? q.group(1).trim() : v;
      String number = plainNumber(bare);
      if (number != null) {
        return number;
      }
    }
    if (kind == LogicalType.BOOLEAN) {
      Matcher q = QUOTED.matcher(v);
      String bare = (q.matches() ? q.group(1) : v).trim().toLowerCase(Locale.ROOT);
      if (Set.of("true", "t", "yes", "on", "y").contains(bare)) {
        return "true";
      }
      if (Set.of("false", "f", "no", "off", "n").contains(bare)) {
        return "false";
      }
    }
    return v;
  }

  static boolean isNumeric(LogicalType kind) {
    return switch (kind) {
      case SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, DECIMAL -> true;
      default -> false;
    };
  }

  /** {@code text} as a plain decimal number, or null when it is not a number. */
  static String plainNumber(String text) {
    String t = text.startsWith("+") ? text.substring(1) : text;
    if (!t.matches("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
      return null;
    }
    return new BigDecimal(t).toPlainString();
  }
}
