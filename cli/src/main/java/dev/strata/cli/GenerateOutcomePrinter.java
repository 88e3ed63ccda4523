package dev.strata.cli;

import dev.strata.Database;
import dev.strata.generator.GenerateMessages;
import dev.strata.generator.GenerateOutcome;
import dev.strata.generator.SqlScript;
import dev.strata.generator.diff.Refusal;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints what {@code strata generate} came to and gives its exit code: the summary on standard
 * output when it succeeded, else the summary and every refusal on standard error.
 */
final class GenerateOutcomePrinter implements GenerateOutcome.Visitor<Integer> {
  private final PrintWriter out;
  private final PrintWriter err;
  private final Database dialect;
  private final GenerateMessages messages = new GenerateMessages(CommandLineAdvice.INSTANCE);

  /** A printer whose dry runs show the SQL of {@code dialect}. */
  GenerateOutcomePrinter(PrintWriter out, PrintWriter err, Database dialect) {
    this.out = out;
    this.err = err;
    this.dialect = dialect;
  }

  @Override
  public Integer visitNoChanges(GenerateOutcome.NoChanges outcome) {
    out.println(messages.summary(outcome));
    return 0;
  }

  @Override
  public Integer visitRefused(GenerateOutcome.Refused outcome) {
    return no(outcome, outcome.refusals());
  }

  @Override
  public Integer visitCheckFailed(GenerateOutcome.CheckFailed outcome) {
    return no(outcome, outcome.refusals());
  }

  /** The migration, then its SQL on the chosen database, statement by statement. */
  @Override
  public Integer visitDryRun(GenerateOutcome.DryRun outcome) {
    out.println(messages.summary(outcome));
    out.println();
    out.println(outcome.migration().source());
    out.println("-- SQL on " + dialect + " --");
    new SqlScript(dialect, outcome.before()).render(outcome.upOperations()).forEach(out::println);
    return 0;
  }

  @Override
  public Integer visitWritten(GenerateOutcome.Written outcome) {
    out.println(messages.summary(outcome));
    return 0;
  }

  private int no(GenerateOutcome outcome, List<Refusal> refusals) {
    err.println(messages.summary(outcome));
    refusals.forEach(r -> err.println("  - " + messages.refusal(r)));
    return Main.EXIT_NO;
  }
}
