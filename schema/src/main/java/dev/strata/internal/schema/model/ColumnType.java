package dev.strata.internal.schema.model;

import dev.strata.annotations.Dialect;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A column's type: a {@link LogicalType} plus its size where it has one.
 *
 * <p>The text form ({@link #toString()}, read back by {@link #parse(String)}) is what the manifest
 * and generated code use: {@code INTEGER}, {@code VARCHAR(255)}, {@code CHAR(1)},
 * {@code DECIMAL(19,2)}, {@code RAW(<sql>)} for an SQL type used verbatim on every database, and
 * {@code RAW{postgresql 'jsonb', mysql 'JSON', other 'TEXT'}} for one given per database family:
 * the families in {@link Dialect} order, then {@code other} for the SQL the rest use, each SQL
 * type quoted as an SQL string literal (a quote inside doubled).
 *
 * @param kind the logical type
 * @param length characters, for {@code VARCHAR} and {@code CHAR}; 0 otherwise
 * @param precision total digits, for {@code DECIMAL}; 0 otherwise
 * @param scale digits after the point, for {@code DECIMAL}; 0 otherwise
 * @param sql for {@code RAW}, the verbatim SQL type of every database family without one of its
 *     own in {@code dialectSql}, or null when that map names them all; null for other kinds
 * @param dialectSql for {@code RAW}, the verbatim SQL type of each database family that has its
 *     own (trimmed, never blank); empty for other kinds
 */
public record ColumnType(LogicalType kind, int length, int precision, int scale, String sql,
    Map<Dialect, String> dialectSql) {

  private static final String OTHER = "other";

  public ColumnType {
    Objects.requireNonNull(kind, "kind");
    if (kind == LogicalType.RAW) {
      sql = sql == null || sql.isBlank() ? null : sql.trim();
      EnumMap<Dialect, String> own = new EnumMap<>(Dialect.class);
      if (dialectSql != null) {
        dialectSql.forEach((dialect, type) -> {
          if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("a RAW column type needs an SQL type for " + dialect);
          }
          own.put(Objects.requireNonNull(dialect, "dialect"), type.trim());
        });
      }
      if (sql == null && own.isEmpty()) {
        throw new IllegalArgumentException("a RAW column type needs its SQL type");
      }
      dialectSql = Collections.unmodifiableMap(own);
    } else {
      sql = null;
      dialectSql = Map.of();
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

  /** A type without SQL per database family: what every type but a per-database RAW is. */
  public ColumnType(LogicalType kind, int length, int precision, int scale, String sql) {
    this(kind, length, precision, scale, sql, Map.of());
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
    if (sql == null || sql.isBlank()) {
      throw new IllegalArgumentException("a RAW column type needs its SQL type");
    }
    return new ColumnType(LogicalType.RAW, 0, 0, 0, sql);
  }

  /**
   * SQL types given per database family, used verbatim there.
   *
   * @param other the SQL type of every family {@code dialectSql} leaves out, or null when it names
   *     all that the type is used on
   * @param dialectSql each family's own SQL type; not all blank with {@code other} null
   */
  public static ColumnType raw(String other, Map<Dialect, String> dialectSql) {
    return new ColumnType(LogicalType.RAW, 0, 0, 0, other, dialectSql);
  }

  /** Whether this is a RAW type with SQL of its own for some database family. */
  public boolean perDialect() {
    return !dialectSql.isEmpty();
  }

  /**
   * The verbatim SQL type on {@code dialect}: its own, else the one of the others; null when this
   * type is not RAW or has none for {@code dialect}.
   */
  public String sqlOn(Dialect dialect) {
    return dialectSql.getOrDefault(dialect, sql);
  }

  /**
   * This type as {@code dialect} holds it: a RAW type given per database family becomes the plain
   * {@code RAW(<sql>)} of that family; any other type is itself.
   *
   * @throws IllegalStateException when this RAW type has no SQL type for {@code dialect}
   */
  public ColumnType on(Dialect dialect) {
    if (!perDialect()) {
      return this;
    }
    String own = sqlOn(dialect);
    if (own == null) {
      throw new IllegalStateException("the column type " + this + " has no SQL type for "
          + dialect.name().toLowerCase(Locale.ROOT) + ": give one for it, or one for the other databases");
    }
    return raw(own);
  }

  /**
   * Reads the text form written by {@link #toString()}; case-insensitive for logical types and
   * database family names.
   *
   * @throws IllegalArgumentException when the text is not a known type
   */
  public static ColumnType parse(String text) {
    String t = text.trim();
    if (t.regionMatches(true, 0, "RAW{", 0, 4) && t.endsWith("}")) {
      return parsePerDialect(t, text);
    }
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

  /** {@code RAW{<name> '<sql>', ...}}: names and SQL string literals, separated by commas. */
  private static ColumnType parsePerDialect(String t, String text) {
    String body = t.substring(4, t.length() - 1);
    EnumMap<Dialect, String> own = new EnumMap<>(Dialect.class);
    String other = null;
    int i = 0;
    while (true) {
      int quote = body.indexOf('\'', i);
      if (quote < 0) {
        throw new IllegalArgumentException("expected <database> '<sql>' in column type '" + text + "'");
      }
      String name = body.substring(i, quote).trim().toLowerCase(Locale.ROOT);
      StringBuilder sql = new StringBuilder();
      int j = quote + 1;
      while (true) {
        if (j >= body.length()) {
          throw new IllegalArgumentException("unterminated SQL type in column type '" + text + "'");
        }
        char c = body.charAt(j++);
        if (c == '\'') {
          if (j < body.length() && body.charAt(j) == '\'') {
            sql.append('\'');
            j++;
          } else {
            break;
          }
        } else {
          sql.append(c);
        }
      }
      boolean duplicate;
      if (name.equals(OTHER)) {
        duplicate = other != null;
        other = sql.toString();
      } else {
        Dialect dialect;
        try {
          dialect = Dialect.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("unknown database '" + name + "' in column type '" + text
              + "' (known: postgresql, mysql, sqlite, other)", e);
        }
        duplicate = own.put(dialect, sql.toString()) != null;
      }
      if (duplicate) {
        throw new IllegalArgumentException("database '" + name + "' given twice in column type '" + text + "'");
      }
      String rest = body.substring(j).stripLeading();
      if (rest.isBlank()) {
        break;
      }
      if (rest.charAt(0) != ',') {
        throw new IllegalArgumentException("expected ',' between databases in column type '" + text + "'");
      }
      i = body.length() - rest.length() + 1;
    }
    return own.isEmpty() ? raw(other) : raw(other, own);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case VARCHAR, CHAR -> kind + "(" + length + ")";
      case DECIMAL -> kind + "(" + precision + "," + scale + ")";
      case RAW -> perDialect() ? perDialectText() : "RAW(" + sql + ")";
      default -> kind.name();
    };
  }

  private String perDialectText() {
    StringBuilder text = new StringBuilder("RAW{");
    dialectSql.forEach((dialect, type) ->
        text.append(text.length() > 4 ? ", " : "").append(dialect.name().toLowerCase(Locale.ROOT)).append(' ')
            .append(quoted(type)));
    if (sql != null) {
      text.append(", ").append(OTHER).append(' ').append(quoted(sql));
    }
    return text.append('}').toString();
  }

  private static String quoted(String sql) {
    return "'" + sql.replace("'", "''") + "'";
  }
}
