package dev.strata.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs the benchmarks of Strata's performance budget and prints a table: measured value,
 * baseline, ratio, target and PASS or MISS per line. Run on demand, never as a test:
 *
 * <pre>
 * mvn -q -pl benchmarks -am -Pbench -DskipTests package [-Dbench.args="--runs 7 --url jdbc:..."]
 * </pre>
 *
 * <p>Whole processes are timed in new JVMs started with this JVM's {@code java} and class path,
 * Strata and its baseline in turns; each line gives the median and the minimum. See
 * {@link BenchOptions} for the options and docs/benchmarks.md for what each line measures.
 */
public final class Benchmarks {
  /**
   * Strata's runner logs what it applies; in this JVM that is set-up noise between the progress
   * lines. Held here because the logging framework keeps loggers only weakly.
   */
  private static final java.util.logging.Logger STRATA_LOG = java.util.logging.Logger.getLogger("dev.strata");

  private Benchmarks() {}

  public static void main(String[] args) {
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    List<Row> rows = run(options, System.out);
    System.out.println();
    ResultTable.print(rows, System.out);
  }

  /**
   * Runs the benchmarks {@code options} selects, printing progress to {@code out}, and returns
   * the table's rows.
   *
   * @throws IllegalStateException when a benchmark cannot run or its work comes out wrong (a child
   *     process fails, a count differs)
   */
  static List<Row> run(BenchOptions options, PrintStream out) {
    STRATA_LOG.setLevel(java.util.logging.Level.WARNING);
    Path workDir = options.workDir();
    boolean temporary = workDir == null;
    try {
      workDir = temporary ? Files.createTempDirectory("strata-bench-") : Files.createDirectories(workDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println("Strata benchmarks: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
        + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
        + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", " + load());
    out.println("  " + options.migrations() + " migrations/models, " + options.javacModels() + " models for javac, "
        + options.runs() + " timed runs after " + options.warmups() + " warm-up, work folder " + workDir);
    if (options.runs("compare")) {
      out.println("  compare: " + options.databases() + " at " + options.sizes() + " migrations, " + options.runs()
          + " rounds (" + options.largeRuns() + " from " + BenchOptions.LARGE + " migrations on)");
    }
    List<Row> rows = new ArrayList<>();
    try (BenchContext context = new BenchContext(options, workDir, out)) {
      if (options.runs("noop") || options.runs("apply")) {
        out.println("  database: " + context.database().describe());
      }
      if (options.runs("noop")) {
        rows.addAll(NoopStartBenchmark.run(context));
      }
      if (options.runs("apply")) {
        rows.addAll(ApplyBenchmark.run(context));
      }
      if (options.runs("javac")) {
        rows.addAll(ProcessorBenchmark.run(context));
      }
      if (options.runs("generate")) {
        rows.addAll(GenerateBenchmark.run(context));
      }
      if (options.runs("diff")) {
        rows.addAll(DiffBenchmark.run(context));
      }
      if (options.runs("compare")) {
        rows.addAll(CompareBenchmark.run(context, out));
      }
    } finally {
      if (temporary) {
        delete(workDir);
      }
    }
    out.println("  done, " + load());
    return rows;
  }

  /**
   * The system load average: other work on the machine slows the processes timed, so a reader of
   * the table should know it.
   */
  private static String load() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "load average unknown" : String.format(Locale.ROOT, "load average %.2f", load);
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
