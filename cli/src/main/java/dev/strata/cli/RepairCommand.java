package dev.strata.cli;

import picocli.CommandLine.Command;

/** {@code strata repair}: realigns the history table with the code. */
@Command(name = "repair", description = "Remove failed history rows and realign checksums with the code (after fixing the database by hand).")
final class RepairCommand extends MigratorCommand {

  @Override
  public Integer call() {
    out().println(migrator().repair());
    return 0;
  }
}
