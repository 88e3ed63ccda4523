package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.strata.Migration;
import dev.strata.MigrationContext;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import dev.strata.generator.shadow.ShadowMigrations;
import dev.strata.internal.manifest.ManifestCodec;
import dev.strata.internal.schema.index.MigrationIndex;
import dev.strata.internal.schema.model.SchemaDef;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A distinctive password, planted in every form a URL or option can carry it, never shows up in
 * what a command prints (stdout, stderr) or logs, whichever way the command fails. Runs against
 * the real PostgreSQL and MariaDB servers; where PostgreSQL trusts local users the password is
 * ignored by the server but still travels through every message.
 */
class NoSecretInOutputTest {
  static final String SECRET = "Zq9Pw-Secret7";

  /** A migration whose SQL every database refuses. */
  public static final class Broken implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.executeSql("INSERT INTO strata_no_such_table_x VALUES (1)");
    }
  }

  @TempDir Path dir;
  private String classes;
  private String broken;
  private final List<String> logged = new ArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      StringWriter text = new StringWriter();
      text.append(record.getLoggerName()).append(' ').append(String.valueOf(record.getMessage()));
      if (record.getThrown() != null) {
        record.getThrown().printStackTrace(new PrintWriter(text));
      }
      logged.add(text.toString());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void setUp() throws Exception {
    Logger.getLogger("").addHandler(capture);
    Logger.getLogger("dev.strata").addHandler(capture);
    classes = folder("classes", ShadowMigrations.class.getName() + "$CreateUsers\t20260101000000\tcreate users\n");
    broken = folder("broken", Broken.class.getName() + "\t20260101000000\tbroken\n");
  }

  @AfterEach
  void tearDown() {
    Logger.getLogger("").removeHandler(capture);
    Logger.getLogger("dev.strata").removeHandler(capture);
  }

  private String folder(String name, String index) throws Exception {
    Path folder = dir.resolve(name);
    Files.createDirectories(folder.resolve("META-INF/strata"));
    Files.writeString(folder.resolve(MigrationIndex.PATH), index);
    Files.writeString(folder.resolve(ManifestCodec.MANIFEST_PATH), ManifestCodec.write(SchemaDef.EMPTY));
    return folder.toString();
  }

  /** Each URL form with the secret, each naming a database that cannot be used. */
  static List<String> failingUrls() {
    return List.of(
        "postgresql://postgres:" + SECRET + "@nosuchhost.invalid:5432/test",
        "postgresql://postgres:" + SECRET + "@127.0.0.1:1/test",
        "postgresql://postgres:" + SECRET + "@127.0.0.1:5432/strata_no_such_db",
        "postgresql://postgres:" + SECRET + "@127.0.0.1:54x2/test",
        "mysql://root:" + SECRET + "@127.0.0.1:3306/test",
        "mysql://strata_nobody:" + SECRET + "@127.0.0.1:3306/test",
        "jdbc:postgresql://127.0.0.1:1/test?password=" + SECRET + "&user=postgres",
        "jdbc:mysql://127.0.0.1:3306/test?user=root&password=" + SECRET,
        "jdbc:postgresql://127.0.0.1:5432/strata_no_such_db?user=postgres&password=" + SECRET,
        "jdbc:sqlite:" + "/no/such/dir/" + SECRET + "/x.db?password=" + SECRET);
  }

  @Test
  void upStatusAndValidateNeverPrintThePasswordOfTheUrl() {
    for (String url : failingUrls()) {
      for (String command : List.of("up", "status", "validate")) {
        assertFails(command, "--url", url, "--classes", classes);
      }
      assertFails("status", "--json", "--url", url, "--classes", classes);
    }
  }

  @Test
  void thePasswordOptionIsNeverPrinted() {
    for (String url : List.of("mysql://root@127.0.0.1:3306/test", "mysql://strata_nobody@127.0.0.1:3306/test",
        "postgresql://postgres@127.0.0.1:1/test", "postgresql://127.0.0.1:5432/strata_no_such_db")) {
      assertFails("status", "--url", url, "--user", "root", "--password", SECRET, "--classes", classes);
      assertFails("up", "--url", url, "--password=" + SECRET, "--classes", classes);
      assertFails("validate", "--url", url, "--password", SECRET, "--classes", classes);
    }
  }

  @Test
  void aFailingMigrationNeverPrintsThePassword() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.POSTGRESQL)) {
      assertFails("up", "--url", "postgresql://postgres:" + SECRET + "@127.0.0.1:5432/test?currentSchema=" + db.name(),
          "--classes", broken);
      assertFails("up", "--url", db.url() + "&password=" + SECRET, "--classes", broken);
      assertFails("up", "--url", db.url(), "--password", SECRET, "--classes", broken);
    }
    assertFails("up", "--url", "jdbc:sqlite:" + dir.resolve("app.db") + "?password=" + SECRET, "--classes", broken);
  }

  @Test
  void aFailingShadowDatabaseNeverPrintsThePassword() {
    for (String url : failingUrls()) {
      if (!url.startsWith("jdbc:sqlite:")) {
        // a SQLite shadow database is always a new temporary file, whatever the URL's path
        assertFails("generate", "--check", "--shadow-url", url, "--classes", classes);
      }
      assertFails("generate", "--check", "--from-db", url, "--classes", classes);
    }
    // the shadow database is made, then a migration fails in it
    assertFails("generate", "--check", "--shadow-url", "postgresql://postgres:" + SECRET + "@127.0.0.1:5432/test",
        "--classes", broken);
    assertFails("generate", "--check", "--shadow-url", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&password="
        + SECRET, "--classes", broken);
  }

  @Test
  void aMistypedOptionWithThePasswordIsNotEchoed() {
    assertFails("status", "--pasword=" + SECRET, "--url", "postgresql://postgres:" + SECRET + "@127.0.0.1:1/x");
    assertFails("status", "--url", "postgresql://postgres:" + SECRET + "@127.0.0.1:1/x", "stray-" + SECRET);
  }

  private void assertFails(String... args) {
    logged.clear();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
    String shown = "stdout:\n" + out.toString(StandardCharsets.UTF_8) + "\nstderr:\n" + err.toString(StandardCharsets.UTF_8)
        + "\nlog:\n" + String.join("\n", logged);
    String command = String.join(" ", args).replace(SECRET, "<secret>");
    assertNotEquals(0, code, command + "\n" + shown.replace(SECRET, "<secret>"));
    assertFalse(shown.contains(SECRET), command + " shows the password:\n" + shown);
    assertFalse(shown.contains("Zq9Pw"), command + " shows part of the password:\n" + shown);
    assertEquals(shown.contains("error:") || shown.contains("Unknown") || shown.contains("Unmatched"), true,
        command + " says what went wrong:\n" + shown);
  }
}
