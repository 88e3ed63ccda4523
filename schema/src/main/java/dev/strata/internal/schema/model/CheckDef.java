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

  /** This check with another name. */
  public CheckDef withName(String newName) {
    return new CheckDef(newName, expression);
  }

  /** This check with another expression. */
  public CheckDef withExpression(String newExpression) {
    return new CheckDef(name, newExpression);
  }
}
