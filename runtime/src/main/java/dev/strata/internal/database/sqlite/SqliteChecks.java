package dev.strata.internal.database.sqlite;

import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.naming.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * The CHECK constraints of a table, read from the CREATE TABLE text SQLite keeps in
 * {@code sqlite_master} (no pragma reports them). SQLite stores that text as it was written, so
 * the expression reads back exactly as Strata rendered it. A check without {@code CONSTRAINT name}
 * gets Strata's default name: {@code ck_<table>_<column>} inside a column definition,
 * {@code ck_<table>_<n>} for the {@code n}th unnamed table constraint.
 */
final class SqliteChecks {
  private SqliteChecks() {}

  /** The checks of {@code createSql}, in the order written. */
  static List<CheckDef> of(String table, String createSql) {
    List<CheckDef> out = new ArrayList<>();
    if (createSql == null) {
      return out;
    }
    int open = createSql.indexOf('(');
    int close = open < 0 ? -1 : SqliteTypes.closingParenAt(createSql, open);
    if (close < 0) {
      return out;
    }
    int unnamed = 0;
    for (String item : items(createSql.substring(open + 1, close))) {
      List<Word> words = words(item);
      if (words.isEmpty()) {
        continue;
      }
      boolean tableConstraint = !words.get(0).quoted() && List.of("constraint", "primary", "unique", "check",
          "foreign").contains(words.get(0).text().toLowerCase(java.util.Locale.ROOT));
      for (int i = 0; i < words.size(); i++) {
        Word w = words.get(i);
        if (w.quoted() || !w.text().equalsIgnoreCase("check") || w.parenthesis() < 0) {
          continue;
        }
        int end = SqliteTypes.closingParenAt(item, w.parenthesis());
        if (end < 0) {
          continue;
        }
        String expression = item.substring(w.parenthesis() + 1, end).strip();
        String name;
        if (i >= 2 && !words.get(i - 2).quoted() && words.get(i - 2).text().equalsIgnoreCase("constraint")) {
          name = words.get(i - 1).text();
        } else if (tableConstraint) {
          name = Names.checkName(table, ++unnamed);
        } else {
          name = Names.checkName(table, words.get(0).text());
        }
        if (!expression.isEmpty()) {
          out.add(new CheckDef(name, expression));
        }
      }
    }
    return out;
  }

  /** The comma-separated items of a CREATE TABLE body: columns and table constraints. */
  private static List<String> items(String body) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\'' || c == '"' || c == '`' || c == '[') {
        i = closeQuote(body, i);
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(body.substring(start, i));
        start = i + 1;
      }
    }
    out.add(body.substring(start));
    return out;
  }

  /**
   * A word of an item at parenthesis depth 0: its text (unquoted), whether it was quoted, and the
   * position of a {@code (} right after it (blanks between), or -1.
   */
  private record Word(String text, boolean quoted, int parenthesis) {}

  private static List<Word> words(String item) {
    List<Word> out = new ArrayList<>();
    int depth = 0;
    int i = 0;
    while (i < item.length()) {
      char c = item.charAt(i);
      if (c == '(') {
        depth++;
        i++;
      } else if (c == ')') {
        depth--;
        i++;
      } else if (c == '\'' ) {
        i = closeQuote(item, i) + 1;
      } else if (c == '"' || c == '`' || c == '[') {
        int end = closeQuote(item, i);
        if (depth == 0) {
          char q = c == '[' ? ']' : c;
          String text = item.substring(i + 1, Math.min(end, item.length())).replace("" + q + q, "" + q);
          out.add(new Word(text, true, parenthesisAfter(item, end + 1)));
        }
        i = end + 1;
      } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
        int end = i;
        while (end < item.length() && (Character.isLetterOrDigit(item.charAt(end)) || item.charAt(end) == '_'
            || item.charAt(end) == '$')) {
          end++;
        }
        if (depth == 0) {
          out.add(new Word(item.substring(i, end), false, parenthesisAfter(item, end)));
        }
        i = end;
      } else {
        i++;
      }
    }
    return out;
  }

  private static int parenthesisAfter(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && text.charAt(i) == '(' ? i : -1;
  }

  /** The index of the quote closing the one at {@code open} (doubled quotes are text); the last index when none. */
  private static int closeQuote(String text, int open) {
    char q = text.charAt(open) == '[' ? ']' : text.charAt(open);
    int i = open + 1;
    while (i < text.length()) {
      if (text.charAt(i) == q) {
        if (q != ']' && i + 1 < text.length() && text.charAt(i + 1) == q) {
          i += 2;
          continue;
        }
        return i;
      }
      i++;
    }
    return text.length() - 1;
  }
}
