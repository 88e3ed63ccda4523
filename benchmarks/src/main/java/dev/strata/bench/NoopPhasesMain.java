package dev.strata.bench;

import dev.strata.Migrator;
import dev.strata.internal.history.HistoryRow;
import dev.strata.internal.history.HistoryTable;
import dev.strata.internal.jdbc.UrlDataSource;
import dev.strata.internal.loader.MigrationLoader;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.runner.Reconciliation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Child process for {@code --breakdown}: the steps of a no-op start done one by one with public
 * API, in the order a cold start meets them, timed by {@link PhaseBreakdown.Clock}; then the real
 * {@code applyPending}, with all of that already loaded. Arguments: JDBC URL, the parent's clock.
 */
public final class NoopPhasesMain {
  private NoopPhasesMain() {}

  public static void main(String[] args) throws SQLException {
    PhaseBreakdown.Clock clock = new PhaseBreakdown.Clock(args[1]);
    try (Connection connection = DriverManager.getConnection(args[0])) {
      clock.phase("connect (JDBC drivers loaded)");
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(RawHistoryMain.SELECT + RawHistoryMain.TABLE)) {
        while (rows.next()) {
          rows.getString(1);
        }
      }
      clock.phase("raw history select (the baseline's query)");
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      MigrationLoader.readIndex(loader);
      clock.phase("strata: read the migration index");
      List<ResolvedMigration> migrations = MigrationLoader.load(loader);
      clock.phase("strata: load, instantiate, sort " + migrations.size() + " migration classes");
      migrations.forEach(ResolvedMigration::upOperations);
      clock.phase("strata: record up() of each migration");
      migrations.forEach(ResolvedMigration::checksum);
      clock.phase("strata: checksum (SHA-256) of each migration");
      List<HistoryRow> rows = HistoryTable.probe(connection).orElse(List.of());
      clock.phase("strata: history probe query");
      Reconciliation.of(migrations, rows).isUpToDate(null);
      clock.phase("strata: join code and history (Reconciliation.of)");
    }
    Migrator.applyPending(UrlDataSource.of(args[0]));
    clock.phase("strata: applyPending, classes above already loaded");
  }
}
