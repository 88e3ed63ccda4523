package dev.strata.internal.history;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * What differs between databases in the history table: its DDL and how its timestamp column is
 * written and read. Each database's dialect provides its own
 * ({@link dev.strata.internal.dialect.SqlDialect#historySql}); everything else in
 * {@link HistoryTable} is portable SQL.
 */
public interface HistorySql {

  /** {@code CREATE TABLE IF NOT EXISTS strata_schema_history (...)} for this database. */
  String createTable();

  /**
   * Adds {@code index_digest} to a history table an earlier Strata created without it. Default:
   * {@code ALTER TABLE strata_schema_history ADD COLUMN index_digest VARCHAR(64)}, which PostgreSQL,
   * MySQL and MariaDB accept.
   */
  default String addDigestColumn() {
    return "ALTER TABLE " + HistoryTable.NAME + " ADD COLUMN index_digest VARCHAR(64)";
  }

  /**
   * Adds {@code steps_done} to a history table an earlier Strata created without it:
   * {@code ALTER TABLE strata_schema_history ADD COLUMN steps_done INTEGER}, which every supported
   * database accepts.
   */
  default String addStepsColumn() {
    return "ALTER TABLE " + HistoryTable.NAME + " ADD COLUMN steps_done INTEGER";
  }

  /** Binds {@code instant} (UTC) to parameter {@code index} of the {@code installed_at} column. */
  void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException;

  /** Reads the {@code installed_at} column. */
  Instant getInstant(ResultSet rows, int column) throws SQLException;
}
