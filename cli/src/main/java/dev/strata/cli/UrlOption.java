package dev.strata.cli;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.internal.jdbc.UrlDataSource;
import picocli.CommandLine.Option;

/**
 * {@code --url URL}, defaulting to the environment variable {@code STRATA_URL}, with the login
 * {@code --user} ({@code STRATA_USER}) and {@code --password} ({@code STRATA_PASSWORD}) for URLs
 * that do not carry it.
 */
final class UrlOption {

  @Option(names = "--url", paramLabel = "URL",
      description = "The database: sqlite:path, sqlite::memory:, postgresql://user:pass@host:port/db, "
          + "mysql://user:pass@host:port/db or a jdbc: URL. Default: $STRATA_URL.")
  String url;

  @Option(names = "--user", paramLabel = "NAME", description = "The database user, when the URL names none. Default: $STRATA_USER.")
  String user;

  @Option(names = "--password", paramLabel = "SECRET",
      description = "The user's password, when the URL has none. Prefer $STRATA_PASSWORD: other users can read a process's arguments.")
  String password;

  /** The URL given, else {@code STRATA_URL}; null when neither is set. */
  String value() {
    return url != null ? url : System.getenv("STRATA_URL");
  }

  /** The password given, else {@code STRATA_PASSWORD}; null when neither is set. */
  String passwordValue() {
    return password != null ? password : System.getenv("STRATA_PASSWORD");
  }

  /** The data source, or a usage error when no URL was given. */
  UrlDataSource dataSource() {
    String value = value();
    if (value == null || value.isBlank()) {
      throw new StrataException(ErrorCode.USAGE, "no database given: pass --url URL or set STRATA_URL");
    }
    return UrlDataSource.of(value, user != null ? user : System.getenv("STRATA_USER"), passwordValue());
  }
}
