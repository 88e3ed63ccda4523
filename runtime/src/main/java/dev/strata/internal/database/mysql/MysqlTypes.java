package dev.strata.internal.database.mysql;

import dev.strata.internal.dialect.Literals;
import dev.strata.internal.dialect.TypeSpellings;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.LogicalType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** MySQL/MariaDB column types and defaults as {@code information_schema} reports them. */
final class MysqlTypes {
  private static final Pattern SIZED = Pattern.compile("([a-z]+)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)(.*)");
  /** A standard SQL string literal: a quote inside doubled, a backslash just a backslash. */
  private static final Pattern QUOTED = Pattern.compile("^'((?:[^']|'')*)'$", Pattern.DOTALL);
  /** A MySQL string literal as MariaDB prints it: a quote doubled or escaped, backslash escapes. */
  private static final Pattern ESCAPED = Pattern.compile("^'((?:[^'\\\\]|''|\\\\.)*)'$", Pattern.DOTALL);
  private static final Pattern NOW = Pattern.compile(
      "(?i)(current_timestamp|now|localtimestamp|localtime)\\s*(?:\\(\\s*(\\d*)\\s*\\))?");
  private static final Pattern TODAY = Pattern.compile("(?i)(current_date\\s*(?:\\(\\s*\\))?|curdate\\s*\\(\\s*\\))");
  private static final Pattern CLOCK = Pattern.compile(
      "(?i)(current_time\\s*(?:\\(\\s*0?\\s*\\))?|curtime\\s*\\(\\s*0?\\s*\\))");
  /** An integer type with a display width and attributes: {@code int(10) unsigned}, {@code year(4)}. */
  private static final Pattern WIDTH = Pattern.compile(
      "(tinyint|smallint|mediumint|int|integer|bigint|year)\\s*\\(\\s*\\d+\\s*\\)(.*)");

  /**
   * The names MySQL writes and reports types by, as {@link #typeOf} reads them. {@code real} is left
   * out: it is DOUBLE, or FLOAT under the REAL_AS_FLOAT SQL mode (MySQL manual, "Floating-Point
   * Types").
   */
  static final TypeSpellings SPELLINGS = new TypeSpellings(
      Map.ofEntries(
          Map.entry("boolean", ColumnType.of(LogicalType.BOOLEAN)),
          Map.entry("bool", ColumnType.of(LogicalType.BOOLEAN)),
          Map.entry("tinyint(1)", ColumnType.of(LogicalType.BOOLEAN)),
          Map.entry("tinyint", ColumnType.of(LogicalType.TINYINT)),
          Map.entry("smallint", ColumnType.of(LogicalType.SMALLINT)),
          Map.entry("int", ColumnType.of(LogicalType.INTEGER)),
          Map.entry("integer", ColumnType.of(LogicalType.INTEGER)),
          Map.entry("bigint", ColumnType.of(LogicalType.BIGINT)),
          Map.entry("float", ColumnType.of(LogicalType.REAL)),
          Map.entry("double", ColumnType.of(LogicalType.DOUBLE)),
          Map.entry("double precision", ColumnType.of(LogicalType.DOUBLE)),
          Map.entry("longblob", ColumnType.of(LogicalType.BLOB)),
          Map.entry("date", ColumnType.of(LogicalType.DATE)),
          Map.entry("time", ColumnType.of(LogicalType.TIME)),
          Map.entry("datetime(6)", ColumnType.of(LogicalType.TIMESTAMP)),
          Map.entry("timestamp(6)", ColumnType.of(LogicalType.TIMESTAMP_TZ)),
          Map.entry("char", ColumnType.character(1))),
      Map.of(
          "varchar", LogicalType.VARCHAR,
          "char", LogicalType.CHAR,
          "decimal", LogicalType.DECIMAL,
          "numeric", LogicalType.DECIMAL,
          "tinyint", LogicalType.TINYINT,
          "smallint", LogicalType.SMALLINT,
          "int", LogicalType.INTEGER,
          "integer", LogicalType.INTEGER,
          "bigint", LogicalType.BIGINT),
      Set.of("text", "mediumtext", "longtext"));

  private MysqlTypes() {}

  /**
   * Whether a column MariaDB reports as {@code longtext} with the check {@code check} (the one named
   * like the column, or null) was declared JSON: MariaDB's JSON is an alias of LONGTEXT that adds
   * {@code CHECK (json_valid(`col`))} under the column's name (MariaDB knowledge base, "JSON Data
   * Type"). Read back as {@code RAW(json)}, it is what the model declared.
   */
  static boolean isMariadbJson(String column, ColumnType type, String check) {
    return type.equals(ColumnType.raw("longtext")) && check != null
        && check.replaceAll("\\s+", "").equalsIgnoreCase("json_valid(`" + column.replace("`", "``") + "`)");
  }

