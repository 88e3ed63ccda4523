package dev.strata.spring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles migration sources with the Strata annotation processor, as a build would, into a
 * folder, and loads them in a class loader on top of the test class path: it sees the test
 * migrations' index and its own, as an application with migrations in two jars does.
 */
final class ProcessedSources {

  private ProcessedSources() {}

  /** A class loader that holds {@code sources} (fully qualified class name, text pairs) compiled into {@code dir}. */
  static ClassLoader compile(Path dir, String... classNamesAndTexts) {
    try {
      Path src = Files.createDirectories(dir.resolve("src"));
      Path classes = Files.createDirectories(dir.resolve("classes"));
      List<Path> files = new ArrayList<>();
      for (int i = 0; i < classNamesAndTexts.length; i += 2) {
        Path file = src.resolve(classNamesAndTexts[i].replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, classNamesAndTexts[i + 1]);
        files.add(file);
      }
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
        String classPath = System.getProperty("java.class.path");
        List<String> options = List.of("-classpath", classPath, "-processorpath", classPath,
            "-processor", "dev.strata.processor.StrataProcessor", "-d", classes.toString(), "-encoding", "UTF-8");
        boolean ok = javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(files)).call();
        if (!ok) {
          throw new IllegalStateException("javac failed: " + diagnostics.getDiagnostics());
        }
      }
      if (!Files.exists(classes.resolve("META-INF/strata/migrations"))) {
        throw new IllegalStateException("the processor wrote no migration index");
      }
      return new URLClassLoader(new URL[] {classes.toUri().toURL()}, ProcessedSources.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
