package dev.strata.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A compiled project of {@code tables} models and as many migrations (see {@link FixtureSources},
 * with one pending change), compiled once with the Strata processor so its classes folder holds
 * the manifest and the migration index beside the classes.
 *
 * @param classes the compiled classes folder, as {@code target/classes} would be
 * @param tables how many models and migrations it holds
 */
record Fixture(Path classes, int tables) {
  static final String PROCESSOR = "dev.strata.processor.StrataProcessor";

  /**
   * Writes and compiles the fixture under {@code dir}.
   *
   * @throws IllegalStateException with javac's errors when it does not compile
   */
  static Fixture build(Path dir, int tables, long seed) {
    List<Path> sources = FixtureSources.write(dir.resolve("src"), tables, seed, true, true);
    Path classes = dir.resolve("classes");
    compile(sources, classes);
    return new Fixture(classes, tables);
  }

  /** A class loader that sees the fixture first and this JVM's class path behind it. */
  URLClassLoader classLoader() {
    try {
      return new URLClassLoader(new URL[] {classes.toUri().toURL()}, Fixture.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Compiles {@code sources} into {@code out} in this JVM, with the Strata processor. */
  static void compile(List<Path> sources, Path out) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no Java compiler in " + System.getProperty("java.home")
          + "; run the benchmarks on a JDK, not a JRE");
    }
    String classPath = System.getProperty("java.class.path");
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      Files.createDirectories(out);
      List<String> options = List.of("-d", out.toString(), "-classpath", classPath, "-processorpath", classPath,
          "-processor", PROCESSOR, "-encoding", "UTF-8", "-nowarn");
      Boolean ok = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources)).call();
      if (!ok) {
        throw new IllegalStateException("the generated fixture does not compile:\n" + diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .limit(20)
            .map(d -> d.toString())
            .collect(Collectors.joining("\n")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
