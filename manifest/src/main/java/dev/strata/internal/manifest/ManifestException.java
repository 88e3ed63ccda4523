package dev.strata.internal.manifest;

/** The schema manifest cannot be read; the message says what is wrong and what to do. */
public class ManifestException extends RuntimeException {
  /** An error with a message that says what is wrong and what to do. */
  public ManifestException(String message) {
    super(message);
  }

  /** An error with a message that says what is wrong and what to do, and its cause. */
  public ManifestException(String message, Throwable cause) {
    super(message, cause);
  }
}
