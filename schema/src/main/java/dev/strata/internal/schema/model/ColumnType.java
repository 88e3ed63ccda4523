package dev.strata.internal.schema.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A column's type: a {@link LogicalType} plus its size where it has one.
 *
 * <p>The text form ({@link #toString()}, read back by {@link #parse(String)}) is what the manifest
 * and generated code use: {@code INTEGER}, {@code VARCHAR(255)}, {@code CHAR(1)},
 * {@code DECIMAL(19,2)}, and {@code RAW(<sql>)} for a verbatim SQL type.
 *
 * @param kind the logical type
 * @param length characters, for {@code VARCHAR} and {@code CHAR}; 0 otherwise
 * @param precision total digits, for {@code DECIMAL}; 0 otherwise
 * @param scale digits after the point, for {@code DECIMAL}; 0 otherwise
 * @param sql the verbatim SQL type, for {@code RAW}; null otherwise
 */
public record ColumnType(LogicalType kind, int length, int precision, int scale, String sql) {

  public ColumnType {
    Objects.requireNonNull(kind, "kind");
    if (kind == LogicalType.RAW) {
      if (sql == null || sql.isBlank()) {
        throw new IllegalArgumentException("a RAW column type needs its SQL type");
      }
      sql = sql.trim();
    } else {
      sql = null;
    }
    if ((kind == LogicalType.VARCHAR || kind == LogicalType.CHAR) && length <= 0) {
      throw new IllegalArgumentException(kind + " needs a length > 0, got " + length);
    }
    if (kind != LogicalType.VARCHAR && kind != LogicalType.CHAR) {
      length = 0;
    }
    if (kind == LogicalType.DECIMAL) {
      if (precision <= 0 || scale < 0 || scale > precision) {
        throw new IllegalArgumentException(
            "DECIMAL needs 0 < precision and 0 <= scale <= precision, got " + precision + "," + scale);
      }
    } else {
      precision = 0;
      scale = 0;
    }
  }

  /** A type without size: anything but VARCHAR, CHAR, DECIMAL and RAW. */
  public static ColumnType of(LogicalType kind) {
    return new ColumnType(kind, 0, 0, 0, null);
  }

  /** {@code VARCHAR(length)}, length in characters (&gt; 0). */
  public static ColumnType varchar(int length) {
    return new ColumnType(LogicalType.VARCHAR, length, 0, 0, null);
  }

  /** {@code CHAR(length)}, length in characters (&gt; 0). */
  public static ColumnType character(int length) {
    return new ColumnType(LogicalType.CHAR, length, 0, 0, null);
  }

  /** {@code DECIMAL(precision,scale)}: {@code precision} digits, {@code scale} of them after the point. */
  public static ColumnType decimal(int precision, int scale) {
    return new ColumnType(LogicalType.DECIMAL, 0, precision, scale, null);
  }

  /** An SQL type used verbatim on every database. */
  public static ColumnType raw(String sql) {
    return new ColumnType(LogicalType.RAW, 0, 0, 0, sql);
  }

  /**
   * Reads the text form written by {@link #toString()}; case-insensitive for logical types.
   *
   * @throws IllegalArgumentException when the text is not a known type
   */
  public static ColumnType parse(String text) {
    String t = text.trim();
    if (t.regionMatches(true, 0, "RAW(", 0, 4) && t.endsWith(")")) {
      return raw(t.substring(4, t.length() - 1));
    }
    int open = t.indexOf('(');
    String name = (open < 0 ? t : t.substring(0, open)).trim().toUpperCase(Locale.ROOT);
    LogicalType kind;
    try {
      kind = LogicalType.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown column type '" + text + "'", e);
    }
    if (open < 0) {
      return of(kind);
    }
    if (!t.endsWith(")")) {
      throw new IllegalArgumentException("unknown column type '" + text + "'");
    }
    String[] args = t.substring(open + 1, t.length() - 1).split(",");
    try {
      return switch (kind) {
        case VARCHAR -> varchar(Integer.parseInt(args[0].trim()));
        case CHAR -> character(Integer.parseInt(args[0].trim()));
        case DECIMAL -> decimal(
            Integer.parseInt(args[0].trim()), args.length > 1 ? Integer.parseInt(args[1].trim()) : 0);
        default -> throw new IllegalArgumentException("type " + kind + " takes no size: '" + text + "'");
      };
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad size in column type '" + text + "'", e);
    }
  }

  @Override
  public String toString() {
    return switch (kind) {
      case VARCHAR, CHAR -> kind + "(" + length + ")";
      case DECIMAL -> kind + "(" + precision + "," + scale + ")";
      case RAW -> "RAW(" + sql + ")";
      default -> kind.name();
    };
  }
}
