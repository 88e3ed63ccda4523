package dev.strata.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * Child process, the apply baseline: raw JDBC executing the pre-rendered SQL of every migration
 * ({@link DdlScript}) with one bookkeeping insert each, in the same transaction shape as Strata's
 * runner on that database: on SQLite one exclusive transaction with a savepoint per migration,
 * elsewhere a transaction per migration (the script says which). No Strata class involved.
 * Arguments: JDBC URL, script.
 */
public final class RawApplyMain {
  private RawApplyMain() {}

  public static void main(String[] args) throws IOException, SQLException {
    DdlScript script = DdlScript.read(Path.of(args[1]));
    try (Connection connection = ChildConnections.connect(args[0])) {
      apply(connection, script);
    }
  }

  /** Applies {@code script} on {@code connection} and leaves it in auto-commit mode. */
  static void apply(Connection connection, DdlScript script) throws SQLException {
    String user = System.getProperty("user.name", "unknown");
    try (Statement statement = connection.createStatement()) {
      statement.execute(script.historyTable());
      if (script.savepoints()) {
        statement.execute("BEGIN EXCLUSIVE");
      } else {
        connection.setAutoCommit(false);
      }
      try (PreparedStatement insert = connection.prepareStatement(DdlScript.INSERT)) {
        for (DdlScript.Unit unit : script.units()) {
          long start = System.nanoTime();
          if (script.savepoints()) {
            statement.execute("SAVEPOINT bench_migration");
          }
          for (String sql : unit.statements()) {
            statement.execute(sql);
          }
          insert.setString(1, unit.version());
          insert.setString(2, unit.description());
          insert.setString(3, unit.checksum());
          insert.setString(4, Instant.now().toString());
          insert.setLong(5, (System.nanoTime() - start) / 1_000_000);
          insert.setBoolean(6, true);
          insert.setString(7, user);
          insert.executeUpdate();
          if (script.savepoints()) {
            statement.execute("RELEASE SAVEPOINT bench_migration");
          } else {
            connection.commit();
          }
        }
      }
      if (script.savepoints()) {
        statement.execute("COMMIT");
      } else {
        connection.setAutoCommit(true);
      }
    }
  }
}
