package dev.strata.internal.database.postgresql;

import dev.strata.internal.dialect.Literals;
import dev.strata.internal.dialect.TypeSpellings;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.LogicalType;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PostgreSQL types and defaults as the system catalogs report them. */
final class PostgresTypes {
  private static final Pattern SIZED = Pattern.compile("([a-z ]+?)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)");

  private static final Pattern CAST = Pattern.compile("^('(?:[^']|'')*')::[a-z_ ]+(?:\\([0-9, ]+\\))?(?:\\[\\])?$",
      Pattern.CASE_INSENSITIVE);
  /** {@code DEFAULT NULL} on a typed column, as PostgreSQL keeps it: {@code NULL::character varying}. */
  private static final Pattern NULL_CAST = Pattern.compile("^null::[a-z_ ]+(?:\\([0-9, ]+\\))?(?:\\[\\])?$",
      Pattern.CASE_INSENSITIVE);

  /**
   * The names PostgreSQL writes and reads types by, with the aliases it accepts (PostgreSQL manual,
   * "Data Types", table 8.1). {@code timestamp(6)} holds what {@code timestamp} holds: PostgreSQL
   * keeps microseconds ("Date/Time Types").
   */
  static final TypeSpellings SPELLINGS = new TypeSpellings(
      Map.ofEntries(
          Map.entry("boolean", ColumnType.of(LogicalType.BOOLEAN)),
          Map.entry("bool", ColumnType.of(LogicalType.BOOLEAN)),
          Map.entry("smallint", ColumnType.of(LogicalType.SMALLINT)),
          Map.entry("int2", ColumnType.of(LogicalType.SMALLINT)),
          Map.entry("integer", ColumnType.of(LogicalType.INTEGER)),
          Map.entry("int", ColumnType.of(LogicalType.INTEGER)),
          Map.entry("int4", ColumnType.of(LogicalType.INTEGER)),
          Map.entry("bigint", ColumnType.of(LogicalType.BIGINT)),
          Map.entry("int8", ColumnType.of(LogicalType.BIGINT)),
          Map.entry("real", ColumnType.of(LogicalType.REAL)),
          Map.entry("float4", ColumnType.of(LogicalType.REAL)),
          Map.entry("double precision", ColumnType.of(LogicalType.DOUBLE)),
          Map.entry("float8", ColumnType.of(LogicalType.DOUBLE)),
          Map.entry("float", ColumnType.of(LogicalType.DOUBLE)),
          Map.entry("bytea", ColumnType.of(LogicalType.BLOB)),
          Map.entry("uuid", ColumnType.of(LogicalType.UUID)),
          Map.entry("date", ColumnType.of(LogicalType.DATE)),
          Map.entry("time", ColumnType.of(LogicalType.TIME)),
          Map.entry("time without time zone", ColumnType.of(LogicalType.TIME)),
          Map.entry("timestamp", ColumnType.of(LogicalType.TIMESTAMP)),
          Map.entry("timestamp(6)", ColumnType.of(LogicalType.TIMESTAMP)),
          Map.entry("timestamp without time zone", ColumnType.of(LogicalType.TIMESTAMP)),
          Map.entry("timestamptz", ColumnType.of(LogicalType.TIMESTAMP_TZ)),
          Map.entry("timestamp with time zone", ColumnType.of(LogicalType.TIMESTAMP_TZ)),
          Map.entry("char", ColumnType.character(1)),
          Map.entry("character", ColumnType.character(1))),
      Map.of(
          "varchar", LogicalType.VARCHAR,
          "character varying", LogicalType.VARCHAR,
          "char", LogicalType.CHAR,
          "character", LogicalType.CHAR,
          "numeric", LogicalType.DECIMAL,
          "decimal", LogicalType.DECIMAL),
      Set.of("text", "varchar", "character varying"));

  /** {@code now()} and {@code transaction_timestamp()}: what {@code CURRENT_TIMESTAMP} is. */
  private static final Pattern NOW = Pattern.compile("(?i)(now|transaction_timestamp)\\s*\\(\\s*\\)");
  /** {@code ('now'::text)::date}, as older pg_dump output writes {@code CURRENT_DATE}. */
  private static final Pattern TODAY = Pattern.compile("(?i)\\(?'now'(::text)?\\)?::date");

