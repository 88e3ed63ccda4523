package dev.strata.cli;

import dev.strata.ExecutedMigration;
import dev.strata.MigrateResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code strata up}: applies pending migrations. */
@Command(name = "up", aliases = "migrate:up", description = "Apply pending migrations (all, or up to --target).")
final class UpCommand extends MigratorCommand {

  @Option(names = "--target", paramLabel = "VERSION", description = "Apply pending migrations up to and including this version.")
  String target;

  @Override
  public Integer call() {
    MigrateResult result = target == null ? migrator().migrate() : migrator().migrate(target);
    if (result.applied().isEmpty()) {
      out().println("Database is up to date at version " + orNone(result.currentVersion()) + "; nothing to apply.");
      return 0;
    }
    for (ExecutedMigration m : result.applied()) {
      out().printf("Applied %s %s (%d ms)%n", m.version(), m.description(), m.executionMs());
    }
    out().printf("%d migration(s) applied; database is now at version %s.%n",
        result.appliedCount(), orNone(result.currentVersion()));
    return 0;
  }

  static String orNone(String version) {
    return version == null ? "(none)" : version;
  }
}
