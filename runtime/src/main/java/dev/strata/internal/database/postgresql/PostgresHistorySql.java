package dev.strata.internal.database.postgresql;

import dev.strata.internal.history.HistorySql;
import dev.strata.internal.history.HistoryTable;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The history table on PostgreSQL: {@code installed_at} is a {@code TIMESTAMP WITH TIME ZONE}. */
final class PostgresHistorySql implements HistorySql {
  static final PostgresHistorySql INSTANCE = new PostgresHistorySql();

  private PostgresHistorySql() {}

  @Override
  public String createTable() {
    return "CREATE TABLE IF NOT EXISTS " + HistoryTable.NAME + " (\n"
        + "  version VARCHAR(64) NOT NULL,\n"
        + "  description VARCHAR(255) NOT NULL,\n"
        + "  checksum VARCHAR(64) NOT NULL,\n"
        + "  installed_at TIMESTAMP WITH TIME ZONE NOT NULL,\n"
        + "  execution_ms BIGINT NOT NULL,\n"
        + "  success BOOLEAN NOT NULL,\n"
        + "  installed_by VARCHAR(100) NOT NULL,\n"
        + "  failed_statement TEXT,\n"
        + "  index_digest VARCHAR(64),\n"
        + "  steps_done INTEGER,\n"
        + "  CONSTRAINT " + HistoryTable.NAME + "_pk PRIMARY KEY (version)\n"
        + ")";
  }

  @Override
  public void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
    statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  @Override
  public Instant getInstant(ResultSet rows, int column) throws SQLException {
    OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
