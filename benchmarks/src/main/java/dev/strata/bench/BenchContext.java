package dev.strata.bench;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What the benchmarks share: options, the work folder, the process timer, and the fixture and
 * databases, made on first use (the fixture is compiled once for all benchmarks).
 */
final class BenchContext implements AutoCloseable {
  private final BenchOptions options;
  private final Path workDir;
  private final Processes processes;
  private final PrintStream log;
  private Fixture fixture;
  private BenchDatabase database;

  BenchContext(BenchOptions options, Path workDir, PrintStream log) {
    this.options = options;
    this.workDir = workDir;
    this.processes = new Processes(workDir);
    this.log = log;
  }

  BenchOptions options() {
    return options;
  }

  Path workDir() {
    return workDir;
  }

  Processes processes() {
    return processes;
  }

  /** Progress lines, so a long run shows where it is. */
  void progress(String message) {
    log.println("  " + message);
    log.flush();
  }

  /** The compiled project of {@code --migrations} models and migrations. */
  Fixture fixture() {
    if (fixture == null) {
      long start = System.nanoTime();
      fixture = Fixture.build(workDir.resolve("project"), options.migrations(), options.seed());
      progress("compiled " + options.migrations() + " models and " + options.migrations() + " migrations with the"
          + " processor in " + Row.ms((System.nanoTime() - start) / 1e6));
    }
    return fixture;
  }

  /** Where no-op and apply run. */
  BenchDatabase database() {
    if (database == null) {
      database = BenchDatabase.open(options.url());
    }
    return database;
  }

  @Override
  public void close() {
    if (database != null) {
      database.close();
    }
  }
}
