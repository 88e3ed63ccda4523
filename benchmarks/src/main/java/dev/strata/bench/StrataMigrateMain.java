package dev.strata.bench;

import dev.strata.MigrateResult;
import dev.strata.Migrator;

/**
 * Child process: an application's start-up, {@code Migrator.applyPending(dataSource)}, with the
 * migrations on the class path. Arguments: JDBC URL, the number of migrations it must apply.
 * Exits 3 when it applies another number.
 */
public final class StrataMigrateMain {
  private StrataMigrateMain() {}

  public static void main(String[] args) {
    MigrateResult result = Migrator.applyPending(ChildConnections.dataSource(args[0]));
    int expected = Integer.parseInt(args[1]);
    if (result.appliedCount() != expected) {
      System.err.println("applied " + result.appliedCount() + " migrations, expected " + expected);
      System.exit(3);
    }
  }
}
