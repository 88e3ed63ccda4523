package dev.strata.cli;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code strata reset --force}: rolls back every applied migration. */
@Command(name = "reset", aliases = "migrate:reset",
    description = "Roll back every applied migration through its down() (data in those tables is lost). Needs --force.")
final class ResetCommand extends MigratorCommand {

  @Option(names = "--force", description = "Confirm that the data is to be removed.")
  boolean force;

  @Override
  public Integer call() {
    if (!force) {
      throw new StrataException(ErrorCode.USAGE, "reset rolls back every migration and loses the data in their tables; pass --force to confirm");
    }
    out().println(migrator().reset());
    return 0;
  }
}
