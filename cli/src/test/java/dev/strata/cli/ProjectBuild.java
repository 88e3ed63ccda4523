package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** A user's project as the command-line tests build it: sources compiled as Maven would, commands run in process. */
final class ProjectBuild {

  private ProjectBuild() {}

  /** What a {@code strata} command printed and its exit code. */
  record Result(int code, String out, String err) {}

  /** Runs {@code strata <args>} in this JVM. */
  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * Compiles every source under {@code sources} with the annotation processor into
   * {@code project/target/classes}, after copying {@code project/src/main/resources} there, as a
   * build would, with javac's {@code options} too (such as {@code -Astrata.dialects=...}); fails
   * the test when they do not compile.
   */
  static Path compile(Path project, Path sources, String... options) throws IOException {
    Path classes = Files.createDirectories(project.resolve("target/classes"));
    Path resources = project.resolve("src/main/resources");
    if (Files.isDirectory(resources)) {
      try (Stream<Path> files = Files.walk(resources)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Path target = classes.resolve(resources.relativize(file).toString());
          Files.createDirectories(target.getParent());
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager manager = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      String classPath = System.getProperty("java.class.path");
      List<String> arguments = new ArrayList<>(List.of("-classpath", classPath, "-processorpath", classPath,
          "-processor", "dev.strata.processor.StrataProcessor", "-d", classes.toString(), "-encoding", "UTF-8"));
      arguments.addAll(List.of(options));
      boolean ok = javac.getTask(diagnostics, manager, null, arguments, null,
          manager.getJavaFileObjectsFromPaths(files)).call();
      assertTrue(ok, "the sources compile:\n" + diagnostics);
    }
    return classes;
  }
}
