package dev.strata.generator;

import dev.strata.generator.diff.Refusal;
import java.util.Objects;

/**
 * The words for a {@link GenerateOutcome} and its refusals, with the ways out named as the tool at
 * hand names them ({@link Advice}). A tool prints {@link #summary} and, for a refusal or a failed
 * check, {@link #refusal} for each of the outcome's refusals.
 */
public final class GenerateMessages {

  /** The summary of a run that finds nothing to do. */
  public static final String NO_CHANGES = "No schema changes detected";

  private final Advice advice;

  /** Messages naming the controls the way {@code advice} does. */
  public GenerateMessages(Advice advice) {
    this.advice = Objects.requireNonNull(advice, "advice");
  }

  /**
   * One line for the user, such as {@code "Wrote src/main/java/db/migration/V20260506070809__add_bio.java
   * (1 change)"} or {@code "Refused to generate the migration (2 problems); nothing was written"}.
   */
  public String summary(GenerateOutcome outcome) {
    return outcome.accept(new GenerateOutcome.Visitor<>() {
      @Override
      public String visitNoChanges(GenerateOutcome.NoChanges none) {
        return NO_CHANGES;
      }

      @Override
      public String visitRefused(GenerateOutcome.Refused refused) {
        return "Refused to generate the migration (" + count(refused.refusals().size(), "problem")
            + "); nothing was written";
      }

      @Override
      public String visitCheckFailed(GenerateOutcome.CheckFailed failed) {
        return "The models and the migrations differ (" + count(failed.changes().size(), "change")
            + (failed.refusals().isEmpty() ? "" : ", " + count(failed.refusals().size(), "refusal"))
            + "); run " + advice.generate() + " to write the migration";
      }

      @Override
      public String visitDryRun(GenerateOutcome.DryRun dry) {
        return "Dry run: " + dry.file() + " would hold " + count(dry.changes().size(), "change")
            + "; nothing was written";
      }

      @Override
      public String visitWritten(GenerateOutcome.Written written) {
        return "Wrote " + written.file() + " (" + count(written.changes().size(), "change") + ")";
      }
    });
  }

  /**
   * The whole message for {@code refusal}: the diff's words for the problem and the way out, such
   * as {@code "Refused: dropping column users.bio removes its data. Pass --allow-destructive to
   * generate it anyway."}
   */
  public String refusal(Refusal refusal) {
    String allow = advice.allowDestructive();
    return switch (refusal.reason()) {
      case DESTRUCTIVE -> "Refused: " + refusal.problem() + ". Pass " + allow + " to generate it anyway.";
      case POSSIBLE_RENAME -> refusal.problem() + ", or pass `" + allow + "` (which " + refusal.ifAllowed() + ")";
      case NOT_NULL_WITHOUT_DEFAULT -> refusal.problem() + ".";
      case UNSUPPORTED -> refusal.problem() + ". Do it in two steps: remove the field and generate with " + allow
          + ", then add it back and generate again.";
    };
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
