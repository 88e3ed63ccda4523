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
 * {@code index_digest}: the index digest of the code the last successful run left the history up to
 * date with, on one row at most (the newest), which the no-op start-up compares with the class
 * path's. Every command that changes the history clears it or moves it. Where DDL is not
 * transactional, {@code steps_done} holds the statements of the migration that have completed,
 * written by {@link StepJournal}.
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

  private static final String COLUMNS = "version, description, checksum, installed_at, execution_ms, success,"
      + " installed_by, failed_statement";
  private static final String SELECT_ALL = "SELECT " + COLUMNS + ", index_digest, steps_done FROM " + NAME;
  private static final String INSERT = "INSERT INTO " + NAME + " (" + COLUMNS + ", index_digest, steps_done)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String PROBE = "SELECT version, checksum, success FROM " + NAME;
  private static final String PROBE_DIGEST = "SELECT version, index_digest FROM " + NAME
      + " WHERE index_digest IS NOT NULL";
  private static final String CLEAR_DIGEST = "UPDATE " + NAME + " SET index_digest = NULL"
      + " WHERE index_digest IS NOT NULL";
  private static final String STORE_DIGEST = "UPDATE " + NAME
      + " SET index_digest = CASE WHEN version = ? THEN ? ELSE NULL END WHERE version = ? OR index_digest IS NOT NULL";

  private final HistorySql sql;
  private boolean digestColumnMissing;
  private boolean stepsColumnMissing;

  private HistoryTable(HistorySql sql) {
    this.sql = sql;
  }

  /** The history table of a database whose vendor-specific SQL is {@code sql}. */
  public static HistoryTable of(HistorySql sql) {
    return new HistoryTable(Objects.requireNonNull(sql, "sql"));
  }

  /**
   * The no-op start-up probe: one portable query for the row that carries an index digest, so it
   * runs before the database kind is known. It creates no lambda, stream, formatter or string
   * concatenation (the start-up path's budget).
   *
   * @return the version of the one row whose {@code index_digest} equals {@code indexKey}; null
   *     when no row or more than one carries a digest, the digest differs, or the query fails (no
   *     table yet, or a table an earlier Strata created without the column): the caller then takes
   *     the full path, which reports any real failure. On PostgreSQL a failed statement aborts the
   *     current transaction: run this with auto-commit on
   */
  public static String probeDigest(Connection connection, String indexKey) {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(PROBE_DIGEST)) {
      String version = null;
      int count = 0;
      while (rows.next()) {
        count++;
        if (indexKey.equals(rows.getString(2))) {
          version = rows.getString(1);
        }
      }
      return count == 1 ? version : null;
    } catch (SQLException e) {
      return null;
    }
  }

  /**
   * The start-up probe where the class path's index has no digest: one portable query reading
   * version, checksum and success of every row (other fields are left null or zero), so it runs
   * before the database kind is known.
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
   * Every row with all its columns, in no particular order. A table an earlier Strata created may
   * lack {@code index_digest} or {@code steps_done}: its rows are read without them (see
   * {@link #columnsMissing()}).
   *
   * @return the rows, or empty when the table does not exist (same caveat as {@link #probeDigest})
   */
  public Optional<List<HistoryRow>> readAll(Connection connection) throws SQLException {
    try {
      return read(connection, true, true);
    } catch (SQLException e) {
      if (isMissingTable(e)) {
        return Optional.empty();
      }
      boolean digest = hasColumn(connection, "index_digest");
      boolean steps = hasColumn(connection, "steps_done");
      if (digest && steps) {
        throw e;
      }
      Optional<List<HistoryRow>> rows;
      try {
        rows = read(connection, digest, steps);
      } catch (SQLException without) {
        e.addSuppressed(without);
        throw e;
      }
      digestColumnMissing = !digest;
      stepsColumnMissing = !steps;
      return rows;
    }
  }

  private Optional<List<HistoryRow>> read(Connection connection, boolean withDigest, boolean withSteps)
      throws SQLException {
    String query = withDigest && withSteps ? SELECT_ALL : "SELECT " + COLUMNS
        + (withDigest ? ", index_digest" : ", NULL") + (withSteps ? ", steps_done" : ", NULL") + " FROM " + NAME;
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      List<HistoryRow> result = new ArrayList<>();
      while (rows.next()) {
        result.add(new HistoryRow(rows.getString(1), rows.getString(2), rows.getString(3),
            sql.getInstant(rows, 4), rows.getLong(5), rows.getBoolean(6), rows.getString(7),
            rows.getString(8), withDigest ? rows.getString(9) : null, withSteps ? steps(rows, 10) : null));
      }
      digestColumnMissing = false;
      stepsColumnMissing = false;
      return Optional.of(result);
    }
  }

  /** Whether the history table has {@code column}; run with auto-commit on (see {@link #probe}). */
  private static boolean hasColumn(Connection connection, String column) {
    try (Statement statement = connection.createStatement();
        ResultSet ignored = statement.executeQuery("SELECT " + column + " FROM " + NAME + " WHERE 1 = 0")) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  /**
   * Whether the last {@link #readAll} found a table without {@code index_digest} or
   * {@code steps_done} (created by an earlier Strata); {@link #addMissingColumns} adds them.
   */
  public boolean columnsMissing() {
    return digestColumnMissing || stepsColumnMissing;
  }

  /** Adds {@code index_digest} and {@code steps_done}, where missing, to a table an earlier Strata created. */
  public void addMissingColumns(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      if (digestColumnMissing) {
        statement.execute(sql.addDigestColumn());
      }
      if (stepsColumnMissing) {
        statement.execute(sql.addStepsColumn());
      }
    }
    digestColumnMissing = false;
    stepsColumnMissing = false;
  }

  /** Clears every row's index digest, so the next start takes the full path. */
  public void clearDigest(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(CLEAR_DIGEST);
    }
  }

  /** Sets {@code digest} on the row of {@code version} and clears it on every other row, in one statement. */
  public void storeDigest(Connection connection, String version, String digest) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(STORE_DIGEST)) {
      statement.setString(1, version);
      statement.setString(2, digest);
      statement.setString(3, version);
      statement.executeUpdate();
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
        statement.setNull(10, Types.INTEGER);
      } else {
        statement.setInt(10, row.stepsDone());
      }
      statement.setString(9, row.indexDigest());
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
