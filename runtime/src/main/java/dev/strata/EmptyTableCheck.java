package dev.strata;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * A code step that stops its migration when a table holds rows, before the steps after it run.
 * {@code generate} puts one first in a {@code down()} that cannot restore a column on a table with
 * rows (a dropped NOT NULL column without a default that is in a key, a unique index or a foreign
 * key: no single value can fill its rows), so that the rollback refuses up front with the reason
 * instead of failing halfway: {@code db.run(new EmptyTableCheck("posts", "..."))}.
 *
 * <p>The table name is quoted as the database's JDBC driver says
 * ({@link java.sql.DatabaseMetaData#getIdentifierQuoteString()}).
 *
 * @param table the table that must be empty
 * @param reason why, as a sentence without a final full stop; the error message carries it
 */
public record EmptyTableCheck(String table, String reason) implements DataMigration {

  public EmptyTableCheck {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Does nothing when {@link #table} is empty.
   *
   * @throws StrataException {@link ErrorCode#IRREVERSIBLE} when it holds a row, with
   *     {@link #reason} and how to go on
   * @throws SQLException when the table cannot be read
   */
  @Override
  public void run(Connection connection) throws SQLException {
    String mark = connection.getMetaData().getIdentifierQuoteString().trim();
    String quoted = mark.isEmpty() ? table : mark + table.replace(mark, mark + mark) + mark;
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT 1 FROM " + quoted)) {
      if (rows.next()) {
        throw new StrataException(ErrorCode.IRREVERSIBLE, "table " + table + " has rows, and " + reason
            + "; empty the table first, or undo the migration by hand");
      }
    }
  }
}
