package dev.strata.internal.database.sqlite;

import dev.strata.internal.history.HistorySql;
import dev.strata.internal.history.HistoryTable;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The history table on SQLite. SQLite has no date type; {@code installed_at} is ISO-8601 text in
 * UTC ({@code 2026-01-31T12:00:00.123Z}), which SQLite's own date functions understand.
 */
final class SqliteHistorySql implements HistorySql {
  static final SqliteHistorySql INSTANCE = new SqliteHistorySql();

  private SqliteHistorySql() {}

  @Override
  public String createTable() {
    return "CREATE TABLE IF NOT EXISTS " + HistoryTable.NAME + " (\n"
        + "  version TEXT NOT NULL PRIMARY KEY,\n"
        + "  description TEXT NOT NULL,\n"
        + "  checksum TEXT NOT NULL,\n"
        + "  installed_at TEXT NOT NULL,\n"
        + "  execution_ms INTEGER NOT NULL,\n"
        + "  success INTEGER NOT NULL,\n"
        + "  installed_by TEXT NOT NULL,\n"
        + "  failed_statement TEXT,\n"
        + "  index_digest TEXT,\n"
        + "  steps_done INTEGER\n"
        + ")";
  }

  @Override
  public String addDigestColumn() {
    return "ALTER TABLE " + HistoryTable.NAME + " ADD COLUMN index_digest TEXT";
  }

  @Override
  public void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
    statement.setString(index, instant.toString());
  }

  @Override
  public Instant getInstant(ResultSet rows, int column) throws SQLException {
    String value = rows.getString(column);
    return value == null ? null : Instant.parse(value);
  }
}
