package dev.strata.internal.jdbc;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Turns the database URLs the command line accepts into JDBC URLs:
 * <ul>
 *   <li>{@code sqlite:path} and {@code sqlite::memory:} → {@code jdbc:sqlite:...}</li>
 *   <li>{@code postgresql://user:pass@host:port/db} (also {@code postgres://}) →
 *       {@code jdbc:postgresql://host:port/db?user=..&password=..}</li>
 *   <li>{@code mysql://user:pass@host:port/db} (also {@code mariadb://}) →
 *       {@code jdbc:mysql://host:port/db?user=..&password=..}</li>
 *   <li>any {@code jdbc:} URL, unchanged</li>
 * </ul>
 * Errors show the URL with its password masked ({@link Secrets}).
 */
public final class DatabaseUrls {

  private DatabaseUrls() {}

  /**
   * The JDBC URL for {@code url}.
   *
   * @throws StrataException {@link ErrorCode#USAGE} when the URL has none of the accepted forms
   */
  public static String toJdbc(String url) {
    if (url == null || url.isBlank()) {
      throw new StrataException(ErrorCode.USAGE, "no database URL given; pass --url, e.g. --url sqlite:app.db");
    }
    String u = url.trim();
    if (u.startsWith("jdbc:")) {
      return u;
    }
    if (u.startsWith("sqlite:")) {
      return "jdbc:" + u;
    }
    if (u.startsWith("postgresql://") || u.startsWith("postgres://")) {
      return serverUrl(u, "jdbc:postgresql://", 5432);
    }
    if (u.startsWith("mysql://") || u.startsWith("mariadb://")) {
      return serverUrl(u, "jdbc:mysql://", 3306);
    }
    throw new StrataException(ErrorCode.USAGE, "unsupported database URL '" + Secrets.redact(url)
        + "'; use sqlite:path, sqlite::memory:, postgresql://user:pass@host:port/db, "
        + "mysql://user:pass@host:port/db or a jdbc: URL");
  }

  private static String serverUrl(String url, String prefix, int defaultPort) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new StrataException(ErrorCode.USAGE, "malformed database URL '" + Secrets.redact(url) + "': "
          + Secrets.scrub(e.getReason(), url));
    }
    if (uri.getHost() == null) {
      throw new StrataException(ErrorCode.USAGE, "database URL '" + Secrets.redact(url) + "' has no host");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    StringBuilder out = new StringBuilder(prefix).append(uri.getHost())
        .append(':').append(uri.getPort() < 0 ? defaultPort : uri.getPort()).append(path);
    String sep = "?";
    if (uri.getRawQuery() != null) {
      out.append('?').append(uri.getRawQuery());
      sep = "&";
    }
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
      out.append(sep).append("user=").append(encode(user));
      if (colon >= 0) {
        out.append("&password=").append(encode(decode(userInfo.substring(colon + 1))));
      }
    }
    return out.toString();
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
