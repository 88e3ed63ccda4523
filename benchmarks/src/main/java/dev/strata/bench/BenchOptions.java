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
 *     {@code generate}, {@code diff}, {@code compare} ({@code --only a,b}, default all)
 * @param seed the seed of the generated sources ({@code --seed}, default 42)
 * @param breakdown whether to time the phases of a no-op start too ({@code --breakdown})
 * @param sizes the numbers of migrations the side-by-side comparison runs at ({@code --sizes},
 *     default 10,1000,10000)
 * @param largeRuns rounds of the comparison at {@value #LARGE} migrations or more, where one
 *     apply round takes minutes ({@code --large-runs}, default 1; smaller sizes take {@code runs})
 * @param databases where the comparison runs: {@code sqlite}, {@code postgresql},
 *     {@code mariadb} ({@code --databases}, default all three)
 * @param postgresUrl the PostgreSQL server of the comparison ({@code --postgres-url}, default
 *     {@code STRATA_TEST_POSTGRES_URL} or the local test server)
 * @param mysqlUrl the MariaDB or MySQL server of the comparison ({@code --mysql-url}, default
 *     {@code STRATA_TEST_MYSQL_URL} or the local test server)
 */
record BenchOptions(int migrations, int javacModels, int runs, int warmups, String url, Path workDir,
    Set<String> only, long seed, boolean breakdown, List<Integer> sizes, int largeRuns, List<String> databases,
    String postgresUrl, String mysqlUrl) {

  static final List<String> BENCHMARKS = List.of("noop", "apply", "javac", "generate", "diff", "compare");
  static final List<String> DATABASES = List.of("sqlite", "postgresql", "mariadb");
  /** From this many migrations on, the comparison takes {@code largeRuns} rounds. */
  static final int LARGE = 10_000;

  static final String USAGE = String.join("\n",
      "usage: Benchmarks [--migrations N] [--models M] [--runs R] [--warmups W] [--url JDBC_URL]",
      "                  [--work DIR] [--only noop,apply,javac,generate,diff,compare] [--seed S] [--breakdown]",
      "                  [--sizes 10,1000,10000] [--large-runs R] [--databases sqlite,postgresql,mariadb]",
      "                  [--postgres-url JDBC_URL] [--mysql-url JDBC_URL]");

  static BenchOptions defaults() {
    return new BenchOptions(1000, 500, 5, 1, null, null, Set.copyOf(BENCHMARKS), 42, false,
        List.of(10, 1000, LARGE), 1, DATABASES,
        env("STRATA_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"),
        env("STRATA_TEST_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/test?user=root&password="));
  }

  /** The rounds the comparison takes at {@code n} migrations. */
  int runsAt(int n) {
    return n >= LARGE ? largeRuns : runs;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
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
    List<Integer> sizes = d.sizes;
    int largeRuns = d.largeRuns;
    List<String> databases = d.databases;
    String postgresUrl = d.postgresUrl;
    String mysqlUrl = d.mysqlUrl;
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
        case "--sizes" -> sizes = sizes(arg, value);
        case "--large-runs" -> largeRuns = positive(arg, value);
        case "--databases" -> databases = names(value, DATABASES, "database");
        case "--postgres-url" -> postgresUrl = value;
        case "--mysql-url" -> mysqlUrl = value;
        default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
      }
    }
    return new BenchOptions(migrations, javacModels, runs, warmups, url, workDir, only, seed, breakdown, sizes,
        largeRuns, databases, postgresUrl, mysqlUrl);
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
    return Set.copyOf(names(list, BENCHMARKS, "benchmark"));
  }

  /** The names in the comma-separated {@code list}, each one of {@code known}, in order. */
  private static List<String> names(String list, List<String> known, String what) {
    Set<String> names = new LinkedHashSet<>();
    for (String name : list.split(",")) {
      String n = name.trim();
      if (!known.contains(n)) {
        throw new IllegalArgumentException("unknown " + what + " " + n + "; choose from " + known);
      }
      names.add(n);
    }
    return List.copyOf(names);
  }

  private static List<Integer> sizes(String option, String list) {
    Set<Integer> sizes = new LinkedHashSet<>();
    for (String size : list.split(",")) {
      sizes.add(positive(option, size.trim()));
    }
    return List.copyOf(sizes);
  }
}
