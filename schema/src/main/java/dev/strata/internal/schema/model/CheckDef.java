package dev.strata.internal.schema.model;

import java.util.Objects;

/**
 * A CHECK constraint of a table.
 *
 * <p>The expression is the SQL boolean expression as written in the model (without the
 * surrounding {@code CHECK ( )}); Strata renders it verbatim on every database. Databases store
 * it in their own spelling (PostgreSQL adds parentheses and casts, MySQL and MariaDB lower-case
 * and quote identifiers), so a check read back from a database carries that database's text and
 * is compared with the model's through a normalisation, never by plain equality.
 *
 * @param name the constraint name, unique within the table (ignoring case, among the table's
 *     indexes, foreign keys and checks)
 * @param expression the SQL boolean expression, not empty
 */
public record CheckDef(String name, String expression) {

  public CheckDef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expression, "expression");
    if (expression.isBlank()) {
      throw new IllegalArgumentException("check " + name + " has an empty expression");
    }
  }

  /** A check named {@code name} on {@code expression}. */
  public static CheckDef of(String name, String expression) {
    return new CheckDef(name, expression);
  }

  /**
   * Whether the expression names {@code column}: as a bare word (compared ignoring case, as
   * databases fold unquoted names) or quoted with {@code "..."} or {@code `...`} (compared exactly),
   * outside string literals. Words that only look like the column (a function {@code x(...)} of
   * the same name) count too: the answer errs on the side of "uses it", which is what the strict
   * replay needs before dropping or renaming a column.
   */
  public boolean mentionsColumn(String column) {
    String e = expression;
    int i = 0;
    while (i < e.length()) {
      char c = e.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        int end = SqlQuotes.after(e, i);
        if (c != '\'' && e.substring(i + 1, Math.max(i + 1, end - 1)).replace("" + c + c, "" + c).equals(column)) {
          return true;
        }
        i = end;
      } else if (Character.isLetter(c) || c == '_') {
        int end = i + 1;
        while (end < e.length() && (Character.isLetterOrDigit(e.charAt(end)) || e.charAt(end) == '_'
            || e.charAt(end) == '$')) {
          end++;
        }
        if (e.substring(i, end).equalsIgnoreCase(column)) {
          return true;
        }
        i = end;
      } else if (Character.isDigit(c)) {
        while (i < e.length() && (Character.isLetterOrDigit(e.charAt(i)) || e.charAt(i) == '.')) {
          i++;
        }
      } else {
        i++;
      }
    }
    return false;
  }

  /** This check with another name. */
  public CheckDef withName(String newName) {
    return new CheckDef(newName, expression);
  }

  /** This check with another expression. */
  public CheckDef withExpression(String newExpression) {
    return new CheckDef(name, newExpression);
  }
}
