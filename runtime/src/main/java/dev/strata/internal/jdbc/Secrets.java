package dev.strata.internal.jdbc;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps passwords out of messages: URLs are shown with {@code user:***@} and {@code password=***},
 * and a password a URL carries is replaced wherever else it shows up (a driver's message, say).
 */
public final class Secrets {
  static final String MASK = "***";

  /** {@code scheme://user:secret@}: the secret ends at the last {@code @} before the host. */
  private static final Pattern USER_INFO = Pattern.compile("(://[^/?#\\s:@]*):([^/?#\\s]*)@");

  /** {@code password=secret} in a query ({@code ?}, {@code &}) or property list ({@code ;}). */
  private static final Pattern PASSWORD_PARAM =
      Pattern.compile("((?:^|[?&;\\s])password=)([^&;\\s]*)", Pattern.CASE_INSENSITIVE);

  private Secrets() {}

  /** {@code url} with its password masked; null stays null. */
  public static String redact(String url) {
    if (url == null) {
      return null;
    }
    String out = USER_INFO.matcher(url).replaceAll("$1:" + Matcher.quoteReplacement(MASK) + "@");
    return PASSWORD_PARAM.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(MASK));
  }

  /**
   * {@code text} with every URL password masked and every occurrence of the passwords that
   * {@code url} carries (as written and URL-decoded) replaced by {@code ***}.
   */
  public static String scrub(String text, String url) {
    return scrub(text, url, null);
  }

  /**
   * As {@link #scrub(String, String)}, also replacing {@code password} (given apart from the URL,
   * as with {@code --password}; null when there is none) wherever it shows up.
   */
  public static String scrub(String text, String url, String password) {
    if (text == null) {
      return null;
    }
    String out = redact(text);
    for (String secret : secrets(url, password)) {
      out = out.replace(secret, MASK);
    }
    return out;
  }

  /**
   * {@code e} as it may be shown: the same exception when neither its message nor its causes'
   * name a password, else an {@link SQLException} with the scrubbed message, SQL state and stack
   * trace, and without the cause whose message held the password.
   */
  public static SQLException scrub(SQLException e, String url) {
    return scrub(e, url, null);
  }

  /** As {@link #scrub(SQLException, String)}, also for {@code password} given apart from the URL. */
  public static SQLException scrub(SQLException e, String url, String password) {
    if (!leaks(e, url, password)) {
      return e;
    }
    SQLException clean = new SQLException(scrub(e.getMessage(), url, password), e.getSQLState(), e.getErrorCode());
    clean.setStackTrace(e.getStackTrace());
    return clean;
  }

  /**
   * Whether the message of {@code e} or of one of its causes would change when scrubbed, that is,
   * names a password of {@code url}, {@code password} itself, or any URL with a password.
   */
  public static boolean leaks(Throwable e, String url, String password) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && !message.equals(scrub(message, url, password))) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> secrets(String url, String password) {
    Set<String> found = passwords(url);
    if (password != null) {
      add(found, password);
    }
    return found;
  }

  private static Set<String> passwords(String url) {
    Set<String> found = new LinkedHashSet<>();
    if (url == null) {
      return found;
    }
    Matcher user = USER_INFO.matcher(url);
    while (user.find()) {
      add(found, user.group(2));
    }
    Matcher param = PASSWORD_PARAM.matcher(url);
    while (param.find()) {
      add(found, param.group(2));
    }
    return found;
  }

  private static void add(Set<String> found, String secret) {
    // A one-character password would mask every such character of a message: such passwords are
    // masked inside URLs only.
    if (secret.length() < 2 || secret.equals(MASK)) {
      return;
    }
    found.add(secret);
    try {
      found.add(URLDecoder.decode(secret, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      // not URL-encoded: the raw form is enough
    }
  }
}
