package dev.strata.spring;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link StrataException} that stopped the start into Boot's "APPLICATION FAILED TO START"
 * report: Strata's message as the description, and how to proceed (including how to start without
 * migrating) as the action.
 */
final class StrataFailureAnalyzer extends AbstractFailureAnalyzer<StrataException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, StrataException cause) {
    String what = cause.code() == ErrorCode.DRIFT_DETECTED
        ? "The database differs from what its migrations describe, so Strata stopped the start"
        : "Strata could not migrate the database";
    return new FailureAnalysis(what + " (" + cause.code() + "):\n\n" + cause.getMessage(), action(cause), cause);
  }

  private static String action(StrataException cause) {
    String fix = switch (cause.code()) {
      case MIGRATION_FAILED -> "Fix the migration named above (or the database it ran against) and start again;"
          + " the migrations before it stay applied.";
      case VALIDATION_FAILED -> "Bring the migrations in the code and the history table back into agreement as"
          + " described above (strata repair; or strata.out-of-order=true for a migration merged from a branch).";
      case DRIFT_DETECTED -> "Undo the change made by hand or record it in a new migration (strata generate),"
          + " or set strata.validate-on-start=false to start without the drift check.";
      case LOCK_FAILED -> "Wait for the other instance to finish migrating, or raise strata.lock-timeout.";
      case CONNECTION_FAILED -> "Check the database URL, user and password (spring.datasource.* or strata.*).";
      case MIGRATION_NOT_LOADABLE, MANIFEST_MISSING -> "Rebuild the application so the Strata annotation processor"
          + " rewrites its index.";
      default -> "Correct what the message above describes.";
    };
    return fix + " To start without migrating, set strata.enabled=false.";
  }
}
