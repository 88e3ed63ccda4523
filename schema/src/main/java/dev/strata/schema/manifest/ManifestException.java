package dev.strata.schema.manifest;

/** The schema manifest cannot be read; the message says what is wrong and what to do. */
public class ManifestException extends RuntimeException {
  public ManifestException(String message) {
    super(message);
  }

  public ManifestException(String message, Throwable cause) {
    super(message, cause);
  }
}
