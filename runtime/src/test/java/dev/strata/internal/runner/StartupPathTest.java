package dev.strata.internal.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up path in a class loader of its own, so what it loads can be seen: migrations come
 * from the compiled index, and neither Jackson's databind, JavaPoet, the manifest codec nor the
 * replay, diff or code generation packages are loaded (the performance budget in
 * docs/benchmarks.md).
 */
class StartupPathTest {
  private static final List<String> FORBIDDEN = List.of("com.fasterxml.jackson.databind.", "com.palantir.javapoet.",
      "dev.strata.internal.manifest.ManifestCodec", "dev.strata.internal.replay.", "dev.strata.generator.diff.", "dev.strata.generator.codegen.");

  /** Defines every class itself (the JDK aside) and remembers which. */
  private static final class RecordingLoader extends URLClassLoader {
    final Set<String> defined = ConcurrentHashMap.newKeySet();

    RecordingLoader(URL[] urls) {
      super(urls, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      Class<?> type = super.findClass(name);
      defined.add(name);
      return type;
    }
  }

  @Test
  void applyPendingReadsTheIndexAndLoadsNothingHeavy(@TempDir Path dir) throws Exception {
    Path index = dir.resolve("META-INF/strata/migrations");
    Files.createDirectories(index.getParent());
    Files.writeString(index, "dev.strata.internal.runner.indexed.V20260101000100__create_beta\n"
        + "dev.strata.internal.runner.indexed.V20260101000000__create_alpha\t20260101000000\tcreate alpha\n");
    List<URL> urls = new ArrayList<>();
    urls.add(dir.toUri().toURL());
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    for (String entry : classPath.split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }

    try (TestDatabase db = TestDatabases.open(Kind.SQLITE);
        RecordingLoader loader = new RecordingLoader(urls.toArray(URL[]::new))) {
      Object dataSource = loader.loadClass("org.sqlite.SQLiteDataSource").getConstructor().newInstance();
      dataSource.getClass().getMethod("setUrl", String.class).invoke(dataSource, db.url());
      Class<?> migrator = loader.loadClass("dev.strata.Migrator");
      ClassLoader previous = Thread.currentThread().getContextClassLoader();
      Thread.currentThread().setContextClassLoader(loader);
      try {
        assertEquals(2, appliedCount(migrator, dataSource));
        assertEquals(0, appliedCount(migrator, dataSource));
      } finally {
        Thread.currentThread().setContextClassLoader(previous);
      }

      assertTrue(loader.defined.contains("dev.strata.internal.runner.indexed.V20260101000000__create_alpha"));
      assertTrue(loader.defined.contains("dev.strata.internal.runner.indexed.V20260101000100__create_beta"));
      List<String> heavy = loader.defined.stream()
          .filter(name -> FORBIDDEN.stream().anyMatch(name::startsWith)).sorted().toList();
      assertEquals(List.of(), heavy, "loaded on the start-up path");
      assertTrue(RunnerTests.exists(db, "alpha") && RunnerTests.exists(db, "beta"));
    }
  }

  private static int appliedCount(Class<?> migrator, Object dataSource) throws Exception {
    Object result = migrator.getMethod("applyPending", DataSource.class).invoke(null, dataSource);
    return (int) result.getClass().getMethod("appliedCount").invoke(result);
  }
}
