package dev.strata.internal.database.sqlite;

import dev.strata.internal.dialect.TypeSpellings;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.LogicalType;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** SQLite declared types and defaults as {@code pragma_table_info} reports them. */
final class SqliteTypes {

  /**
   * The storage classes that are logical types, and the text types: TEXT, and CLOB, which has TEXT
   * affinity ("Datatypes In SQLite", determination of column affinity).
   */
  static final TypeSpellings SPELLINGS = new TypeSpellings(
      Map.of("integer", ColumnType.of(LogicalType.INTEGER),
          "real", ColumnType.of(LogicalType.REAL),
          "blob", ColumnType.of(LogicalType.BLOB)),
      Map.of(),
      Set.of("text", "clob"));

  private SqliteTypes() {}

  /** The logical type SQLite's introspection gives a column declared with {@code declared}. */
  static ColumnType typeOf(String declared) {
    String d = declared == null ? "" : declared.trim();
    return switch (d.toUpperCase(Locale.ROOT)) {
      case "INTEGER" -> ColumnType.of(LogicalType.INTEGER);
      case "REAL" -> ColumnType.of(LogicalType.REAL);
      // A column without declared type has BLOB affinity ("none").
      case "BLOB", "" -> ColumnType.of(LogicalType.BLOB);
      case "TEXT" -> ColumnType.raw("TEXT");
      case "NUMERIC" -> ColumnType.raw("NUMERIC");
      default -> ColumnType.raw(d);
    };
  }

  /**
   * A default as {@code pragma_table_info} reads it back: the text as written, without the
   * parentheses around an expression.
   */
  static String normalizeDefault(String value) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    while (v.startsWith("(") && closingParen(v) == v.length() - 1) {
      v = v.substring(1, v.length() - 1).trim();
    }
    return v.isEmpty() ? null : v;
  }

  /** The index of the parenthesis closing the one at 0, skipping quoted text; -1 if none. */
  private static int closingParen(String v) {
    return closingParenAt(v, 0);
  }

  /** The index of the parenthesis closing the one at {@code start}, skipping quoted text; -1 if none. */
  static int closingParenAt(String v, int start) {
    int depth = 0;
    char quote = 0;
    for (int i = start; i < v.length(); i++) {
      char c = v.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
