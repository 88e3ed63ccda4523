package dev.strata.generator.diff;

import dev.strata.annotations.Dialect;
import java.util.EnumMap;
import dev.strata.internal.database.Dialects;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.dialect.TypeSpellings;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.LogicalType;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compares column types the way a database sees them, so that two spellings of one type never
 * produce a change.
 *
 * <p>{@link #normalize(ColumnType)} maps a {@code RAW} SQL type written in the spelling of any
 * supported database onto the logical type it means ({@code RAW(int4)} → {@code INTEGER},
 * {@code RAW(character varying(40))} → {@code VARCHAR(40)}, {@code RAW(timestamptz)} →
 * {@code TIMESTAMP_TZ}); any other raw type is kept as {@code RAW} in lower case with single
 * spaces, so {@code RAW(TEXT)} equals {@code RAW(text)}. The spellings come from the databases
 * ({@link SqlDialect#typeSpellings}); one whose meaning differs between databases ({@code float},
 * {@code timestamp(6)}) is left raw.
 *
 * <p>{@link #widens(ColumnType, ColumnType)} tells whether every value of one type fits the other
 * unchanged; a type change that does not widen may lose data and is destructive. One that widens
 * may still lose data on one database ({@link #databaseLosses}: {@code DATETIME} to
 * {@code TIMESTAMP} on MySQL), and is destructive too.
 */
public final class ColumnTypes {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SPACE_AROUND_PUNCTUATION = Pattern.compile(" ?([(),]) ?");
  private static final Pattern SHAPE = Pattern.compile(
      "([a-z][a-z0-9_ ]*?)(?:\\((\\d+)(?:,(\\d+))?\\))?( with time zone| without time zone)?");

  private static final List<TypeSpellings> SPELLINGS =
      Dialects.all().stream().map(SqlDialect::typeSpellings).toList();

  /** Whole raw spellings, by the type they mean on every database that has them. */
  private static final Map<String, ColumnType> NAMES = agreed(SPELLINGS.stream().map(TypeSpellings::names).toList());

  /** Names followed by sizes, by the logical type they make on every database that has them. */
  private static final Map<String, LogicalType> SIZED = agreed(SPELLINGS.stream().map(TypeSpellings::sized).toList());

  /** Raw text types without a length limit (normalised spelling). */
  private static final Set<String> UNBOUNDED_TEXT = SPELLINGS.stream()
      .flatMap(s -> s.unboundedText().stream()).collect(Collectors.toUnmodifiableSet());

  /** Normalised raw types by their SQL; a schema holds few distinct spellings, so it stays small. */
  private static final Map<String, ColumnType> CACHE = new ConcurrentHashMap<>();
  private static final int CACHE_LIMIT = 4096;

  private ColumnTypes() {}

  /** The canonical form of {@code type}; equal canonical forms mean the same database type. */
  public static ColumnType normalize(ColumnType type) {
    if (type.kind() != LogicalType.RAW) {
      return type;
    }
    if (type.perDialect()) {
      return normalizePerDialect(type);
    }
    ColumnType cached = CACHE.get(type.sql());
    if (cached != null) {
      return cached;
    }
    ColumnType normalized = normalizeRaw(type);
    if (CACHE.size() < CACHE_LIMIT) {
      CACHE.put(type.sql(), normalized);
    }
    return normalized;
  }

  /**
   * A RAW type given per database family as the SQL each family gets, in the normalised spelling
   * and without SQL for "the others": however it was written, the same SQL per family gives the
   * same value. SQL that means one type on every family ({@code int4}, {@code int},
   * {@code integer}) is that type.
   */
  private static ColumnType normalizePerDialect(ColumnType type) {
    Map<Dialect, String> each = new EnumMap<>(Dialect.class);
    Set<ColumnType> meanings = new HashSet<>();
    for (Dialect dialect : Dialect.values()) {
      String sql = type.sqlOn(dialect);
      if (sql != null) {
        each.put(dialect, spelling(sql));
        meanings.add(normalize(ColumnType.raw(sql)));
      }
    }
    if (each.size() == Dialect.values().length && meanings.size() == 1) {
      return meanings.iterator().next();
    }
    return ColumnType.raw(null, each);
  }

  /** Lower case, single spaces, none around parentheses and commas. */
  private static String spelling(String sql) {
    return SPACE_AROUND_PUNCTUATION.matcher(
        SPACES.matcher(sql.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll("$1").trim();
  }

  private static ColumnType normalizeRaw(ColumnType type) {
    String sql = spelling(type.sql());
    ColumnType named = NAMES.get(sql);
    if (named != null) {
      return named;
    }
    Matcher m = SHAPE.matcher(sql);
    if (m.matches() && m.group(2) != null && m.group(4) == null) {
      LogicalType kind = SIZED.get(m.group(1).trim());
      int first = Integer.parseInt(m.group(2));
      Integer second = m.group(3) == null ? null : Integer.valueOf(m.group(3));
      ColumnType sized = kind == null ? null : sized(kind, first, second);
      if (sized != null) {
        return sized;
      }
    }
    return ColumnType.raw(sql);
  }

  /** The type a sized spelling makes, or null when the sizes do not fit it. */
  private static ColumnType sized(LogicalType kind, int first, Integer second) {
    switch (kind) {
      case VARCHAR:
        return second == null && first > 0 ? ColumnType.varchar(first) : null;
      case CHAR:
        return second == null && first > 0 ? ColumnType.character(first) : null;
      case DECIMAL:
        int scale = second == null ? 0 : second;
        return first > 0 && scale <= first ? ColumnType.decimal(first, scale) : null;
      case TINYINT:
      case SMALLINT:
      case INTEGER:
      case BIGINT:
        // A display width, as in int(11): the type stays what it is.
        return second == null ? ColumnType.of(kind) : null;
      default:
        return null;
    }
  }

  /**
   * The entries of {@code tables} on which every table that has the key agrees; a key that two
   * tables map to different values is left out.
   */
  private static <V> Map<String, V> agreed(List<Map<String, V>> tables) {
    Map<String, V> agreed = new HashMap<>();
    Set<String> disputed = new HashSet<>();
    for (Map<String, V> table : tables) {
      table.forEach((key, value) -> {
        V other = agreed.putIfAbsent(key, value);
        if (other != null && !other.equals(value)) {
          disputed.add(key);
        }
      });
    }
    agreed.keySet().removeAll(disputed);
    return Map.copyOf(agreed);
  }

  /** Whether {@code a} and {@code b} are the same database type. */
  public static boolean equivalent(ColumnType a, ColumnType b) {
    return normalize(a).equals(normalize(b));
  }

  /** {@code value} trimmed, or null when null or blank: defaults are compared in this form. */
  public static String normalizeDefault(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.trim();
  }

  /**
   * Whether the two columns hold the same state as far as the diff cares: equivalent types, the
   * same nullability, auto flag and trimmed default. Names and hints are not compared.
   */
  public static boolean sameDefinition(ColumnDef a, ColumnDef b) {
    return equivalent(a.type(), b.type()) && a.nullable() == b.nullable() && a.auto() == b.auto()
        && Objects.equals(normalizeDefault(a.defaultValue()), normalizeDefault(b.defaultValue()));
  }

  /**
   * {@code schema} with every column type {@link #normalize normalized} and every default
   * trimmed, without hints: two schemas a database cannot tell apart (column order aside) give
   * equal values.
   */
  public static SchemaDef normalize(SchemaDef schema) {
    return new SchemaDef(schema.withoutHints().tables().stream().map(ColumnTypes::normalize).toList());
  }

  private static TableDef normalize(TableDef table) {
    return table.withColumns(table.columns().stream()
        .map(c -> c.withType(normalize(c.type())).withDefaultValue(normalizeDefault(c.defaultValue())))
        .toList());
  }

  /**
   * Whether every value of type {@code from} is kept unchanged by a column of type {@code to}:
   * a longer text, a larger integer, a decimal with at least as many digits on each side of the
   * point, {@code REAL} to {@code DOUBLE}, a date to a timestamp, and anything but binary data to
   * unbounded text. Equivalent types widen trivially. Anything else narrows or converts and may
   * lose data.
   */
  public static boolean widens(ColumnType from, ColumnType to) {
    ColumnType a = normalize(from);
    ColumnType b = normalize(to);
    if (a.equals(b)) {
      return true;
    }
    if (a.perDialect() || b.perDialect()) {
      // Given per database family: it widens when it does on each family both types are for.
      for (Dialect dialect : Dialect.values()) {
        if (on(a, dialect) != null && on(b, dialect) != null && !widens(on(a, dialect), on(b, dialect))) {
          return false;
        }
      }
      return true;
    }
    if (isUnboundedText(b)) {
      return a.kind() != LogicalType.BLOB && (a.kind() != LogicalType.RAW || isUnboundedText(a));
    }
    switch (a.kind()) {
      case TINYINT:
      case SMALLINT:
      case INTEGER:
      case BIGINT:
        return integralWidens(a.kind(), b);
      case REAL:
        return b.kind() == LogicalType.DOUBLE;
      case DECIMAL:
        return (b.kind() == LogicalType.DECIMAL && b.scale() >= a.scale()
                && b.precision() - b.scale() >= a.precision() - a.scale())
            || (b.kind() == LogicalType.VARCHAR && b.length() >= a.precision() + 2);
      case VARCHAR:
        return b.kind() == LogicalType.VARCHAR && b.length() >= a.length();
      case CHAR:
        return (b.kind() == LogicalType.VARCHAR || b.kind() == LogicalType.CHAR) && b.length() >= a.length();
      case UUID:
        return (b.kind() == LogicalType.VARCHAR || b.kind() == LogicalType.CHAR) && b.length() >= 36;
      case DATE:
        return b.kind() == LogicalType.TIMESTAMP || b.kind() == LogicalType.TIMESTAMP_TZ;
      case TIMESTAMP:
        return b.kind() == LogicalType.TIMESTAMP_TZ;
      default:
        return false;
    }
  }

  /**
   * What a change from {@code from} to {@code to}, which {@link #widens}, may still lose on some
   * supported database ({@link SqlDialect#typeChangeLoss}), as phrases about {@code name} (the
   * column, or "it"), one per loss, naming the databases:
   * {@code "changes it from DATETIME(6) to TIMESTAMP(6) on MySQL and MariaDB, where ..."}. Empty
   * when every database keeps every value.
   */
  public static List<String> databaseLosses(ColumnType from, ColumnType to, String name) {
    ColumnType a = normalize(from);
    ColumnType b = normalize(to);
    record Loss(String from, String to, String what) {}
    Map<Loss, List<String>> databasesByLoss = new LinkedHashMap<>();
    for (SqlDialect dialect : Dialects.all()) {
      if (on(a, family(dialect)) == null || on(b, family(dialect)) == null) {
        continue;
      }
      String what = dialect.typeChangeLoss(a, b);
      if (what != null) {
        databasesByLoss.computeIfAbsent(new Loss(dialect.sqlType(a), dialect.sqlType(b), what),
            k -> new ArrayList<>()).add(dialect.displayName());
      }
    }
    List<String> losses = new ArrayList<>();
    databasesByLoss.forEach((loss, databases) -> losses.add("changes " + name + " from " + loss.from() + " to "
        + loss.to() + " on " + and(databases) + ", where " + loss.what()));
    return losses;
  }

  /** {@code type} as {@code dialect}'s family holds it, or null when it has no SQL type there. */
  private static ColumnType on(ColumnType type, Dialect dialect) {
    return type.perDialect() && type.sqlOn(dialect) == null ? null : type.on(dialect);
  }

  /** The family whose type names {@code dialect}'s database uses. */
  private static Dialect family(SqlDialect dialect) {
    return switch (dialect.database()) {
      case POSTGRESQL -> Dialect.POSTGRESQL;
      case MYSQL, MARIADB -> Dialect.MYSQL;
      case SQLITE -> Dialect.SQLITE;
    };
  }

  /** "A", "A and B", "A, B and C". */
  private static String and(List<String> names) {
    return names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  private static boolean integralWidens(LogicalType from, ColumnType to) {
    int digits = digits(from);
    switch (to.kind()) {
      case TINYINT:
      case SMALLINT:
      case INTEGER:
      case BIGINT:
        return digits(to.kind()) >= digits;
      case DECIMAL:
        return to.precision() - to.scale() >= digits;
      case DOUBLE:
        // a double holds integers exactly up to 2^53: every INTEGER, not every BIGINT
        return from != LogicalType.BIGINT;
      case REAL:
        // a float holds integers exactly up to 2^24: every TINYINT and SMALLINT only
        return from == LogicalType.TINYINT || from == LogicalType.SMALLINT;
      case VARCHAR:
        return to.length() >= digits + 1;
      default:
        return false;
    }
  }

  /** Decimal digits of the largest value of an integral type. */
  private static int digits(LogicalType integral) {
    switch (integral) {
      case TINYINT:
        return 3;
      case SMALLINT:
        return 5;
      case INTEGER:
        return 10;
      default:
        return 19;
    }
  }

  private static boolean isUnboundedText(ColumnType normalized) {
    return normalized.kind() == LogicalType.RAW && !normalized.perDialect()
        && UNBOUNDED_TEXT.contains(normalized.sql());
  }
}
