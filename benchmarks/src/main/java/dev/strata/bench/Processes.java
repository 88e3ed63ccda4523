package dev.strata.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts and times whole processes: new JVMs on this JVM's class path, and {@code javac}. The
 * time is the wall clock from before {@link ProcessBuilder#start()} to after
 * {@link Process#waitFor()}: start-up, work and exit, as a user waits for it. Output goes to a file
 * (nothing reads a pipe meanwhile) and is shown when the exit code is not the expected one.
 */
final class Processes {
  private final Path workDir;

  Processes(Path workDir) {
    this.workDir = workDir;
  }

  /** {@code java -cp <classPath> mainClass args...} with this JVM's {@code java}. */
  static List<String> java(String classPath, String mainClass, String... args) {
    return java(List.of(), classPath, mainClass, args);
  }

  /** {@code java <jvmOptions> -cp <classPath> mainClass args...} with this JVM's {@code java}. */
  static List<String> java(List<String> jvmOptions, String classPath, String mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(tool("java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass);
    command.addAll(List.of(args));
    return command;
  }

  /** This JVM's class path: the benchmark module's runtime class path. */
  static String classPath() {
    return System.getProperty("java.class.path");
  }

  /** {@code extra} in front of this JVM's class path. */
  static String classPath(Path extra) {
    return extra + File.pathSeparator + classPath();
  }

  /**
   * A tool of this JVM's JDK ({@code java}, {@code javac}).
   *
   * @throws IllegalStateException when it is missing (a JRE)
   */
  static Path tool(String name) {
    Path home = Path.of(System.getProperty("java.home"));
    for (String file : List.of(name, name + ".exe")) {
      Path path = home.resolve("bin").resolve(file);
      if (Files.isExecutable(path)) {
        return path;
      }
    }
    throw new IllegalStateException("no " + name + " in " + home + "/bin; run the benchmarks on a JDK");
  }

  /**
   * Runs {@code command} and returns its wall-clock time in nanoseconds.
   *
   * @throws IllegalStateException with the process output when it exits with another code than
   *     {@code expectedExit}
   */
  long time(List<String> command, int expectedExit) {
    Path log = workDir.resolve("process.log");
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(workDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    // Flyway's and other Redgate tools' usage reporting stays off in every child.
    builder.environment().put("REDGATE_DISABLE_TELEMETRY", "true");
    try {
      long start = System.nanoTime();
      Process process = builder.start();
      int exit = process.waitFor();
      long nanos = System.nanoTime() - start;
      if (exit != expectedExit) {
        throw new IllegalStateException("exit code " + exit + " (expected " + expectedExit + ") from "
            + describe(command) + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
      }
      return nanos;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + describe(command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + describe(command), e);
    }
  }

  /** The output of the last process run. */
  String lastOutput() {
    try {
      return Files.readString(workDir.resolve("process.log"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(List<String> command) {
    List<String> shown = new ArrayList<>(command);
    int cp = shown.indexOf("-cp");
    if (cp >= 0 && cp + 1 < shown.size()) {
      shown.set(cp + 1, "<class path>");
    }
    return String.join(" ", shown);
  }
}
