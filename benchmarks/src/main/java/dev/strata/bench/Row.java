package dev.strata.bench;

import java.util.Locale;

/**
 * One line of the result table: what Strata measured, the baseline (if any), the target and
 * whether it is met. Times are medians; the minimums are shown at the end of the line.
 *
 * @param name what was measured
 * @param strata Strata's value as shown
 * @param baseline the baseline's value as shown, or "-"
 * @param ratio Strata's median over the baseline's, as shown, or "-"
 * @param target the target as shown, or "-" for a line given for information
 * @param result {@link #PASS}, {@link #MISS} or "-" for information
 * @param note minimums or other detail, may be empty
 * @param value the number the verdict is based on (a ratio, milliseconds or a count)
 */
record Row(String name, String strata, String baseline, String ratio, String target, String result,
    String note, double value) {

  static final String PASS = "PASS";
  static final String MISS = "MISS";
  private static final String NONE = "-";

  /** Strata against a baseline: passes when the ratio of medians is at most {@code maxRatio}. */
  static Row ratio(String name, Timing strata, Timing baseline, double maxRatio) {
    double ratio = strata.medianMs() / baseline.medianMs();
    double minRatio = strata.minMs() / baseline.minMs();
    return new Row(name, ms(strata.medianMs()), ms(baseline.medianMs()), times(ratio),
        "<=" + times(maxRatio), ratio <= maxRatio ? PASS : MISS,
        "min " + ms(strata.minMs()) + " / " + ms(baseline.minMs()) + " (" + times(minRatio) + "), "
            + strata.runs() + " runs", ratio);
  }

  /** Strata against a baseline, for information: the ratio of medians without a target. */
  static Row ratioInfo(String name, Timing strata, Timing baseline) {
    return new Row(name, ms(strata.medianMs()), ms(baseline.medianMs()), times(strata.medianMs() / baseline.medianMs()),
        NONE, NONE, "min " + ms(strata.minMs()) + " / " + ms(baseline.minMs()) + " ("
            + times(strata.minMs() / baseline.minMs()) + "), " + strata.runs() + " runs", Double.NaN);
  }

  /** A time with an absolute limit: passes when the median is below {@code limitMs}. */
  static Row below(String name, Timing strata, double limitMs) {
    double median = strata.medianMs();
    return new Row(name, ms(median), NONE, NONE, "<" + ms(limitMs), median < limitMs ? PASS : MISS,
        "min " + ms(strata.minMs()) + ", " + strata.runs() + " runs", median);
  }

  /** A count with a limit: passes when it is at most {@code max}. */
  static Row count(String name, long strata, long baseline, long max) {
    return new Row(name, String.valueOf(strata), String.valueOf(baseline), NONE, "<=" + max,
        strata <= max ? PASS : MISS, "", strata);
  }

  /** Given for information, without a target. */
  static Row info(String name, String strata, String baseline, String note) {
    return new Row(name, strata, baseline, NONE, NONE, NONE, note, Double.NaN);
  }

  boolean passed() {
    return PASS.equals(result);
  }

  static String ms(double ms) {
    return ms >= 100 ? String.format(Locale.ROOT, "%.0f ms", ms) : String.format(Locale.ROOT, "%.1f ms", ms);
  }

  static String times(double ratio) {
    return String.format(Locale.ROOT, "%.2fx", ratio);
  }
}
