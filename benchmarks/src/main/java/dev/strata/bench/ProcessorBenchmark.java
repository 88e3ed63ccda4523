package dev.strata.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Benchmark 3, the processor's cost: the JDK's {@code javac} compiling generated {@code @Model}
 * sources three ways, in rotated turns: with {@code -proc:none}, with a processor over the same
 * annotations that does nothing ({@link DoNothingProcessor}), and with the Strata processor
 * ({@code -processorpath ... -processor}). Same class path, same processor path, same sources, an
 * emptied output folder before each run (outside the timing).
 *
 * <p>Target (performance budget, DESIGN.md): the Strata processor at most 1.05 times the
 * do-nothing processor; the other ratios are for information (annotation processing itself costs
 * javac a share of its own).
 */
final class ProcessorBenchmark {
  static final double MAX_RATIO = 1.05;

  private ProcessorBenchmark() {}

  static List<Row> run(BenchContext context) {
    BenchOptions options = context.options();
    int m = options.javacModels();
    Path dir = context.workDir().resolve("javac");
    List<Path> sources = FixtureSources.write(dir.resolve("src"), m, options.seed(), false, false);
    Path argFile = dir.resolve("sources.txt");
    Path out = dir.resolve("classes");
    try {
      Files.writeString(argFile, sources.stream().map(Path::toString).collect(Collectors.joining("\n")) + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String classPath = Processes.classPath();
    List<String> plain = javac(out, classPath, argFile, List.of("-proc:none"));
    List<String> nothing = javac(out, classPath, argFile,
        List.of("-processorpath", classPath, "-processor", DoNothingProcessor.class.getName()));
    List<String> processed = javac(out, classPath, argFile,
        List.of("-processorpath", classPath, "-processor", Fixture.PROCESSOR));
    Path manifest = out.resolve("META-INF/strata/schema.json");
    Processes processes = context.processes();
    List<Timing> times = Timing.rotating(options.warmups(), options.runs(), List.of(
        () -> {
          clean(out);
          long nanos = processes.time(processed, 0);
          check(Files.exists(manifest), "the processor wrote no manifest");
          return nanos;
        },
        () -> {
          clean(out);
          long nanos = processes.time(nothing, 0);
          check(!Files.exists(manifest), "the do-nothing processor wrote a manifest");
          return nanos;
        },
        () -> {
          clean(out);
          long nanos = processes.time(plain, 0);
          check(!Files.exists(manifest), "-proc:none wrote a manifest");
          return nanos;
        }));
    Timing strata = times.get(0);
    Timing doNothing = times.get(1);
    Timing none = times.get(2);
    return List.of(
        Row.ratio("javac " + m + " models, processor vs do-nothing processor", strata, doNothing, MAX_RATIO),
        Row.ratioInfo("javac " + m + " models, do-nothing processor vs -proc:none", doNothing, none),
        Row.ratioInfo("javac " + m + " models, processor vs -proc:none", strata, none));
  }

  private static List<String> javac(Path out, String classPath, Path argFile, List<String> processing) {
    List<String> command = new ArrayList<>(List.of(Processes.tool("javac").toString(), "-d", out.toString(),
        "-classpath", classPath, "-encoding", "UTF-8"));
    command.addAll(processing);
    command.add("@" + argFile);
    return command;
  }

  private static void check(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalStateException(problem);
    }
  }

  private static void clean(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
