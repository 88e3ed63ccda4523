package dev.strata.cli;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.internal.jdbc.UrlDataSource;
import picocli.CommandLine.Option;

/** {@code --url URL}, defaulting to the environment variable {@code STRATA_URL}. */
final class UrlOption {

  @Option(names = "--url", paramLabel = "URL",
      description = "The database: sqlite:path, sqlite::memory:, postgresql://user:pass@host:port/db, "
          + "mysql://user:pass@host:port/db or a jdbc: URL. Default: $STRATA_URL.")
  String url;

  /** The data source, or a usage error when no URL was given. */
  UrlDataSource dataSource() {
    String value = url != null ? url : System.getenv("STRATA_URL");
    if (value == null || value.isBlank()) {
      throw new StrataException(ErrorCode.USAGE, "no database given: pass --url URL or set STRATA_URL");
    }
    return UrlDataSource.of(value);
  }
}
