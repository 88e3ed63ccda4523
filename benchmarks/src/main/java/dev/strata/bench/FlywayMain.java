package dev.strata.bench;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Child process: Flyway's {@code migrate()} as an application calls it at start-up, with the
 * migrations (SQL files or compiled Java migrations) under {@code db/migration} on the class
 * path. Arguments: JDBC URL, the number of migrations it must apply. Exits 3 when it applies
 * another number.
 */
public final class FlywayMain {
  private FlywayMain() {}

  public static void main(String[] args) {
    MigrateResult result = Flyway.configure()
        .dataSource(ChildConnections.dataSource(args[0]))
        .locations("classpath:db/migration")
        .load()
        .migrate();
    int expected = Integer.parseInt(args[1]);
    if (result.migrationsExecuted != expected) {
      System.err.println("Flyway applied " + result.migrationsExecuted + " migrations, expected " + expected);
      System.exit(3);
    }
  }
}