  /**
   * The logical type of a MySQL column type as {@code information_schema.COLUMNS.COLUMN_TYPE}
   * spells it: {@code tinyint(1)} is BOOLEAN, {@code char(36)} stays CHAR(36) (a UUID cannot be
   * told from other 36-character text), {@code datetime(6)} is TIMESTAMP, {@code timestamp(6)}
   * is TIMESTAMP_TZ, and so are {@code datetime} and {@code timestamp} without fractional seconds
   * (a copy holds microseconds); display widths of integers are ignored; anything else is RAW,
   * lower case outside quotes, without display widths ({@code int(10) unsigned} is
   * {@code RAW(int unsigned)}), the values of an ENUM or SET as they are
   * ({@code enum('G','PG-13')}).
   */
  static ColumnType typeOf(String columnType) {
    String t = lowerOutsideQuotes(columnType.trim());
    Matcher width = WIDTH.matcher(t);
    if (width.matches() && !t.equals("tinyint(1)")) {
      t = width.group(1) + width.group(2);
    }
    switch (t) {
      case "datetime": return ColumnType.of(LogicalType.TIMESTAMP);
      case "timestamp": return ColumnType.of(LogicalType.TIMESTAMP_TZ);
      case "boolean", "bool", "tinyint(1)": return ColumnType.of(LogicalType.BOOLEAN);
      case "tinyint": return ColumnType.of(LogicalType.TINYINT);
      case "smallint": return ColumnType.of(LogicalType.SMALLINT);
      case "int", "integer": return ColumnType.of(LogicalType.INTEGER);
      case "bigint": return ColumnType.of(LogicalType.BIGINT);
      case "float": return ColumnType.of(LogicalType.REAL);
      case "double", "double precision", "real": return ColumnType.of(LogicalType.DOUBLE);
      case "longblob": return ColumnType.of(LogicalType.BLOB);
      case "date": return ColumnType.of(LogicalType.DATE);
      case "time": return ColumnType.of(LogicalType.TIME);
      case "datetime(6)": return ColumnType.of(LogicalType.TIMESTAMP);
      case "timestamp(6)": return ColumnType.of(LogicalType.TIMESTAMP_TZ);
      case "char": return ColumnType.character(1);
      default: break;
    }
    Matcher m = SIZED.matcher(t);
    if (m.matches()) {
      String name = m.group(1);
      int first = Integer.parseInt(m.group(2));
      boolean two = m.group(3) != null;
      int second = two ? Integer.parseInt(m.group(3)) : 0;
      boolean plain = m.group(4).isBlank();
      if (plain && !two) {
        switch (name) {
          case "smallint": return ColumnType.of(LogicalType.SMALLINT);
          case "int", "integer": return ColumnType.of(LogicalType.INTEGER);
          case "bigint": return ColumnType.of(LogicalType.BIGINT);
          case "varchar": return ColumnType.varchar(first);
          case "char": return ColumnType.character(first);
          case "decimal", "numeric": return ColumnType.decimal(first, 0);
          default: break;
        }
      }
      if (plain && two && (name.equals("decimal") || name.equals("numeric")) && second <= first && first > 0) {
        return ColumnType.decimal(first, second);
      }
    }
    if (t.equals("decimal") || t.equals("numeric")) {
      return ColumnType.decimal(10, 0);
    }
    return ColumnType.raw(t);
  }

