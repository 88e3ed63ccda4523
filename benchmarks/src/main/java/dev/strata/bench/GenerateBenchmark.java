package dev.strata.bench;

import dev.strata.cli.Main;
import dev.strata.generator.GenerateMode;
import dev.strata.generator.GenerateOptions;
import dev.strata.generator.GenerateOutcome;
import dev.strata.generator.Generator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.util.List;

/**
 * Benchmark 4, {@code generate} on a project of N models and N migrations where one model has one
 * new column: {@code Generator.generate(loader)} in this JVM after warm-up (manifest, migration
 * loading, replay, diff and the new migration's source, written nowhere: a dry run), and the whole
 * {@code strata generate --check --classes DIR} process in a new JVM (which exits 1: the models
 * and migrations differ).
 *
 * <p>Target (performance budget, docs/benchmarks.md): under 1 s with 1,000 models and 1,000
 * migrations.
 */
final class GenerateBenchmark {
  static final double LIMIT_MS = 1000;

  private GenerateBenchmark() {}

  static List<Row> run(BenchContext context) {
    BenchOptions options = context.options();
    Fixture fixture = context.fixture();
    int n = fixture.tables();
    Timing inProcess;
    try (URLClassLoader loader = fixture.classLoader()) {
      Generator generator = new Generator(GenerateOptions.defaults().withMode(GenerateMode.DRY_RUN)
          .withOutputDir(context.workDir().resolve("generated")));
      inProcess = Timing.of(Math.max(1, 3 * options.warmups()), options.runs(), () -> {
        long start = System.nanoTime();
        GenerateOutcome result = generator.generate(loader);
        long nanos = System.nanoTime() - start;
        if (!(result instanceof GenerateOutcome.DryRun dry) || dry.changes().size() != 1) {
          throw new IllegalStateException("generate came to " + result + ", expected the one new column");
        }
        return nanos;
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Processes processes = context.processes();
    List<String> command = Processes.java(Processes.classPath(), Main.class.getName(), "generate", "--check",
        "--classes", fixture.classes().toString());
    Timing process = Timing.of(options.warmups(), options.runs(), () -> {
      long nanos = processes.time(command, Main.EXIT_NO);
      if (!processes.lastOutput().contains("differ")) {
        throw new IllegalStateException("generate --check said:\n" + processes.lastOutput());
      }
      return nanos;
    });
    if (options.breakdown()) {
      PhaseBreakdown.print(context, "generate --check with " + n + " models and " + n + " migrations",
          Processes.classPath(), GeneratePhasesMain.class, fixture.classes().toString());
    }
    String size = "(" + n + " models, " + n + " migrations)";
    return List.of(
        Row.below("generate in-process, warm " + size, inProcess, LIMIT_MS),
        Row.below("strata generate --check process " + size, process, LIMIT_MS));
  }
}
