package dev.strata.internal.operation;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import java.util.List;

/**
 * The error for a migration whose {@code up()} or {@code down()} throws while it is recorded. The
 * stack trace says where: the migration's own frame gives the line, and the frame it called gives
 * the DDL call that refused (such as {@code Ddl.varchar}), since a builder fails while the
 * migration is still building the argument of the operation it is about to record.
 */
final class RecordingFailure {
  private RecordingFailure() {}

  /**
   * {@code cause} as a {@link StrataException}: {@link ErrorCode#INVALID_MIGRATION}, or the code of
   * a {@code StrataException} the migration threw, with the migration and position prefixed.
   *
   * @param subject names the migration, e.g. {@code migration 20260101120000 (db.migration.V...)}
   * @param method {@code up()} or {@code down()}
   * @param recorded what was recorded before the failure
   */
  static StrataException of(String subject, Class<?> migration, String method, List<Operation> recorded,
      RuntimeException cause) {
    StackTraceElement[] trace = cause.getStackTrace();
    int own = ownFrame(migration, trace);
    String message = subject + ": " + method + " threw while its operations were recorded, at operation "
        + (recorded.size() + 1) + where(trace, own, recorded) + ": " + sentence(reason(cause, trace, own)) + "\n"
        + (method.startsWith("up") ? "Nothing of it was applied" : "Nothing was rolled back")
        + ": Strata records a migration's operations before it runs them. Fix " + method + " and run again.";
    ErrorCode code = cause instanceof StrataException strata ? strata.code() : ErrorCode.INVALID_MIGRATION;
    return new StrataException(code, message, cause);
  }

  /** " (in Ddl.varchar, V1__x.java:17; after createTable users)", as much of it as is known. */
  private static String where(StackTraceElement[] trace, int own, List<Operation> recorded) {
    StringBuilder where = new StringBuilder();
    if (own > 0 && trace[own - 1].getClassName().startsWith("dev.strata.")) {
      where.append("in ").append(call(trace[own - 1]));
    }
    if (own >= 0 && trace[own].getFileName() != null && trace[own].getLineNumber() > 0) {
      append(where, ", ", trace[own].getFileName() + ":" + trace[own].getLineNumber());
    }
    if (!recorded.isEmpty()) {
      append(where, "; ", "after " + recorded.get(recorded.size() - 1).label());
    }
    return where.length() == 0 ? "" : " (" + where + ")";
  }

  private static void append(StringBuilder text, String separator, String part) {
    text.append(text.length() == 0 ? "" : separator).append(part);
  }

  /**
   * The index of the first frame in the migration class or one nested in it, or -1. A lambda's
   * frames are those of the class that wrote it.
   */
  private static int ownFrame(Class<?> migration, StackTraceElement[] trace) {
    String name = (migration.isHidden() ? migration.getNestHost() : migration).getName();
    for (int i = 0; i < trace.length; i++) {
      String frame = trace[i].getClassName();
      if (frame.equals(name) || frame.startsWith(name + "$")) {
        return i;
      }
    }
    return -1;
  }

  /** How the migration's source spells the call: {@code db.addColumn} or {@code Ddl.varchar}. */
  private static String call(StackTraceElement frame) {
    if (frame.getClassName().equals(OperationRecorder.class.getName())) {
      return "db." + frame.getMethodName();
    }
    String type = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
    return type + "." + frame.getMethodName();
  }

  private static String sentence(String text) {
    return text.endsWith(".") ? text : text + ".";
  }

  /**
   * The message of an exception Strata threw below the migration's frame (a builder refusing a
   * value) stands alone; anything else, such as the migration's own exception, keeps its type.
   */
  private static String reason(RuntimeException cause, StackTraceElement[] trace, int own) {
    boolean fromStrata = own > 0 && trace[0].getClassName().startsWith("dev.strata.") && cause.getMessage() != null;
    return fromStrata ? cause.getMessage() : cause.toString();
  }
}
