package dev.strata.processor;

import dev.strata.internal.schema.model.SqlQuotes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the words of a CHECK expression that look like column names, so the processor can warn
 * about one the table does not have. SQL has too many functions and keywords, spelled differently
 * by each database, to decide for certain, so this is a heuristic and its findings are warnings:
 * a word followed by {@code (} is a function, one followed by {@code .} a qualifier, one after
 * {@code AS} or {@code ::} a type; a word in {@link #SQL_WORDS} is a keyword; text in single
 * quotes is a literal. Everything else (bare words, {@code "quoted"} and {@code `quoted`}
 * identifiers) is taken as a column reference.
 */
final class CheckWords {

  /** Keywords, literals and type names that appear in boolean expressions on the three databases. */
  static final Set<String> SQL_WORDS = Set.of(
      "AND", "OR", "NOT", "XOR", "NULL", "IS", "IN", "BETWEEN", "LIKE", "ILIKE", "GLOB", "REGEXP",
      "RLIKE", "MATCH", "SIMILAR", "TO", "ESCAPE", "TRUE", "FALSE", "UNKNOWN", "CASE", "WHEN", "THEN",
      "ELSE", "END", "CAST", "AS", "DISTINCT", "FROM", "COLLATE", "ANY", "ALL", "SOME", "EXISTS",
      "DIV", "MOD", "BINARY", "AT", "TIME", "ZONE", "WITH", "WITHOUT", "CURRENT_DATE",
      "CURRENT_TIME", "CURRENT_TIMESTAMP", "LOCALTIME", "LOCALTIMESTAMP", "CURRENT_USER", "DATE",
      "TIMESTAMP", "INTERVAL", "YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND", "PRECISION",
      "DOUBLE", "INTEGER", "INT", "BIGINT", "SMALLINT", "TEXT", "VARCHAR", "CHAR", "NUMERIC",
      "DECIMAL", "REAL", "BOOLEAN", "SIGNED", "UNSIGNED", "VARYING", "CHARACTER", "ARRAY", "OVERLAPS");

  private CheckWords() {}

  /**
   * The words of {@code expression} taken as column references that are not in {@code columns}
   * (bare words compared ignoring case, as databases fold them; quoted ones exactly), in order
   * of first appearance, each once.
   */
  static List<String> unknownColumns(String expression, List<String> columns) {
    Set<String> lowerColumns = new java.util.HashSet<>();
    columns.forEach(c -> lowerColumns.add(c.toLowerCase(Locale.ROOT)));
    Set<String> unknown = new LinkedHashSet<>();
    String previous = "";
    int i = 0;
    int n = expression.length();
    while (i < n) {
      char c = expression.charAt(i);
      if (c == '\'') {
        i = SqlQuotes.after(expression, i);
        previous = "'";
      } else if (c == '"' || c == '`') {
        int end = SqlQuotes.after(expression, i);
        String word = expression.substring(i + 1, Math.max(i + 1, end - 1)).replace(String.valueOf(c) + c, String.valueOf(c));
        if (!columns.contains(word) && !followedBy(expression, end, '.') && !followedBy(expression, end, '(')) {
          unknown.add(word);
        }
        i = end;
        previous = word;
      } else if (Character.isLetter(c) || c == '_') {
        int end = i + 1;
        while (end < n && (Character.isLetterOrDigit(expression.charAt(end)) || expression.charAt(end) == '_'
            || expression.charAt(end) == '$')) {
          end++;
        }
        String word = expression.substring(i, end);
        boolean notColumn = SQL_WORDS.contains(word.toUpperCase(Locale.ROOT))
            || previous.equalsIgnoreCase("AS") || previous.equals("::") || previous.equals(".")
            || followedBy(expression, end, '(') || followedBy(expression, end, '.');
        if (!notColumn && !lowerColumns.contains(word.toLowerCase(Locale.ROOT))) {
          unknown.add(word);
        }
        i = end;
        previous = word;
      } else if (Character.isDigit(c)) {
        // a number, with its exponent or hex digits
        while (i < n && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '.')) {
          i++;
        }
        previous = "0";
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (c == ':' && i + 1 < n && expression.charAt(i + 1) == ':') {
        previous = "::";
        i += 2;
      } else {
        previous = String.valueOf(c);
        i++;
      }
    }
    return new ArrayList<>(unknown);
  }

  private static boolean followedBy(String text, int from, char wanted) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && text.charAt(i) == wanted;
  }
}
