package dev.strata.cli;

import dev.strata.internal.jdbc.Secrets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Masks every password the command line was given (in a URL argument, {@code STRATA_URL},
 * {@code --password} or {@code STRATA_PASSWORD}) in text about to be printed, and every password
 * of any URL in it.
 */
final class Scrubber {
  private final List<String> urls;
  private final List<String> passwords;

  private Scrubber(List<String> urls, List<String> passwords) {
    this.urls = urls;
    this.passwords = passwords;
  }

  /** The secrets of {@code args} and of the environment {@code env}. */
  static Scrubber of(String[] args, Map<String, String> env) {
    List<String> urls = new ArrayList<>();
    List<String> passwords = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      // any argument may be a URL (--url, --shadow-url, --from-db, a mistyped option): URL forms only
      urls.add(arg);
      if (arg.equals("--password") && i + 1 < args.length) {
        passwords.add(args[i + 1]);
      } else if (arg.startsWith("--password=")) {
        passwords.add(arg.substring("--password=".length()));
      }
    }
    if (env.get("STRATA_URL") != null) {
      urls.add(env.get("STRATA_URL"));
    }
    if (env.get("STRATA_PASSWORD") != null) {
      passwords.add(env.get("STRATA_PASSWORD"));
    }
    return new Scrubber(urls, passwords);
  }

  /** {@code text} with the passwords masked. */
  String scrub(String text) {
    String out = Secrets.redact(text);
    for (String url : urls) {
      out = Secrets.scrub(out, url);
    }
    for (String password : passwords) {
      out = Secrets.scrub(out, null, password);
    }
    return out;
  }
}
