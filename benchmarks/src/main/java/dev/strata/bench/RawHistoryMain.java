package dev.strata.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Child process, the no-op baseline: connect over raw JDBC and read the history table once (the
 * columns Strata's start-up probe reads), no Strata class involved. Arguments: JDBC URL, the
 * number of rows expected, and optionally the table (default {@code strata_schema_history}; the
 * raw baseline's own is {@code bench_history}). Exits 3 when another number is read.
 */
public final class RawHistoryMain {
  static final String SELECT = "SELECT version, checksum, success FROM ";
  static final String TABLE = "strata_schema_history";

  private RawHistoryMain() {}

  public static void main(String[] args) throws SQLException {
    int rows = 0;
    String table = args.length > 2 ? args[2] : TABLE;
    try (Connection connection = ChildConnections.connect(args[0]);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(SELECT + table)) {
      while (result.next()) {
        result.getString(1);
        result.getString(2);
        result.getBoolean(3);
        rows++;
      }
    }
    int expected = Integer.parseInt(args[1]);
    if (rows != expected) {
      System.err.println("read " + rows + " history rows, expected " + expected);
      System.exit(3);
    }
  }
}