  private PostgresTypes() {}

  /**
   * Whether a RAW type read from PostgreSQL is one only it knows: anything but {@code text}
   * ({@code jsonb}, {@code tsvector}, {@code tstzrange}, {@code integer[]}, a domain, ...).
   */
  static boolean isEngineSpecific(ColumnType type) {
    return type.kind() == LogicalType.RAW && !type.sql().equals("text");
  }

  /**
   * The logical type of a PostgreSQL type as {@code format_type()} spells it ({@code integer},
   * {@code character varying(100)}, {@code numeric(19,2)}, {@code timestamp with time zone});
   * common aliases ({@code int4}, {@code varchar(n)}, {@code timestamptz}) are understood too.
   * Anything else is RAW, lower-cased with single spaces.
   */
  static ColumnType typeOf(String sqlType) {
    String t = sqlType.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    switch (t) {
      case "boolean", "bool": return ColumnType.of(LogicalType.BOOLEAN);
      case "smallint", "int2": return ColumnType.of(LogicalType.SMALLINT);
      case "integer", "int", "int4": return ColumnType.of(LogicalType.INTEGER);
      case "bigint", "int8": return ColumnType.of(LogicalType.BIGINT);
      case "real", "float4": return ColumnType.of(LogicalType.REAL);
      case "double precision", "float8", "float": return ColumnType.of(LogicalType.DOUBLE);
      case "bytea": return ColumnType.of(LogicalType.BLOB);
      case "uuid": return ColumnType.of(LogicalType.UUID);
      case "date": return ColumnType.of(LogicalType.DATE);
      case "time", "time without time zone": return ColumnType.of(LogicalType.TIME);
      case "timestamp", "timestamp without time zone": return ColumnType.of(LogicalType.TIMESTAMP);
      case "timestamptz", "timestamp with time zone": return ColumnType.of(LogicalType.TIMESTAMP_TZ);
      case "character", "char", "bpchar": return ColumnType.character(1);
      default: break;
    }
    Matcher m = SIZED.matcher(t);
    if (m.matches()) {
      String name = m.group(1).trim();
      int first = Integer.parseInt(m.group(2));
      boolean two = m.group(3) != null;
      int second = two ? Integer.parseInt(m.group(3)) : 0;
      switch (name) {
        case "character varying", "varchar":
          if (!two && first > 0) {
            return ColumnType.varchar(first);
          }
          break;
        case "character", "char", "bpchar":
          if (!two && first > 0) {
            return ColumnType.character(first);
          }
          break;
        case "numeric", "decimal":
          if (first > 0 && second <= first) {
            return ColumnType.decimal(first, second);
          }
          break;
        default:
          break;
      }
    }
    return ColumnType.raw(t);
  }

  /**
   * A PostgreSQL default as {@code pg_get_expr} prints it, without casts of literals
   * ({@code 'draft'::character varying} is {@code 'draft'}); numbers plain; booleans
   * {@code true}/{@code false}; the date-time keywords upper case; date and time literals in full
   * ({@code '2020-01-02'} on a TIMESTAMP column is {@code '2020-01-02 00:00:00'}); {@code NULL}
   * (also {@code NULL::character varying}) is no default; {@code now()} is
   * {@code CURRENT_TIMESTAMP} and {@code ('now'::text)::date} is {@code CURRENT_DATE}.
   */
  static String normalizeDefault(String value, ColumnType type) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    if (v.isEmpty() || v.equalsIgnoreCase("null") || NULL_CAST.matcher(v).matches()) {
      return null;
    }
    if (NOW.matcher(v).matches()) {
      return "CURRENT_TIMESTAMP";
    }
    if (TODAY.matcher(v).matches()) {
      return "CURRENT_DATE";
    }
    Matcher cast = CAST.matcher(v);
    while (cast.matches()) {
      v = cast.group(1);
      cast = CAST.matcher(v);
    }
    LogicalType kind = type.kind();
    String plain = Literals.plain(v, kind);
    boolean temporal = kind == LogicalType.DATE || kind == LogicalType.TIME || kind == LogicalType.TIMESTAMP;
    return temporal ? Literals.temporal(plain, kind, -1) : plain;
  }
}
