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
 * sources with the Strata processor ({@code -processorpath ... -processor}) against the same
 * compilation with {@code -proc:none}. Same class path, same sources, an emptied output folder
 * before each run (outside the timing).
 *
 * <p>Target (performance budget, docs/benchmarks.md): the processor adds at most 10 % to
 * {@code javac}.
 */
final class ProcessorBenchmark {
  static final double MAX_RATIO = 1.10;

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
    List<String> processed = javac(out, classPath, argFile,
        List.of("-processorpath", classPath, "-processor", Fixture.PROCESSOR));
    Path manifest = out.resolve("META-INF/strata/schema.json");
    Processes processes = context.processes();
    Timing[] times = Timing.alternating(options.warmups(), options.runs(),
        () -> {
          clean(out);
          long nanos = processes.time(processed, 0);
          check(Files.exists(manifest), "the processor wrote no manifest");
          return nanos;
        },
        () -> {
          clean(out);
          long nanos = processes.time(plain, 0);
          check(!Files.exists(manifest), "-proc:none wrote a manifest");
          return nanos;
        });
    return List.of(Row.ratio("javac " + m + " models, processor vs -proc:none", times[0], times[1], MAX_RATIO));
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
