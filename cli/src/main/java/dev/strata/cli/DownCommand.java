package dev.strata.cli;

import dev.strata.RollbackResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code strata down}: rolls back the newest applied migrations. */
@Command(name = "down", aliases = "migrate:down", description = "Roll back the newest applied migration(s) through their down().")
final class DownCommand extends MigratorCommand {

  @Option(names = "--count", defaultValue = "1", description = "How many migrations to roll back (default ${DEFAULT-VALUE}).")
  int count;

  @Override
  public Integer call() {
    RollbackResult result = migrator().rollback(count);
    out().println(result);
    return 0;
  }
}
