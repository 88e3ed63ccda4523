package dev.strata.internal.introspect;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into tokens: identifiers (quotes removed, quoted ones marked), string literals,
 * numbers and single punctuation characters; comments and blanks are dropped. Enough to read
 * constraint names out of the CREATE TABLE text SQLite keeps.
 */
public final class SqlTokens {

  /**
   * One token: {@code text} is an identifier without its quotes when {@code identifier}, a string
   * literal's inside when {@code quoted} and not {@code identifier}.
   */
  public record Token(String text, boolean identifier, boolean quoted) {
    /** Whether this is the unquoted keyword {@code word}, in any case. */
    public boolean is(String word) {
      return identifier && !quoted && text.equalsIgnoreCase(word);
    }
  }

  private SqlTokens() {}

  /** The tokens of {@code sql}, in order. */
  public static List<Token> of(String sql) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c == '"' || c == '`' || c == '[' || c == '\'') {
        char close = c == '[' ? ']' : c;
        StringBuilder text = new StringBuilder();
        int j = i + 1;
        while (j < n) {
          char d = sql.charAt(j);
          if (d == close) {
            if (close != ']' && j + 1 < n && sql.charAt(j + 1) == close) {
              text.append(d);
              j += 2;
              continue;
            }
            break;
          }
          text.append(d);
          j++;
        }
        tokens.add(new Token(text.toString(), c != '\'', true));
        i = j + 1;
      } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_' || sql.charAt(j) == '$')) {
          j++;
        }
        tokens.add(new Token(sql.substring(i, j), true, false));
        i = j;
      } else {
        tokens.add(new Token(String.valueOf(c), false, false));
        i++;
      }
    }
    return tokens;
  }
}
