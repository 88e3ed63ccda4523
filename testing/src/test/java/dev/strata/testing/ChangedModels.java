package dev.strata.testing;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The test models with one change and no migration for it: {@code Account} gains a
 * {@code nickname}. The sources are the test sources' own, edited, and compiled with the Strata
 * annotation processor as a build would, so the manifest is the processor's.
 */
final class ChangedModels {
  private static final Path MODELS = Path.of("src/test/java/dev/strata/testing/bank");

  private ChangedModels() {}

  /**
   * A class loader whose manifest ({@code META-INF/strata/schema.json}) is the changed models', and
   * which sees the test class path (so the test migrations) for everything else.
   */
  static ClassLoader withNickname(Path dir) throws IOException {
    String account = Files.readString(MODELS.resolve("Account.java"));
    String changed = account.replace("String lastName)", "String lastName, String nickname)");
    if (changed.equals(account)) {
      throw new IllegalStateException("Account.java no longer ends its components with String lastName");
    }
    Path src = Files.createDirectories(dir.resolve("src/dev/strata/testing/bank"));
    Files.writeString(src.resolve("Account.java"), changed);
    Files.copy(MODELS.resolve("Transfer.java"), src.resolve("Transfer.java"));
    Path classes = Files.createDirectories(dir.resolve("classes"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      String classPath = System.getProperty("java.class.path");
      List<String> options = List.of("-classpath", classPath, "-processorpath", classPath,
          "-processor", "dev.strata.processor.StrataProcessor", "-d", classes.toString());
      boolean ok = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(List.of(src.resolve("Account.java"), src.resolve("Transfer.java")))).call();
      if (!ok) {
        throw new IllegalStateException("javac failed: " + diagnostics.getDiagnostics());
      }
    }
    URL root = classes.toUri().toURL();
    return new URLClassLoader(new URL[] {root}, ChangedModels.class.getClassLoader()) {
      @Override
      public URL getResource(String name) {
        // Its own manifest first: the test class path has the unchanged one.
        URL own = findResource(name);
        return own != null ? own : super.getResource(name);
      }
    };
  }
}
