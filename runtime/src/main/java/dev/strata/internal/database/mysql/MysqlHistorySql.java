package dev.strata.internal.database.mysql;

import dev.strata.internal.history.HistorySql;
import dev.strata.internal.history.HistoryTable;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The history table on MySQL and MariaDB. {@code installed_at} is a {@code DATETIME(3)} holding
 * UTC: unlike {@code TIMESTAMP} it is not converted through the session time zone and does not
 * end in 2038.
 */
final class MysqlHistorySql implements HistorySql {
  static final MysqlHistorySql INSTANCE = new MysqlHistorySql();
  private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

  private MysqlHistorySql() {}

  @Override
  public String createTable() {
    return "CREATE TABLE IF NOT EXISTS " + HistoryTable.NAME + " (\n"
        + "  version VARCHAR(64) NOT NULL,\n"
        + "  description VARCHAR(255) NOT NULL,\n"
        + "  checksum VARCHAR(64) NOT NULL,\n"
        + "  installed_at DATETIME(3) NOT NULL,\n"
        + "  execution_ms BIGINT NOT NULL,\n"
        + "  success BOOLEAN NOT NULL,\n"
        + "  installed_by VARCHAR(100) NOT NULL,\n"
        + "  failed_statement TEXT NULL,\n"
        + "  index_digest VARCHAR(64) NULL,\n"
        + "  steps_done INT NULL,\n"
        + "  PRIMARY KEY (version)\n"
        + ") ENGINE=InnoDB";
  }

  /**
   * Sent as text: Connector/J drops fractional seconds for servers it takes to be older than MySQL
   * 5.6.4, and MariaDB announces itself as {@code 5.5.5-10.x}, so a {@code LocalDateTime} parameter
   * would lose its milliseconds there.
   */
  @Override
  public void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
    statement.setString(index, TEXT.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)));
  }

  @Override
  public Instant getInstant(ResultSet rows, int column) throws SQLException {
    LocalDateTime value = rows.getObject(column, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }
}
