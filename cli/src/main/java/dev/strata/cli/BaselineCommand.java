package dev.strata.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code strata baseline}: marks an existing database as being at a version. */
@Command(name = "baseline", description = "Mark an existing database as being at --version: older migrations count as applied.")
final class BaselineCommand extends MigratorCommand {

  @Option(names = "--version", required = true, paramLabel = "VERSION", description = "The version the database is at.")
  String version;

  @Override
  public Integer call() {
    out().println(migrator().baseline(version));
    return 0;
  }
}
