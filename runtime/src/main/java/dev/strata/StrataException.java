package dev.strata;

/**
 * The one exception Strata throws at run time. The message names the migration, table or column
 * at fault and says what to do next; {@link #code()} tells the kind of failure.
 */
public class StrataException extends RuntimeException {
  private final ErrorCode code;

  /** A failure of kind {@code code}; the message names what is at fault and what to do. */
  public StrataException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  /** A failure of kind {@code code} caused by {@code cause}. */
  public StrataException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  /** The kind of failure. */
  public ErrorCode code() {
    return code;
  }
}
