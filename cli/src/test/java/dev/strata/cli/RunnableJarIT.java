package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar and the {@code strata} script as a user runs them: a new JVM, nothing on its
 * class path but the jar, the JDBC driver only through {@code --classpath}. Runs after
 * {@code package} (the jar's path comes in as {@code strata.cli.jar}).
 */
class RunnableJarIT {
  private static final String SECRET = "Zq9Pw-Secret7";

  @TempDir Path dir;
  private Path jar;
  private String classes;
  private String testClasses;

  record Run(int code, String out, String err) {}

  @BeforeEach
  void setUp() throws Exception {
    // set by the integration-test execution only; a -Dtest run in the test phase has no jar yet
    String built = System.getProperty("strata.cli.jar");
    assumeTrue(built != null, "runs in the integration-test phase, after package");
    jar = Path.of(built);
    assertTrue(Files.isRegularFile(jar), "the runnable jar is built before this test runs: " + jar);
    Path index = dir.resolve("classes/META-INF/strata/migrations");
    Files.createDirectories(index.getParent());
    String prefix = MainTest.class.getName() + "$";
    Files.writeString(index, prefix + "CreateOrders\t1\tcreate orders\n" + prefix + "AddNote\t2\tadd note\n");
    classes = dir.resolve("classes").toString();
    // the migrations' own classes, compiled with the tests
    testClasses = Path.of(MainTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  @Test
  void versionIsTheOneInTheJarManifest() throws Exception {
    Run run = java(Map.of(), "--version");
    assertEquals(0, run.code(), run.toString());
    assertEquals("strata " + System.getProperty("strata.version", "0.1.0-SNAPSHOT"), run.out().strip());
  }

  @Test
  void aDriverGivenWithClasspathIsUsedAndWithoutItTheErrorSaysSo() throws Exception {
    String url = "sqlite:" + dir.resolve("app.db");
    Run missing = java(Map.of(), "status", "--url", url, "--classes", classes, "--classes", testClasses);
    assertEquals(2, missing.code(), missing.toString());
    assertTrue(missing.err().contains("No suitable driver") && missing.err().contains("--classpath"), missing.err());

    String driver = jarOf(org.sqlite.JDBC.class);
    Run up = java(Map.of(), "up", "--url", url, "--classes", classes, "--classes", testClasses, "--classpath", driver);
    assertEquals(0, up.code(), up.toString());
    assertTrue(up.out().contains("Applied 1 create orders") && up.out().contains("now at version 2"), up.out());
    assertTrue(up.err().contains("Migrating to version 1 - create orders")
        && up.err().matches("(?s).*Applied version 2 - add note in \\d+ ms.*"), "progress as it happens: " + up.err());

    Run status = java(Map.of(), "status", "--url", url, "--classes", classes, "--classes", testClasses,
        "--classpath", driver);
    assertEquals(0, status.code(), status.toString());
    assertTrue(status.out().contains("APPLIED") && status.out().contains("0 pending; current version 2"), status.out());
  }

  @Test
  void theStrataScriptRunsTheJarNextToIt() throws Exception {
    Path script = jar.resolveSibling("strata");
    assertTrue(Files.isExecutable(script), "the script is packaged, executable, next to the jar: " + script);
    String url = "sqlite:" + dir.resolve("script.db");
    Run status = run(List.of("sh", script.toString(), "status", "--url", url, "--classes", classes,
        "--classes", testClasses, "--classpath", jarOf(org.sqlite.JDBC.class)), Map.of());
    assertEquals(0, status.code(), status.toString());
    assertTrue(status.out().contains("2 pending; current version (none)"), status.out());
  }

  @Test
  void userAndPasswordComeFromOptionsOrTheEnvironmentAndAreNeverPrinted() throws Exception {
    String driver = jarOf(org.postgresql.Driver.class);
    String mysql = jarOf(com.mysql.cj.jdbc.Driver.class);
    try (TestDatabase db = TestDatabases.open(Kind.POSTGRESQL)) {
      String url = "postgresql://127.0.0.1:5432/test?currentSchema=" + db.name();
      Run up = java(Map.of("STRATA_URL", url, "STRATA_USER", "postgres", "STRATA_PASSWORD", SECRET),
          "up", "--classes", classes, "--classes", testClasses, "--classpath", driver);
      assertEquals(0, up.code(), up.toString());
      assertTrue(up.out().contains("now at version 2"), up.out());
      Run status = java(Map.of(), "status", "--url", url, "--user", "postgres", "--password", SECRET,
          "--classes", classes, "--classes", testClasses, "--classpath", driver);
      assertEquals(0, status.code(), status.toString());
      assertTrue(status.out().contains("0 pending"), status.out());
    }
    // MariaDB's root has no password, so this one is refused; from the environment, then the option
    Run refused = java(Map.of("STRATA_URL", "mysql://root@127.0.0.1:3306/test", "STRATA_PASSWORD", SECRET),
        "status", "--classes", classes, "--classes", testClasses, "--classpath", mysql);
    assertEquals(2, refused.code(), refused.toString().replace(SECRET, "<secret>"));
    assertTrue(refused.err().contains("Access denied"), refused.err());
    assertFalse(refused.toString().contains(SECRET), refused.toString());
    Run envUrl = java(Map.of("STRATA_URL", "mysql://root:" + SECRET + "@127.0.0.1:3306/test"),
        "validate", "--classes", classes, "--classes", testClasses, "--classpath", mysql);
    assertEquals(2, envUrl.code(), envUrl.toString().replace(SECRET, "<secret>"));
    assertFalse(envUrl.toString().contains(SECRET), envUrl.toString());
    Run option = java(Map.of(), "up", "--url", "jdbc:mysql://127.0.0.1:3306/test?user=root", "--password", SECRET,
        "--classes", classes, "--classes", testClasses, "--classpath", mysql);
    assertEquals(2, option.code(), option.toString().replace(SECRET, "<secret>"));
    assertFalse(option.toString().contains(SECRET), option.toString());
  }

  private Run java(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    return run(command, env);
  }

  private Run run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("STRATA_") || k.equals("JAVA_OPTS"));
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().putAll(env);
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "strata finished: " + command);
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String jarOf(Class<?> type) throws URISyntaxException {
    return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
