package dev.strata.cli;

import dev.strata.ValidateResult;
import picocli.CommandLine.Command;

/** {@code strata validate}: history against code, and the live schema against the migrations. */
@Command(name = "validate",
    description = "Check the history against the code and the live schema against what the applied migrations describe (drift). Exit 1 when anything differs.")
final class ValidateCommand extends MigratorCommand {

  @Override
  public Integer call() {
    ValidateResult result = migrator().validate();
    if (result.isValid()) {
      out().printf("Valid: %d migration(s) applied, %d pending, no drift.%n", result.applied(), result.pending());
    } else {
      out().println(ValidateResult.describe(result.problems()));
    }
    result.notes().forEach(note -> out().println("Note: " + note + "."));
    return result.isValid() ? 0 : Main.EXIT_NO;
  }
}