  /**
   * A default in standard SQL, as the model writes it and as introspection reads it once
   * {@link #standardLiteral} has resolved MariaDB's escapes: strings
   * quoted with {@code ''} for a quote and a backslash standing for itself, numbers plain (DECIMAL to its scale), booleans 1/0, date
   * and time literals in full ({@code '2020-01-02'} on a DATETIME(6) column is
   * {@code '2020-01-02 00:00:00.000000'}); on a TIMESTAMP or TIMESTAMP_TZ column
   * {@code CURRENT_TIMESTAMP}, {@code now()} and {@code current_timestamp(6)} as
   * {@code CURRENT_TIMESTAMP}, elsewhere as {@code current_timestamp(p)}; {@code curdate()} and
   * {@code CURRENT_DATE} as {@code CURRENT_DATE}, {@code curtime()} and {@code CURRENT_TIME} as
   * {@code CURRENT_TIME}; {@code NULL} is no default.
   */
  static String normalizeDefault(String value, ColumnType type) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    if (v.isEmpty() || v.equalsIgnoreCase("null")) {
      return null;
    }
    Matcher now = NOW.matcher(v);
    if (now.matches()) {
      String precision = now.group(2) == null ? "" : now.group(2);
      if (type.kind() == LogicalType.TIMESTAMP || type.kind() == LogicalType.TIMESTAMP_TZ) {
        // The column's precision (6 for DATETIME(6)/TIMESTAMP(6), 0 for DATETIME, read as TIMESTAMP).
        return "CURRENT_TIMESTAMP";
      }
      return "current_timestamp(" + precision + ")";
    }
    if (TODAY.matcher(v).matches()) {
      return "CURRENT_DATE";
    }
    if (CLOCK.matcher(v).matches()) {
      return "CURRENT_TIME";
    }
    Matcher q = QUOTED.matcher(v);
    String bare = q.matches() ? q.group(1).replace("''", "'") : null;
    LogicalType kind = type.kind();
    if (kind == LogicalType.BOOLEAN) {
      String b = (bare == null ? v : bare).trim().toLowerCase(Locale.ROOT);
      if (b.equals("true")) {
        return "1";
      }
      if (b.equals("false")) {
        return "0";
      }
    }
    if (Literals.isNumeric(kind) || kind == LogicalType.BOOLEAN) {
      String number = Literals.plainNumber((bare == null ? v : bare).trim());
      if (number != null) {
        BigDecimal n = new BigDecimal(number);
        return kind == LogicalType.DECIMAL ? n.setScale(type.scale(), RoundingMode.HALF_UP).toPlainString()
            : n.stripTrailingZeros().toPlainString();
      }
    }
    if (bare != null) {
      String quoted = "'" + bare.replace("'", "''") + "'";
      return switch (kind) {
        // DATETIME(6) and TIMESTAMP(6) print six digits of fractional seconds, TIME none.
        case TIMESTAMP, TIMESTAMP_TZ -> Literals.temporal(quoted, LogicalType.TIMESTAMP, 6);
        case TIME -> Literals.temporal(quoted, LogicalType.TIME, 0);
        case DATE -> Literals.temporal(quoted, LogicalType.DATE, 0);
        default -> quoted;
      };
    }
    return v;
  }

  /**
   * {@code sql} lower case, blanks collapsed, except inside quotes: the values of
   * {@code enum('G','PG-13')} keep their case and spacing.
   */
  static String lowerOutsideQuotes(String sql) {
    StringBuilder out = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (quoted) {
        out.append(c);
        if (c == '\\' && i + 1 < sql.length()) {
          out.append(sql.charAt(++i));
        } else if (c == '\'') {
          quoted = false;
        }
      } else if (c == '\'') {
        quoted = true;
        out.append(c);
      } else if (Character.isWhitespace(c)) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
      } else {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString().trim();
  }

  /**
   * {@code sql} with a MySQL string literal ({@code 'C:\\temp'}, {@code 'it\'s'}) written as a
   * standard SQL one ({@code 'C:\temp'}, {@code 'it''s'}): the backslash escapes MySQL reads unless
   * {@code NO_BACKSLASH_ESCAPES} is set resolved (MySQL reference manual, "String Literals",
   * table "Special Character Escape Sequences"). Anything else is returned as it is.
   */
  static String standardLiteral(String sql) {
    if (sql == null) {
      return null;
    }
    Matcher q = ESCAPED.matcher(sql.trim());
    if (!q.matches()) {
      return sql;
    }
    String inside = q.group(1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < inside.length(); i++) {
      char c = inside.charAt(i);
      if (c == '\'' && i + 1 < inside.length() && inside.charAt(i + 1) == '\'') {
        out.append('\'');
        i++;
      } else if (c == '\\' && i + 1 < inside.length()) {
        char n = inside.charAt(++i);
        out.append(switch (n) {
          case 'n' -> "\n";
          case 't' -> "\t";
          case 'r' -> "\r";
          case '0' -> "\0";
          case 'b' -> "\b";
          case 'Z' -> String.valueOf((char) 26);
          // \% and \_ keep their backslash outside LIKE patterns
          case '%', '_' -> "\\" + n;
          default -> String.valueOf(n);
        });
      } else {
        out.append(c);
      }
    }
    return "'" + out.toString().replace("'", "''") + "'";
  }

  /**
   * Whether a RAW type read from MySQL/MariaDB is one only they know: anything but {@code text}
   * ({@code enum(...)}, {@code int unsigned}, {@code year}, {@code mediumtext}, {@code json}, ...).
   */
  static boolean isEngineSpecific(ColumnType type) {
    return type.kind() == LogicalType.RAW && !type.sql().equals("text");
  }

  /** Whether {@code value} is CURRENT_TIMESTAMP, now() or a synonym, with or without precision. */
  static boolean isCurrentTimestamp(String value) {
    return NOW.matcher(value.trim()).matches();
  }
}
