package dev.strata.internal.dialect;

import dev.strata.internal.schema.model.LogicalType;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Helpers for writing default values in the one spelling a database reads them back with, so
 * that a default Strata wrote compares equal to what introspection reads. Shared by the databases'
 * type mappings.
 */
public final class Literals {
  private static final Pattern QUOTED = Pattern.compile("^'((?:[^']|'')*)'$");
  private static final Pattern DATE_TIME = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?");
  private static final Pattern TIME_OF_DAY = Pattern.compile("(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?");
  private static final Set<String> KEYWORDS = Set.of(
      "CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME", "LOCALTIMESTAMP", "LOCALTIME");

  private Literals() {}

  /** Numbers plain (unquoted for numeric types), booleans lower case, keywords upper case. */
  public static String plain(String v, LogicalType kind) {
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

  /**
   * A quoted DATE, TIME or TIMESTAMP literal in the form databases print defaults back:
   * {@code 'yyyy-MM-dd'}, {@code 'HH:mm:ss'}, {@code 'yyyy-MM-dd HH:mm:ss'}, a missing time of day
   * or seconds filled in with zeros. {@code fraction} is how many digits of fractional seconds
   * follow: exactly that many (MySQL prints a DATETIME(6) default with 6), or, when negative, as
   * few as the value needs (PostgreSQL). Anything else (no quotes, an offset, an expression) is
   * returned as it is.
   */
  public static String temporal(String v, LogicalType kind, int fraction) {
    Matcher q = QUOTED.matcher(v);
    if (!q.matches()) {
      return v;
    }
    String inside = q.group(1).trim();
    Matcher date = DATE_TIME.matcher(inside);
    Matcher time = TIME_OF_DAY.matcher(inside);
    String out;
    if (kind == LogicalType.DATE && date.matches() && date.group(2) == null) {
      out = date.group(1);
    } else if (kind == LogicalType.TIMESTAMP && date.matches()) {
      out = date.group(1) + " " + (date.group(2) == null ? clock("00", "00", "00", null, fraction)
          : clock(date.group(2), date.group(3), date.group(4), date.group(5), fraction));
    } else if (kind == LogicalType.TIME && time.matches()) {
      out = clock(time.group(1), time.group(2), time.group(3), time.group(4), fraction);
    } else {
      return v;
    }
    return "'" + out + "'";
  }

  private static String clock(String hours, String minutes, String seconds, String digits, int fraction) {
    String text = hours + ":" + minutes + ":" + (seconds == null ? "00" : seconds);
    String f = digits == null ? "" : digits;
    if (fraction < 0) {
      f = f.replaceAll("0+$", "");
    } else {
      f = (f + "0".repeat(fraction)).substring(0, fraction);
    }
    return f.isEmpty() ? text : text + "." + f;
  }

  /** Whether defaults of {@code kind} are numbers. */
  public static boolean isNumeric(LogicalType kind) {
    return switch (kind) {
      case TINYINT, SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, DECIMAL -> true;
      default -> false;
    };
  }

  /** {@code text} as a plain decimal number, or null when it is not a number. */
  public static String plainNumber(String text) {
    String t = text.startsWith("+") ? text.substring(1) : text;
    if (!t.matches("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
      return null;
    }
    return new BigDecimal(t).toPlainString();
  }
}
