package dev.strata.internal.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.Migrator;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A no-op start with 1,000 migrations, in a new JVM that logs every class it loads
 * ({@code -Xlog:class+load}), against a raw JDBC process doing the same connect and query on the
 * same data source: Strata loads no migration class, and no more lambda forms, string
 * concatenation bootstraps, streams, SHA-256 provider or logger finder classes than the raw one.
 */
class NoopStartClassLoadingTest {
  private static final int MIGRATIONS = 1_000;

  @TempDir static Path dir;
  private static IndexedProject project;
  private static Path classes;

  @BeforeAll
  static void compileMigrations() {
    project = new IndexedProject(dir.resolve("project"));
    for (int i = 1; i <= MIGRATIONS; i++) {
      project.createTable(String.valueOf(10_000 + i));
    }
    classes = project.build();
  }

  /** The families of JDK classes the no-op path must not add to what raw JDBC loads. */
  private static boolean watched(String name) {
    return name.startsWith("java.lang.invoke.LambdaForm$") || name.contains("$$Lambda")
        || name.startsWith("java.lang.invoke.StringConcatFactory") || name.startsWith("java.util.stream.")
        || name.startsWith("sun.security.provider.SHA") || name.startsWith("java.security.MessageDigest")
        || name.contains("LoggerFinder") || name.startsWith("jdk.internal.logger.")
        || name.startsWith("java.util.Formatter") || name.startsWith("java.util.regex.");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aNoopStartWithAThousandMigrationsLoadsNoneOfThem(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      try (URLClassLoader loader = project.loader()) {
        assertEquals(MIGRATIONS, Migrator.configure().dataSource(db.dataSource()).classLoader(loader).build()
            .migrate().appliedCount());
      }
      String newest = String.valueOf(10_000 + MIGRATIONS);

      List<String> raw = run("raw", db.url(), newest);
      List<String> strata = run("strata", db.url(), newest);

      List<String> migrations = strata.stream().filter(name -> name.startsWith("db.migration.")).toList();
      assertEquals(List.of(), migrations, "migration classes loaded by the no-op start");
      List<String> strataClasses = strata.stream().filter(name -> name.startsWith("dev.strata.")).toList();
      assertTrue(strataClasses.contains("dev.strata.internal.runner.NoopStart"), strataClasses.toString());
      for (String name : List.of("dev.strata.internal.loader.ResolvedMigration",
          "dev.strata.internal.operation.OperationRecorder", "dev.strata.internal.runner.LockedRun")) {
        assertTrue(!strataClasses.contains(name), name + " loaded by the no-op start");
      }

      Map<String, Integer> extra = counts(strata);
      counts(raw).forEach((name, count) -> extra.merge(name, -count, Integer::sum));
      extra.values().removeIf(count -> count <= 0);
      assertEquals(Map.of(), extra, "classes the no-op start loads beyond raw JDBC's (name: how many more)");
    }
  }

  /**
   * The watched classes of a list and how many: by name, with a hidden class's address and a
   * lambda's running number cut off (they differ between processes).
   */
  private static Map<String, Integer> counts(List<String> loaded) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String name : loaded) {
      if (watched(name)) {
        int slash = name.indexOf('/');
        String stable = (slash < 0 ? name : name.substring(0, slash)).replaceAll("\\$\\$Lambda\\$\\d+", "\\$\\$Lambda");
        counts.merge(stable, 1, Integer::sum);
      }
    }
    return counts;
  }

  /** Runs the child in {@code mode}; returns the classes it loaded, in order. */
  private static List<String> run(String mode, String url, String expectedVersion) throws Exception {
    Path log = Files.createTempFile(dir, mode, ".log");
    String classPath = classes + File.pathSeparator
        + System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-Xshare:auto", "-Xlog:class+load=info:file=" + log,
        "-cp", classPath, NoopStartChild.class.getName(), mode, url)
        .redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "child did not end");
    assertEquals(0, process.exitValue(), out);
    assertEquals(expectedVersion, out.strip(), mode + " printed");
    return classNames(log);
  }

  /** Lines like {@code [0.012s][info][class,load] java.lang.Object source: shared objects file}. */
  private static List<String> classNames(Path log) throws IOException {
    List<String> names = new ArrayList<>();
    for (String line : Files.readAllLines(log)) {
      int start = line.indexOf("] ");
      if (line.contains("[class,load]") && start >= 0) {
        String rest = line.substring(line.lastIndexOf("] ") + 2);
        int end = rest.indexOf(' ');
        names.add(end < 0 ? rest : rest.substring(0, end));
      }
    }
    return names;
  }
}
