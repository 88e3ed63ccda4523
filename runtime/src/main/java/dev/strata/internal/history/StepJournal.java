package dev.strata.internal.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;

/**
 * The history row of a migration running where DDL commits implicitly (MySQL, MariaDB), kept up
 * to date statement by statement so a failure or a killed process leaves a record of where it
 * stopped. The row is inserted before the first statement ({@code success} false,
 * {@code steps_done} 0, {@code failed_statement} a comment naming the statement that is running),
 * moved on just before each further statement ({@code steps_done} = the statements completed),
 * and finished with one update carrying the last count and {@code success} true.
 *
 * <p>Each write is sent uncommitted: the next DDL statement commits it implicitly before it runs
 * (MySQL manual, "Statements That Cause an Implicit Commit"), and a DML statement or code step
 * commits with it, so the count never runs ahead of what the database holds. A DDL statement that
 * completed while its count was not written yet is the one case the row cannot tell apart from
 * one that did not run; its note says to check.
 *
 * <p>Methods run on the caller's connection and transaction and never commit.
 */
public final class StepJournal {
  private static final String PROGRESS = "UPDATE " + HistoryTable.NAME
      + " SET steps_done = ?, failed_statement = ? WHERE version = ?";
  private static final String FINISH = "UPDATE " + HistoryTable.NAME + " SET steps_done = ?, success = ?,"
      + " failed_statement = NULL, installed_at = ?, execution_ms = ?, index_digest = ? WHERE version = ?";
  private static final String FAIL = "UPDATE " + HistoryTable.NAME
      + " SET steps_done = ?, failed_statement = ?, installed_at = ?, execution_ms = ? WHERE version = ?";
  private static final String RESUMABLE = "UPDATE " + HistoryTable.NAME
      + " SET failed_statement = NULL WHERE version = ? AND success = ? AND steps_done IS NOT NULL";

  private final HistorySql sql;
  private final HistoryTable table;

  private StepJournal(HistorySql sql) {
    this.sql = sql;
    this.table = HistoryTable.of(sql);
  }

  /** The journal on the history table whose vendor-specific SQL is {@code sql}. */
  public static StepJournal of(HistorySql sql) {
    return new StepJournal(Objects.requireNonNull(sql, "sql"));
  }

  /**
   * The comment {@code failed_statement} holds while statement {@code number} (1-based) runs: if
   * the run ends there without recording a failure, this is what the next start reads.
   */
  public static String running(int number) {
    return "-- statement " + number + " was running and is not recorded as done: the run was killed or lost"
        + " its connection. It may be applied or not (a DDL statement commits on its own): check.";
  }

  /** Whether {@code failedStatement} is a {@link #running} note: the run stopped without a failure. */
  public static boolean isRunningNote(String failedStatement) {
    return failedStatement != null && failedStatement.startsWith("-- statement ")
        && failedStatement.contains(" was running and is not recorded as done");
  }

  /**
   * Inserts the row of a migration about to run its first statement: {@code row} as given, with
   * {@code success} false, {@code steps_done} 0 and the running note of statement 1.
   */
  public void start(Connection connection, HistoryRow row) throws SQLException {
    table.insert(connection, new HistoryRow(row.version(), row.description(), row.checksum(), row.installedAt(),
        0, false, row.installedBy(), running(1), null, 0));
  }

  /** Records that {@code stepsDone} statements of {@code version} have completed and the next is running. */
  public void progress(Connection connection, String version, int stepsDone) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(PROGRESS)) {
      statement.setInt(1, stepsDone);
      statement.setString(2, running(stepsDone + 1));
      statement.setString(3, version);
      statement.executeUpdate();
    }
  }

  /**
   * Records {@code version} as applied: all {@code stepsDone} statements, finished at {@code at},
   * with {@code indexDigest} (or null). The digest is written here, never at the start: a row that
   * carries one must be complete, or the no-op start-up would pass over it.
   */
  public void finish(Connection connection, String version, int stepsDone, Instant at, long executionMs,
      String indexDigest) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(FINISH)) {
      statement.setInt(1, stepsDone);
      statement.setBoolean(2, true);
      sql.setInstant(statement, 3, at);
      statement.setLong(4, executionMs);
      statement.setString(5, indexDigest);
      statement.setString(6, version);
      statement.executeUpdate();
    }
  }

  /**
   * Records that statement {@code stepsDone} + 1 of {@code version} failed: {@code failedStatement}
   * is the statement followed by the database's message as an SQL comment.
   *
   * @return whether the row was there (it is not when the failing statement was rolled back with
   *     the uncommitted insert of the row)
   */
  public boolean fail(Connection connection, String version, int stepsDone, String failedStatement, Instant at,
      long executionMs) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(FAIL)) {
      statement.setInt(1, stepsDone);
      statement.setString(2, HistoryTable.cut(failedStatement, HistoryTable.FAILED_STATEMENT_LENGTH));
      sql.setInstant(statement, 3, at);
      statement.setLong(4, executionMs);
      statement.setString(5, version);
      return statement.executeUpdate() > 0;
    }
  }

  /**
   * Marks the stopped migration {@code version} to resume at its next statement: clears
   * {@code failed_statement} and keeps {@code steps_done} (see {@link HistoryRow#isResumable()}).
   *
   * @return whether a stopped row with a steps count was there
   */
  public boolean markResumable(Connection connection, String version) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(RESUMABLE)) {
      statement.setString(1, version);
      statement.setBoolean(2, false);
      return statement.executeUpdate() > 0;
    }
  }
}
