package dev.strata.internal.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes {@code strata_schema_history}: one row per applied migration, keyed by version.
 * Methods run on the caller's connection and transaction and never commit; SQL errors are thrown
 * as they are, for the runner to put in context.
 *
 * <p>Columns: {@code version} (primary key), {@code description}, {@code checksum},
 * {@code installed_at} (UTC), {@code execution_ms}, {@code success}, {@code installed_by} and
 * {@code failed_statement} (set only on a failure recorded where DDL is not transactional) and
 * {@code steps_done} (where DDL is not transactional: the statements of the migration that have
 * completed, written by {@link StepJournal}).
 */
public final class HistoryTable {

  /** The table name, unquoted and lower case on every database. */
  public static final String NAME = "strata_schema_history";

  /** The checksum column's value in the row {@code baseline} writes (never a SHA-256). */
  public static final String BASELINE_CHECKSUM = "baseline";

  /** The description of the baseline row. */
  public static final String BASELINE_DESCRIPTION = "<< baseline >>";

  static final int DESCRIPTION_LENGTH = 255;
  static final int INSTALLED_BY_LENGTH = 100;
  // MySQL's TEXT holds 65,535 bytes: at most 4 bytes a character in utf8mb4.
  static final int FAILED_STATEMENT_LENGTH = 16_000;

  private static final String PROBE = "SELECT version, checksum, success FROM " + NAME;
  private static final String SELECT_ALL = "SELECT version, description, checksum, installed_at,"
      + " execution_ms, success, installed_by, failed_statement, steps_done FROM " + NAME;
  private static final String INSERT = "INSERT INTO " + NAME + " (version, description, checksum,"
      + " installed_at, execution_ms, success, installed_by, failed_statement, steps_done)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final HistorySql sql;

  private HistoryTable(HistorySql sql) {
    this.sql = sql;
  }

  /** The history table of a database whose vendor-specific SQL is {@code sql}. */
  public static HistoryTable of(HistorySql sql) {
    return new HistoryTable(Objects.requireNonNull(sql, "sql"));
  }

  /**
   * The start-up probe: one portable query reading version, checksum and success of every row
   * (other fields are left null or zero), so it runs before the database kind is known.
   *
   * @return the rows, or empty when the table does not exist yet
   * @throws SQLException any other failure. On PostgreSQL a failed statement aborts the current
   *     transaction: run this with auto-commit on
   */
  public static Optional<List<HistoryRow>> probe(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(PROBE)) {
      List<HistoryRow> result = new ArrayList<>();
      while (rows.next()) {
        result.add(new HistoryRow(rows.getString(1), null, rows.getString(2), null, 0,
            rows.getBoolean(3), null, null));
      }
      return Optional.of(result);
    } catch (SQLException e) {
      if (isMissingTable(e)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * Every row with all its columns, in no particular order.
   *
   * @return the rows, or empty when the table does not exist (same caveat as {@link #probe})
   */
  public Optional<List<HistoryRow>> readAll(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(SELECT_ALL)) {
      List<HistoryRow> result = new ArrayList<>();
      while (rows.next()) {
        result.add(new HistoryRow(rows.getString(1), rows.getString(2), rows.getString(3),
            sql.getInstant(rows, 4), rows.getLong(5), rows.getBoolean(6), rows.getString(7),
            rows.getString(8), steps(rows, 9)));
      }
      return Optional.of(result);
    } catch (SQLException e) {
      if (isMissingTable(e)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Creates the table unless it exists. */
  public void createIfAbsent(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql.createTable());
    }
  }

  /** Drops the table. */
  public void drop(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE " + NAME);
    }
  }

  /** Inserts {@code row}; texts longer than their columns are cut. */
  public void insert(Connection connection, HistoryRow row) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
      statement.setString(1, row.version());
      statement.setString(2, cut(row.description() == null ? "" : row.description(), DESCRIPTION_LENGTH));
      statement.setString(3, row.checksum());
      sql.setInstant(statement, 4, row.installedAt());
      statement.setLong(5, row.executionMs());
      statement.setBoolean(6, row.success());
      statement.setString(7, cut(row.installedBy(), INSTALLED_BY_LENGTH));
      statement.setString(8, row.failedStatement() == null ? null : cut(row.failedStatement(), FAILED_STATEMENT_LENGTH));
      if (row.stepsDone() == null) {
        statement.setNull(9, Types.INTEGER);
      } else {
        statement.setInt(9, row.stepsDone());
      }
      statement.executeUpdate();
    }
  }

  /** Deletes the row of {@code version}; returns whether there was one. */
  public boolean delete(Connection connection, String version) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("DELETE FROM " + NAME + " WHERE version = ?")) {
      statement.setString(1, version);
      return statement.executeUpdate() > 0;
    }
  }

  /** Sets the checksum and description of the row of {@code version}. */
  public void realign(Connection connection, String version, String checksum, String description) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "UPDATE " + NAME + " SET checksum = ?, description = ? WHERE version = ?")) {
      statement.setString(1, checksum);
      statement.setString(2, cut(description == null ? "" : description, DESCRIPTION_LENGTH));
      statement.setString(3, version);
      statement.executeUpdate();
    }
  }

  /**
   * Marks the row of {@code version} as failed with {@code failedStatement}, without a steps count
   * (a failed rollback: its {@code down()} cannot resume).
   */
  public void markFailed(Connection connection, String version, String failedStatement) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "UPDATE " + NAME + " SET success = ?, failed_statement = ?, steps_done = NULL WHERE version = ?")) {
      statement.setBoolean(1, false);
      statement.setString(2, cut(failedStatement, FAILED_STATEMENT_LENGTH));
      statement.setString(3, version);
      statement.executeUpdate();
    }
  }

  /**
   * Whether {@code e} says the history table does not exist: PostgreSQL SQLSTATE 42P01, MySQL and
   * MariaDB 42S02 (error 1146), SQLite "no such table".
   */
  static boolean isMissingTable(SQLException e) {
    String state = e.getSQLState();
    if ("42P01".equals(state) || "42S02".equals(state) || e.getErrorCode() == 1146) {
      return true;
    }
    String message = e.getMessage();
    return message != null && message.contains("no such table");
  }

  private static Integer steps(ResultSet rows, int column) throws SQLException {
    int steps = rows.getInt(column);
    return rows.wasNull() ? null : steps;
  }

  static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }
}
