package dev.strata.bench;

import dev.strata.cli.Main;
import dev.strata.generator.GenerateMode;
import dev.strata.generator.codegen.SchemaSnapshot;
import dev.strata.internal.loader.MigrationLoader;
import dev.strata.internal.manifest.SnapshotCodec;
import dev.strata.internal.replay.Replayer;
import dev.strata.internal.schema.index.MigrationIndex;
import dev.strata.generator.GenerateOptions;
import dev.strata.generator.GenerateOutcome;
import dev.strata.generator.Generator;
import dev.strata.generator.SchemaSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Benchmark 4, {@code generate} on a project of N models and N migrations where one model has one
 * new column: {@code Generator.generate(loader)} in this JVM after warm-up (manifest, migration
 * loading, replay, diff and the new migration's source, written nowhere: a dry run), and the whole
 * {@code strata generate --check --classes DIR} process in a new JVM (which exits 1: the models
 * and migrations differ), started with the JVM options of the {@code strata} launcher. The process
 * runs twice over: as after a {@code generate}, with the snapshot it writes (derived from the
 * compiled index, so the current state is read from it and nothing is replayed), and without one,
 * as after a migration was edited by hand (every migration loaded and replayed; information only).
 *
 * <p>Target (performance budget, docs/benchmarks.md): under 1 s with 1,000 models and 1,000
 * migrations.
 */
final class GenerateBenchmark {
  static final double LIMIT_MS = 1000;
  /** The JVM options the {@code strata} launcher (cli/src/main/dist/strata) starts Java with. */
  static final List<String> LAUNCHER_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

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
    Path snapshot = writeSnapshot(fixture.classes(), context.workDir().resolve("snapshot.json"));
    try (URLClassLoader loader = fixture.classLoader()) {
      GenerateOutcome check = new Generator(GenerateOptions.defaults().withMode(GenerateMode.CHECK)
          .withOutputDir(context.workDir().resolve("generated")).withSnapshot(snapshot)).generate(loader);
      if (!(check instanceof GenerateOutcome.CheckFailed failed) || failed.schemaSource() != SchemaSource.SNAPSHOT) {
        throw new IllegalStateException("generate --check did not start from the snapshot written: " + check);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Processes processes = context.processes();
    Timing fromSnapshot = checkProcess(processes, options, fixture.classes(), "--snapshot", snapshot.toString());
    Timing replaying = checkProcess(processes, options, fixture.classes(),
        "--snapshot", context.workDir().resolve("no-snapshot.json").toString());
    if (options.breakdown()) {
      PhaseBreakdown.print(context, "generate --check with " + n + " models and " + n + " migrations",
          Processes.classPath(), GeneratePhasesMain.class, fixture.classes().toString());
    }
    String size = "(" + n + " models, " + n + " migrations)";
    return List.of(
        Row.below("generate in-process, warm " + size, inProcess, LIMIT_MS),
        Row.below("strata generate --check process, from the snapshot " + size, fromSnapshot, LIMIT_MS),
        Row.info("strata generate --check process, replaying (no snapshot) " + size, Row.ms(replaying.medianMs()),
            "-", "min " + Row.ms(replaying.minMs()) + ", " + replaying.runs() + " runs"));
  }

  /** Times {@code strata generate --check --classes DIR <more>} as a new JVM, checking its answer. */
  private static Timing checkProcess(Processes processes, BenchOptions options, Path classes, String... more) {
    String[] args = new String[3 + more.length];
    args[0] = "generate";
    args[1] = "--check";
    args[2] = "--classes=" + classes;
    System.arraycopy(more, 0, args, 3, more.length);
    List<String> command = Processes.java(LAUNCHER_OPTIONS, Processes.classPath(), Main.class.getName(), args);
    return Timing.of(options.warmups(), options.runs(), () -> {
      long nanos = processes.time(command, Main.EXIT_NO);
      if (!processes.lastOutput().contains("differ")) {
        throw new IllegalStateException("generate --check said:\n" + processes.lastOutput());
      }
      return nanos;
    });
  }

  /**
   * Writes the snapshot {@code generate} would have left after the fixture's newest migration: the
   * replayed schema, derived from the compiled index's digest, so {@code generate} trusts it.
   */
  static Path writeSnapshot(Path classes, Path file) {
    try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
        GenerateBenchmark.class.getClassLoader())) {
      String digest;
      try (InputStream in = Files.newInputStream(classes.resolve(MigrationIndex.PATH))) {
        digest = MigrationIndex.readDigest(in);
      }
      if (digest == null) {
        throw new IllegalStateException("the fixture's migration index has no digest: " + classes);
      }
      String json = SchemaSnapshot.render(Replayer.replay(MigrationLoader.load(loader)),
          new SnapshotCodec.DerivedFrom(digest));
      Files.writeString(file, json, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
