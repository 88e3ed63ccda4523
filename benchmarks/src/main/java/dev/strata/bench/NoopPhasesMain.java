package dev.strata.bench;

import dev.strata.Migrator;
import dev.strata.history.HistoryTable;
import dev.strata.jdbc.UrlDataSource;
import dev.strata.loader.MigrationLoader;
import dev.strata.loader.ResolvedMigration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Child process for {@code --breakdown}: the steps of a no-op start done one by one with a timer
 * between them, in the order a cold start meets them, printed as {@code phase<TAB>nanoseconds}
 * lines. Arguments: JDBC URL, the parent's clock ({@code System.currentTimeMillis()}) just before
 * it started this process.
 */
public final class NoopPhasesMain {
  private static long last;

  private NoopPhasesMain() {}

  public static void main(String[] args) throws SQLException {
    long launched = Long.parseLong(args[1]);
    System.out.println("jvm start to main\t" + (System.currentTimeMillis() - launched) * 1_000_000);
    last = System.nanoTime();
    try (Connection connection = DriverManager.getConnection(args[0])) {
      phase("connect (drivers loaded)");
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(RawHistoryMain.SELECT)) {
        while (rows.next()) {
          rows.getString(1);
        }
      }
      phase("raw history select (the baseline's query)");
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      MigrationLoader.readIndex(loader);
      phase("strata: read the migration index");
      List<ResolvedMigration> migrations = MigrationLoader.load(loader);
      phase("strata: load and instantiate " + migrations.size() + " migration classes");
      migrations.forEach(ResolvedMigration::upOperations);
      phase("strata: record up() of each migration");
      migrations.forEach(ResolvedMigration::checksum);
      phase("strata: checksum (SHA-256) of each migration");
      HistoryTable.probe(connection);
      phase("strata: history probe query");
    }
    Migrator.applyPending(UrlDataSource.of(args[0]));
    phase("strata: applyPending once all the above is loaded");
  }

  private static void phase(String name) {
    long now = System.nanoTime();
    System.out.println(name + "\t" + (now - last));
    last = System.nanoTime();
  }
}
