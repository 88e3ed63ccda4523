package dev.strata.sample;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A user's project on disk, driven the way a user drives it: sources compiled by {@code javac}
 * with the Strata processor, and the {@code strata} command line run in its own JVM with the
 * runtime and the project's classes, as {@code java -cp ... dev.strata.cli.Main} would.
 */
final class UserProject {
  final Path root;
  final Path sources;
  final Path classes;
  final Path migrations;

  UserProject(Path root) throws IOException {
    this.root = root;
    this.sources = Files.createDirectories(root.resolve("src"));
    this.classes = Files.createDirectories(root.resolve("classes"));
    this.migrations = sources.resolve("db/migration");
  }

  /** Writes a source file under {@code src/}. */
  void write(String relativePath, String content) throws IOException {
    Path file = sources.resolve(relativePath);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  void delete(String relativePath) throws IOException {
    Files.delete(sources.resolve(relativePath));
  }

  /** Compiles every source under {@code src/} into {@code classes/} with the Strata processor. */
  void compile() throws IOException {
    List<String> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of(
        "-d", classes.toString(),
        "-classpath", toolClasspath() + File.pathSeparator + classes,
        "-processorpath", toolClasspath(),
        "-processor", "dev.strata.processor.StrataProcessor"));
    args.addAll(files);
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int code = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
    assertTrue(code == 0, "javac failed for " + files + "\n" + diagnostics.toString(StandardCharsets.UTF_8));
  }

  /** Runs {@code strata args...} in a new JVM. */
  Run strata(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", toolClasspath(), "dev.strata.cli.Main"));
    command.addAll(Arrays.asList(args));
    Process process = new ProcessBuilder(command).directory(root.toFile()).start();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "strata " + String.join(" ", args) + " did not finish");
    return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  /** The generated migration sources, sorted by name. */
  List<Path> migrationFiles() throws IOException {
    if (!Files.isDirectory(migrations)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(migrations)) {
      return list.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  /**
   * The test class path without the sample app's own classes, whose manifest and migration index
   * would otherwise be found before the project's.
   */
  static String toolClasspath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.contains("sample-app" + File.separator + "target"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  record Run(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
  }
}
