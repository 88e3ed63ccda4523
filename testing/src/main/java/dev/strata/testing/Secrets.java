package dev.strata.testing;

import java.util.regex.Pattern;

/** Keeps passwords out of messages: in URLs ({@code user:pass@}, {@code password=}) and driver text. */
final class Secrets {
  private static final Pattern USER_INFO = Pattern.compile("(//[^/:@?]*):[^@/?]*@");
  private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;\\s]*");

  private Secrets() {}

  /** {@code text} with every password it holds replaced by {@code ***}. */
  static String mask(String text) {
    if (text == null) {
      return null;
    }
    return PASSWORD_PARAMETER.matcher(USER_INFO.matcher(text).replaceAll("$1:***@")).replaceAll("$1***");
  }
}
