package dev.strata.cli;

import static dev.strata.ddl.Ddl.BIGINT;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.table;
import static dev.strata.ddl.Ddl.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.Migration;
import dev.strata.internal.loader.MigrationLoader;
import dev.strata.internal.replay.Replayer;
import dev.strata.internal.manifest.ManifestCodec;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.SchemaDef;
import java.util.List;
import dev.strata.MigrationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process against SQLite with migrations fed through an index folder. */
class MainTest {

  public static final class CreateOrders implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.createTable(table("order").column(column("id", BIGINT).auto()).column(column("group", varchar(20))).primaryKey("id"));
    }

    @Override
    public void down(MigrationContext db) {
      db.dropTable("order");
    }
  }

  public static final class AddNote implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.addColumn("order", column("note", varchar(100)).nullable());
    }

    @Override
    public void down(MigrationContext db) {
      db.dropColumn("order", "note");
    }
  }

  @TempDir Path dir;
  private String classes;
  private String url;

  @BeforeEach
  void index() throws IOException {
    Path index = dir.resolve("classes/META-INF/strata/migrations");
    Files.createDirectories(index.getParent());
    String prefix = MainTest.class.getName() + "$";
    Files.writeString(index, prefix + "CreateOrders\t1\tcreate orders\n" + prefix + "AddNote\t2\tadd note\n");
    classes = dir.resolve("classes").toString();
    url = "sqlite:" + dir.resolve("app.db");
  }

  private static ProjectBuild.Result strata(String... args) {
    return ProjectBuild.run(args);
  }

  @Test
  void aCommandLeavesTheThreadsContextClassLoaderAsItFoundIt() {
    ClassLoader before = Thread.currentThread().getContextClassLoader();
    ProjectBuild.Result status = strata("status", "--url", url, "--classes", classes);
    assertEquals(0, status.code(), status.err());
    assertEquals(before, Thread.currentThread().getContextClassLoader());
  }

  @Test
  void upStatusDownAndTheColonAliases() {
    ProjectBuild.Result pending = strata("status", "--url", url, "--classes", classes);
    assertEquals(0, pending.code(), pending.toString());
    assertTrue(pending.out().contains("PENDING") && pending.out().contains("2 pending"), pending.out());

    ProjectBuild.Result up = strata("migrate:up", "--url", url, "--classes", classes, "--target", "1");
    assertEquals(0, up.code(), up.toString());
    assertTrue(up.out().contains("Applied 1 create orders"), up.out());
    ProjectBuild.Result rest = strata("up", "--url", url, "--classes", classes);
    assertTrue(rest.out().contains("Applied 2 add note") && rest.out().contains("now at version 2"), rest.out());
    ProjectBuild.Result again = strata("up", "--url", url, "--classes", classes);
    assertTrue(again.out().contains("up to date at version 2"), again.out());

    ProjectBuild.Result json = strata("migrate:status", "--json", "--url", url, "--classes", classes);
    assertTrue(json.out().contains("\"currentVersion\" : \"2\"") && json.out().contains("\"state\" : \"APPLIED\""), json.out());

    ProjectBuild.Result down = strata("down", "--url", url, "--classes", classes);
    assertEquals(0, down.code(), down.toString());
    ProjectBuild.Result after = strata("status", "--url", url, "--classes", classes);
    assertTrue(after.out().contains("1 pending; current version 1"), after.out());
  }

  @Test
  void versionSaysWhenItRunsFromClassesRatherThanAJar() {
    ProjectBuild.Result version = strata("--version");
    assertEquals(0, version.code(), version.toString());
    // the tests run from target/classes, which has no manifest; RunnableJarIT checks the jar's
    assertEquals("strata (version unknown: running from classes, not from a strata jar)", version.out().strip());
  }

  @Test
  void resetNeedsForce() {
    strata("up", "--url", url, "--classes", classes);
    ProjectBuild.Result refused = strata("reset", "--url", url, "--classes", classes);
    assertEquals(2, refused.code());
    assertTrue(refused.err().contains("--force"), refused.err());
    ProjectBuild.Result reset = strata("migrate:reset", "--force", "--url", url, "--classes", classes);
    assertEquals(0, reset.code(), reset.toString());
    assertTrue(strata("status", "--url", url, "--classes", classes).out().contains("2 pending"));
  }

  @Test
  void sqlPrintsEachDialectsDdlWithoutADatabase() {
    ProjectBuild.Result postgres = strata("sql", "--dialect", "postgresql", "--classes", classes);
    assertEquals(0, postgres.code(), postgres.toString());
    assertTrue(postgres.out().contains("CREATE TABLE \"order\""), postgres.out());
    assertTrue(postgres.out().contains("GENERATED BY DEFAULT AS IDENTITY"), postgres.out());
    ProjectBuild.Result mysql = strata("sql", "--dialect", "MYSQL", "--classes", classes, "--from", "1");
    assertTrue(mysql.out().contains("ALTER TABLE `order` ADD COLUMN `note`"), mysql.out());
    assertTrue(!mysql.out().contains("CREATE TABLE"), mysql.out());
  }

  @Test
  void usageErrorsExitWithTwoAndSayWhatToDo() {
    ProjectBuild.Result noUrl = strata("status", "--classes", classes);
    assertEquals(2, noUrl.code());
    assertTrue(noUrl.err().contains("--url"), noUrl.err());
    ProjectBuild.Result badUrl = strata("status", "--url", "oracle://x/y", "--classes", classes);
    assertEquals(2, badUrl.code());
    assertTrue(badUrl.err().contains("sqlite:path"), badUrl.err());
    ProjectBuild.Result missing = strata("status", "--url", url, "--classes", dir.resolve("nope").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("compile the project first"), missing.err());
    assertEquals(2, strata("frobnicate").code());
  }

  @Test
  void generateCheckDryRunAndWrite() throws IOException {
    SchemaDef replayed = Replayer.replay(MigrationLoader.load(new java.net.URLClassLoader(
        new java.net.URL[] {Path.of(classes).toUri().toURL()}, getClass().getClassLoader())));
    SchemaDef desired = replayed.mapTable("order", t -> t.withColumn(ColumnDef.of("total", ColumnType.decimal(10, 2)).withDefaultValue("0")));
    Files.writeString(Path.of(classes, "META-INF/strata/schema.json"), ManifestCodec.write(desired));
    Path out = dir.resolve("migrations");

    ProjectBuild.Result check = strata("generate", "--check", "--classes", classes, "--dir", out.toString());
    assertEquals(1, check.code(), check.toString());
    assertTrue(!Files.exists(out));

    ProjectBuild.Result dry = strata("migrate:generate", "--dry-run", "--dialect", "postgresql", "-m", "add total", "--classes", classes, "--dir", out.toString());
    assertEquals(0, dry.code(), dry.toString());
    assertTrue(dry.out().contains("db.addColumn(\"order\", column(\"total\", decimal(10, 2)).defaultValue(\"0\"));"), dry.out());
    assertTrue(dry.out().contains("ALTER TABLE \"order\" ADD COLUMN \"total\" NUMERIC(10,2)"), dry.out());
    assertTrue(!Files.exists(out));

    ProjectBuild.Result written = strata("generate", "-m", "add total", "--classes", classes, "--dir", out.toString());
    assertEquals(0, written.code(), written.toString());
    try (var files = Files.list(out)) {
      assertEquals(List.of("snapshot.json", "true"), files.map(p -> p.getFileName().toString())
          .map(n -> n.endsWith("__add_total.java") ? "true" : n).sorted().toList());
    }
  }

  @Test
  void generateRefusesToRunAgainUntilTheNewMigrationIsCompiled() throws IOException {
    SchemaDef replayed = Replayer.replay(MigrationLoader.load(new java.net.URLClassLoader(
        new java.net.URL[] {Path.of(classes).toUri().toURL()}, getClass().getClassLoader())));
    SchemaDef desired = replayed.mapTable("order", t -> t.withColumn(ColumnDef.of("total", ColumnType.decimal(10, 2)).withDefaultValue("0")));
    Files.writeString(Path.of(classes, "META-INF/strata/schema.json"), ManifestCodec.write(desired));
    Path out = dir.resolve("migrations");
    Path index = Path.of(classes, "META-INF/strata/migrations");
    Files.setLastModifiedTime(index, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    assertEquals(0, strata("generate", "-m", "add total", "--classes", classes, "--dir", out.toString()).code());

    ProjectBuild.Result again = strata("generate", "-m", "add total", "--classes", classes, "--dir", out.toString());
    assertEquals(Main.EXIT_ERROR, again.code(), again.toString());
    assertTrue(again.err().contains("__add_total.java is newer than the compiled migration index"), again.err());
    assertTrue(again.err().contains("compile first (mvn compile)"), again.err());
    ProjectBuild.Result check = strata("generate", "--check", "--classes", classes, "--dir", out.toString());
    assertEquals(1, check.code(), "check still compares, it writes nothing: " + check);
    try (var files = Files.list(out)) {
      assertEquals(1, files.filter(f -> f.toString().endsWith(".java")).count(), "written once");
    }

    // what compiling does to the index: newer than every migration source
    Files.setLastModifiedTime(index, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    ProjectBuild.Result compiled = strata("generate", "--dry-run", "--classes", classes, "--dir", out.toString());
    assertEquals(0, compiled.code(), compiled.toString());
    ProjectBuild.Result written = strata("generate", "-m", "add total", "--classes", classes, "--dir", out.toString());
    assertEquals(0, written.code(), "the guard no longer stops it: " + written);
  }

  @Test
  void generateRefusalsNameTheCommandLineSwitch() throws IOException {
    SchemaDef replayed = Replayer.replay(MigrationLoader.load(new java.net.URLClassLoader(
        new java.net.URL[] {Path.of(classes).toUri().toURL()}, getClass().getClassLoader())));
    Files.writeString(Path.of(classes, "META-INF/strata/schema.json"),
        ManifestCodec.write(replayed.mapTable("order", t -> t.withColumns(t.columns().subList(0, 2)))));
    Path out = dir.resolve("migrations");

    ProjectBuild.Result refused = strata("generate", "--classes", classes, "--dir", out.toString());
    assertEquals(1, refused.code(), refused.toString());
    assertEquals("Refused to generate the migration (1 problem); nothing was written\n"
        + "  - Refused: dropping column order.note removes its data. Pass --allow-destructive to generate it anyway.\n",
        refused.err());
    assertTrue(!Files.exists(out));

    ProjectBuild.Result check = strata("generate", "--check", "--classes", classes, "--dir", out.toString());
    assertEquals(1, check.code(), check.toString());
    assertTrue(check.err().startsWith("The models and the migrations differ (1 change, 1 refusal); run generate to "
        + "write the migration\n  - Refused: dropping column order.note"), check.err());

    ProjectBuild.Result allowed = strata("generate", "--allow-destructive", "-m", "drop note", "--classes", classes, "--dir",
        out.toString());
    assertEquals(0, allowed.code(), allowed.toString());
    assertTrue(allowed.out().startsWith("Wrote " + out), allowed.out());
  }

  @Test
  void generateTakesOneDatabaseAsTheCurrentSchema() {
    ProjectBuild.Result both = strata("generate", "--check", "--shadow", "--from-db", url, "--classes", classes);
    assertEquals(2, both.code(), both.toString());
    assertTrue(both.err().contains("--from-db") && both.err().contains("--shadow"), both.err());
  }

  /** Both print through one renderer: the dry run of a change and {@code sql} of a migration making it agree. */
  @Test
  void sqlAndTheDryRunPrintTheSameStatements() throws IOException {
    SchemaDef afterBoth = Replayer.replay(MigrationLoader.load(new java.net.URLClassLoader(
        new java.net.URL[] {Path.of(classes).toUri().toURL()}, getClass().getClassLoader())));
    Path firstOnly = dir.resolve("first-only");
    Files.createDirectories(firstOnly.resolve("META-INF/strata"));
    Files.writeString(firstOnly.resolve("META-INF/strata/migrations"),
        MainTest.class.getName() + "$CreateOrders\t1\tcreate orders\n");
    Files.writeString(firstOnly.resolve("META-INF/strata/schema.json"), ManifestCodec.write(afterBoth));

    for (String dialect : List.of("sqlite", "postgresql", "mysql")) {
      ProjectBuild.Result dry = strata("generate", "--dry-run", "--dialect", dialect, "-m", "add note", "--classes",
          firstOnly.toString(), "--dir", dir.resolve("migrations").toString());
      assertEquals(0, dry.code(), dry.toString());
      List<String> dryStatements = dry.out().substring(dry.out().indexOf("-- SQL on ")).lines().skip(1).toList();
      ProjectBuild.Result sql = strata("sql", "--dialect", dialect, "--from", "1", "--classes", classes);
      List<String> sqlStatements = sql.out().lines().filter(l -> !l.startsWith("--") && !l.isEmpty()).toList();
      assertEquals(sqlStatements, dryStatements, dialect);
      assertTrue(!sqlStatements.isEmpty() && sqlStatements.stream().allMatch(l -> l.endsWith(";")), sql.out());
    }
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("init", "generate", "up", "down", "status", "reset", "validate", "baseline", "repair", "sql")) {
      ProjectBuild.Result help = strata(command, "--help");
      assertEquals(0, help.code(), command + ": " + help);
      assertTrue(help.out().contains("Usage: strata " + command), help.out());
    }
  }

  @Test
  void initCreatesTheMigrationsFolder() {
    Path target = dir.resolve("src/main/java/db/migration");
    ProjectBuild.Result init = strata("init", "--dir", target.toString());
    assertEquals(0, init.code());
    assertTrue(Files.isDirectory(target));
    assertTrue(init.out().contains("strata-processor"), init.out());
  }
}
