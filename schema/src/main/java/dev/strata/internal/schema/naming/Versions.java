package dev.strata.internal.schema.naming;

import java.util.Comparator;

/**
 * Orders migration versions: versions made of digits and dots ({@code 20261123160000},
 * {@code 1.2.10}) compare part by part as numbers; anything else compares as text after them.
 */
public final class Versions {

  /** The version order. */
  public static final Comparator<String> ORDER = Versions::compare;

  private Versions() {}

  /** Whether {@code version} is digits, optionally separated by single dots. */
  public static boolean isNumeric(String version) {
    // a loop, not a regular expression: this runs for every comparison on the start-up path
    boolean digitBefore = false;
    for (int i = 0; i < version.length(); i++) {
      char c = version.charAt(i);
      if (c >= '0' && c <= '9') {
        digitBefore = true;
      } else if (c == '.' && digitBefore && i + 1 < version.length()) {
        digitBefore = false;
      } else {
        return false;
      }
    }
    return digitBefore;
  }

  /** Negative, zero or positive as {@code a} sorts before, with or after {@code b}. */
  public static int compare(String a, String b) {
    boolean na = isNumeric(a);
    boolean nb = isNumeric(b);
    if (na != nb) {
      return na ? -1 : 1;
    }
    if (!na) {
      return a.compareTo(b);
    }
    String[] pa = a.split("\\.");
    String[] pb = b.split("\\.");
    for (int i = 0; i < Math.max(pa.length, pb.length); i++) {
      String x = i < pa.length ? strip(pa[i]) : "0";
      String y = i < pb.length ? strip(pb[i]) : "0";
      int c = x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static String strip(String digits) {
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }
}
