package dev.strata.bench;

import java.util.ArrayList;
import java.util.List;

/** Repeated wall-clock times of one thing, in nanoseconds; reported as median and minimum. */
record Timing(List<Long> nanos) {

  Timing {
    if (nanos.isEmpty()) {
      throw new IllegalArgumentException("no runs");
    }
    nanos = List.copyOf(nanos);
  }

  /** Something that runs once and says how long it took, in nanoseconds. */
  @FunctionalInterface
  interface Run {
    long once();
  }

  /** {@code runs} timed runs of {@code run} after {@code warmups} untimed ones. */
  static Timing of(int warmups, int runs, Run run) {
    for (int i = 0; i < warmups; i++) {
      run.once();
    }
    List<Long> times = new ArrayList<>(runs);
    for (int i = 0; i < runs; i++) {
      times.add(run.once());
    }
    return new Timing(times);
  }

  /**
   * Times two things in turns (a b, b a, a b, ...) so that drift of the machine (caches, other
   * load, a thermal limit) falls on both alike. Returns {@code [a, b]}.
   */
  static Timing[] alternating(int warmups, int runs, Run a, Run b) {
    for (int i = 0; i < warmups; i++) {
      a.once();
      b.once();
    }
    List<Long> as = new ArrayList<>(runs);
    List<Long> bs = new ArrayList<>(runs);
    for (int i = 0; i < runs; i++) {
      if (i % 2 == 0) {
        as.add(a.once());
        bs.add(b.once());
      } else {
        bs.add(b.once());
        as.add(a.once());
      }
    }
    return new Timing[] {new Timing(as), new Timing(bs)};
  }

  /**
   * Times {@code things} in rounds after {@code warmups} untimed rounds: each round runs every one
   * once, the order rotated by one each round (a b c, b c a, c a b, ...), so drift of the machine
   * falls on all alike and none is always first or last. Returns the timings in the order of
   * {@code things}.
   */
  static List<Timing> rotating(int warmups, int rounds, List<Run> things) {
    int k = things.size();
    for (int w = 0; w < warmups; w++) {
      for (int j = 0; j < k; j++) {
        things.get((w + j) % k).once();
      }
    }
    List<List<Long>> times = new ArrayList<>(k);
    for (int j = 0; j < k; j++) {
      times.add(new ArrayList<>(rounds));
    }
    for (int r = 0; r < rounds; r++) {
      for (int j = 0; j < k; j++) {
        int which = (r + j) % k;
        times.get(which).add(things.get(which).once());
      }
    }
    List<Timing> result = new ArrayList<>(k);
    for (List<Long> t : times) {
      result.add(new Timing(t));
    }
    return result;
  }

  /** The median in milliseconds (the mean of the middle two for an even count). */
  double medianMs() {
    List<Long> sorted = nanos.stream().sorted().toList();
    int n = sorted.size();
    double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    return median / 1e6;
  }

  /** The fastest run in milliseconds. */
  double minMs() {
    return nanos.stream().mapToLong(Long::longValue).min().orElseThrow() / 1e6;
  }

  int runs() {
    return nanos.size();
  }
}
