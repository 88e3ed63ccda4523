package dev.strata.internal.introspect;

/**
 * Reads the expression of a CHECK constraint out of the text a database reports for it, so that
 * introspection gives the expression the way a model writes it: without the {@code CHECK} keyword
 * and without the parentheses that wrap the whole expression (PostgreSQL's
 * {@code CHECK ((amount >= 0))}, MySQL's {@code (`amount` >= 0)}). What is left is the database's
 * own spelling; {@link dev.strata.internal.schema.model.CheckExpressions} compares it with the model's.
 */
public final class CheckTexts {
  private CheckTexts() {}

  /**
   * The expression of {@code CHECK (expression)}, outer parentheses removed; null when the text is
   * not one CHECK clause (an exclusion constraint, {@code ... NOT VALID}).
   */
  public static String checkExpression(String definition) {
    String text = definition.strip();
    if (!text.regionMatches(true, 0, "CHECK", 0, 5)) {
      return null;
    }
    String rest = text.substring(5).strip();
    if (!rest.startsWith("(") || closingParenthesis(rest, 0) != rest.length() - 1) {
      return null;
    }
    return withoutOuterParentheses(rest);
  }

  /** {@code text} stripped, without every pair of parentheses that encloses all of it. */
  public static String withoutOuterParentheses(String text) {
    String t = text.strip();
    while (t.startsWith("(") && closingParenthesis(t, 0) == t.length() - 1) {
      t = t.substring(1, t.length() - 1).strip();
    }
    return t;
  }

  /**
   * The index of the parenthesis closing the one at {@code open}, quotes ({@code '}, {@code "},
   * {@code `}) skipped with their doubled quotes; -1 if none.
   */
  static int closingParenthesis(String text, int open) {
    int depth = 0;
    int i = open;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        int j = i + 1;
        while (j < text.length()) {
          if (text.charAt(j) == c) {
            if (j + 1 < text.length() && text.charAt(j + 1) == c) {
              j += 2;
              continue;
            }
            break;
          }
          j++;
        }
        i = j + 1;
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
      i++;
    }
    return -1;
  }
}
