package dev.strata.bench;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What to run, from the command line.
 *
 * @param migrations migrations (and models) in the project the no-op, apply and generate
 *     benchmarks use, and the smaller of the diff benchmark's two sizes (the larger is ten times
 *     as many tables) ({@code --migrations}, default 1,000)
 * @param javacModels models compiled by the processor benchmark ({@code --models}, default 500)
 * @param runs timed runs of each thing ({@code --runs}, default 5)
 * @param warmups untimed runs before them ({@code --warmups}, default 1; in-process
 *     {@code generate} warms up three times as often)
 * @param url the database server for no-op and apply, or null for SQLite files ({@code --url})
 * @param workDir where sources, classes and SQLite files go, or null for a new temporary folder
 *     removed at the end ({@code --work})
 * @param only the benchmarks to run: {@code noop}, {@code apply}, {@code javac},
 *     {@code generate}, {@code diff} ({@code --only a,b}, default all)
 * @param seed the seed of the generated sources ({@code --seed}, default 42)
 * @param breakdown whether to time the phases of a no-op start too ({@code --breakdown})
 */
record BenchOptions(int migrations, int javacModels, int runs, int warmups, String url, Path workDir,
    Set<String> only, long seed, boolean breakdown) {

  static final List<String> BENCHMARKS = List.of("noop", "apply", "javac", "generate", "diff");

  static final String USAGE = String.join("\n",
      "usage: Benchmarks [--migrations N] [--models M] [--runs R] [--warmups W] [--url JDBC_URL]",
      "                  [--work DIR] [--only noop,apply,javac,generate,diff] [--seed S] [--breakdown]");

  static BenchOptions defaults() {
    return new BenchOptions(1000, 500, 5, 1, null, null, Set.copyOf(BENCHMARKS), 42, false);
  }

  /**
   * Parses {@code args}; blank arguments (an empty {@code -Dbench.args}) are skipped.
   *
   * @throws IllegalArgumentException naming the bad option, with the usage
   */
  static BenchOptions parse(String... args) {
    BenchOptions d = defaults();
    int migrations = d.migrations;
    int javacModels = d.javacModels;
    int runs = d.runs;
    int warmups = d.warmups;
    String url = d.url;
    Path workDir = d.workDir;
    Set<String> only = d.only;
    long seed = d.seed;
    boolean breakdown = d.breakdown;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.isBlank()) {
        continue;
      }
      if (arg.equals("--breakdown")) {
        breakdown = true;
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(arg + " needs a value\n" + USAGE);
      }
      String value = args[++i];
      switch (arg) {
        case "--migrations" -> migrations = positive(arg, value);
        case "--models" -> javacModels = positive(arg, value);
        case "--runs" -> runs = positive(arg, value);
        case "--warmups" -> warmups = atLeastZero(arg, value);
        case "--url" -> url = value;
        case "--work" -> workDir = Path.of(value);
        case "--only" -> only = benchmarks(value);
        case "--seed" -> seed = Long.parseLong(value);
        default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
      }
    }
    return new BenchOptions(migrations, javacModels, runs, warmups, url, workDir, only, seed, breakdown);
  }

  boolean runs(String benchmark) {
    return only.contains(benchmark);
  }

  private static int positive(String option, String value) {
    int n = atLeastZero(option, value);
    if (n == 0) {
      throw new IllegalArgumentException(option + " must be at least 1");
    }
    return n;
  }

  private static int atLeastZero(String option, String value) {
    try {
      int n = Integer.parseInt(value);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(option + " takes a whole number, not " + value);
  }

  private static Set<String> benchmarks(String list) {
    Set<String> names = new LinkedHashSet<>();
    for (String name : list.split(",")) {
      String n = name.trim();
      if (!BENCHMARKS.contains(n)) {
        throw new IllegalArgumentException("unknown benchmark " + n + "; choose from " + BENCHMARKS);
      }
      names.add(n);
    }
    return Set.copyOf(names);
  }
}
