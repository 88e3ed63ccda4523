package dev.strata.generator;

import dev.strata.fixtures.Defs;
import static dev.strata.ddl.Ddl.BIGINT;
import static dev.strata.ddl.Ddl.INTEGER;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.table;
import static dev.strata.ddl.Ddl.unique;
import static dev.strata.ddl.Ddl.varchar;
import static dev.strata.generator.fixtures.Schemas.schema;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.ddl.TableBuilder;
import dev.strata.generator.diff.SchemaDiff;
import dev.strata.internal.operation.OperationRecorder;
import dev.strata.internal.manifest.ManifestCodec;
import dev.strata.internal.schema.index.MigrationIndex;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.fixtures.InMemoryCompiler;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-06T07:08:09Z"), ZoneOffset.UTC);

  @TempDir
  Path tmp;

  private GenerateOptions options() {
    return GenerateOptions.defaults().withOutputDir(tmp.resolve("src/main/java/db/migration")).withClock(CLOCK);
  }

  private static TableBuilder users() {
    return table("users").column(column("id", BIGINT).auto()).column(column("email", varchar(255)))
        .primaryKey("id").index(unique("uq_users_email", "email"));
  }

  private static List<Path> files(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void noChangesWritesNothing() throws IOException {
    GenerateResult result = new Generator(options().withMessage("x")).generate(schema(users()), schema(users()));
    assertEquals(GenerateResult.Status.NO_CHANGES, result.status());
    assertEquals("No schema changes detected", result.summary());
    assertTrue(result.isSuccess());
    assertEquals(List.of(), files(tmp));
  }

  @Test
  void refusedListsEveryProblemAndWritesNothing() throws IOException {
    SchemaDef current = schema(users().column(column("bio", varchar(200)).nullable()),
        table("posts").column(column("id", BIGINT)));
    SchemaDef desired = schema(table("users").column(column("id", BIGINT).auto()).column(column("email", varchar(20)))
        .column(column("age", INTEGER)).primaryKey("id").index(unique("uq_users_email", "email")));
    GenerateResult result = new Generator(options().withMessage("x")).generate(desired, current);
    assertEquals(GenerateResult.Status.REFUSED, result.status());
    assertFalse(result.isSuccess());
    assertEquals(List.of(
        "Cannot add column users.age: it is NOT NULL without a default, so the rows users already has would have no "
            + "value for it. Either give it a default with `@Column(defaultValue = \"...\")` (an SQL literal such as "
            + "\"0\" or \"'none'\"), or make it nullable (an `Optional<...>` field, a `@Nullable` annotation, or "
            + "`@Column(nullable = true)`).",
        "Refused: altering column users.email narrows it from VARCHAR(255) to VARCHAR(20): values that do not fit are "
            + "lost or make the migration fail. Pass --allow-destructive to generate it anyway.",
        "Refused: dropping column users.bio removes its data. Pass --allow-destructive to generate it anyway.",
        "Refused: dropping table posts removes all its rows. Pass --allow-destructive to generate it anyway."),
        result.refusals());
    assertEquals("Refused to generate the migration (4 problems); nothing was written", result.summary());
    assertEquals(List.of(), files(tmp));
  }

  @Test
  void writtenCreatesTheFolderTheMigrationAndTheSnapshot() throws IOException {
    Path dir = options().outputDir();
    assertFalse(Files.exists(dir));
    SchemaDef desired = schema(Defs.def(users()).withSourceClass("com.example.User"));
    GenerateResult result = new Generator(options().withMessage("Create users")).generate(desired, SchemaDef.EMPTY);

    assertEquals(GenerateResult.Status.WRITTEN, result.status());
    assertEquals("V20260506070809__create_users", result.className());
    assertEquals("20260506070809", result.version());
    assertEquals(dir.resolve("V20260506070809__create_users.java"), result.file());
    assertEquals(dir.resolve("schema.json"), result.snapshot());
    assertEquals(List.of(result.file(), result.snapshot()), files(tmp));
    assertEquals(result.source(), Files.readString(result.file()));
    assertEquals(ManifestCodec.write(desired.withoutHints()), Files.readString(result.snapshot()));
    assertEquals("Wrote " + result.file() + " (1 change)", result.summary());

    String className = "db.migration." + result.className();
    var migration = InMemoryCompiler.migration(InMemoryCompiler.compile(className, result.source()), className);
    assertEquals(result.upOperations(), OperationRecorder.up(migration));
    assertEquals(SchemaDiff.compare(SchemaDef.EMPTY, desired).upOperations(), result.upOperations());
  }

  @Test
  void checkFailedWritesNothing() throws IOException {
    GenerateResult result = new Generator(options().withCheck(true)).generate(schema(users()), SchemaDef.EMPTY);
    assertEquals(GenerateResult.Status.CHECK_FAILED, result.status());
    assertEquals("The models and the migrations differ (1 change); run generate to write the migration",
        result.summary());
    assertEquals(1, result.upOperations().size());
    assertEquals(List.of(), files(tmp));

    GenerateResult same = new Generator(options().withCheck(true)).generate(schema(users()), schema(users()));
    assertEquals(GenerateResult.Status.NO_CHANGES, same.status());
  }

  @Test
  void checkFailsOnRefusalsToo() {
    GenerateResult result = new Generator(options().withCheck(true)).generate(SchemaDef.EMPTY, schema(users()));
    assertEquals(GenerateResult.Status.CHECK_FAILED, result.status());
    assertEquals(1, result.refusals().size());
  }

  @Test
  void dryRunReturnsSourceAndOperationsAndWritesNothing() throws IOException {
    GenerateResult result = new Generator(options().withDryRun(true).withMessage("init"))
        .generate(schema(users()), SchemaDef.EMPTY);
    assertEquals(GenerateResult.Status.DRY_RUN, result.status());
    assertTrue(result.source().contains("db.createTable(table(\"users\")"), result.source());
    assertEquals(1, result.upOperations().size());
    assertNull(result.snapshot());
    assertEquals(List.of(), files(tmp));
  }

  @Test
  void sameInputsGiveTheSameBytes() throws IOException {
    SchemaDef desired = schema(users(), table("posts").column(column("id", BIGINT)).column(column("title", varchar(9))));
    GenerateResult a = new Generator(options().withMessage("init").withOutputDir(tmp.resolve("a")))
        .generate(desired, SchemaDef.EMPTY);
    GenerateResult b = new Generator(options().withMessage("init").withOutputDir(tmp.resolve("b")))
        .generate(new SchemaDef(desired.tables().stream().sorted((x, y) -> y.name().compareTo(x.name())).toList()),
            SchemaDef.EMPTY);
    assertArrayEquals(Files.readAllBytes(a.file()), Files.readAllBytes(b.file()));
    assertArrayEquals(Files.readAllBytes(a.snapshot()), Files.readAllBytes(b.snapshot()));
  }

  @Test
  void versionMovesPastExistingVersionsAndFiles() throws IOException {
    GenerateResult behind = new Generator(options().withDryRun(true).withMessage("x"))
        .generate(schema(users()), SchemaDef.EMPTY, List.of("20260506070809", "20260101000000"));
    assertEquals("20260506070810", behind.version());
    GenerateResult ahead = new Generator(options().withDryRun(true).withMessage("x"))
        .generate(schema(users()), SchemaDef.EMPTY, List.of("1", "2.5"));
    assertEquals("20260506070809", ahead.version());

    Files.createDirectories(options().outputDir());
    Files.writeString(options().outputDir().resolve("V20260506070809__x.java"), "// taken");
    GenerateResult second = new Generator(options().withMessage("x")).generate(schema(users()), SchemaDef.EMPTY);
    assertEquals("20260506070810", second.version());
    assertEquals("// taken", Files.readString(options().outputDir().resolve("V20260506070809__x.java")));

  }

  @Test
  void missingMessageIsMadeFromTheChanges() {
    GenerateResult created = new Generator(options().withDryRun(true))
        .generate(schema(users(), table("posts").column(column("id", BIGINT))), SchemaDef.EMPTY);
    assertEquals("V20260506070809__create_posts_and_users", created.className());
    GenerateResult updated = new Generator(options().withDryRun(true))
        .generate(schema(users().column(column("bio", varchar(9)).nullable())), schema(users()));
    assertEquals("V20260506070809__update_users", updated.className());
  }

  @Test
  void missingManifestSaysHowToEnableTheProcessor() throws IOException {
    try (URLClassLoader empty = new URLClassLoader(new URL[] {tmp.toUri().toURL()}, null)) {
      StrataException e = assertThrows(StrataException.class, () -> new Generator(options()).generate(empty));
      assertEquals(ErrorCode.MANIFEST_MISSING, e.code());
      assertTrue(e.getMessage().startsWith("No schema manifest (META-INF/strata/schema.json) on the class path: the "
          + "Strata annotation processor did not run"), e.getMessage());
      assertTrue(e.getMessage().contains("<annotationProcessorPaths>") && e.getMessage().contains(
          "<artifactId>strata-processor</artifactId>") && e.getMessage().contains("maven-compiler-plugin"),
          e.getMessage());
    }
  }

  @Test
  void unreadableManifestIsReported() throws IOException {
    Path manifest = tmp.resolve("classes").resolve(ManifestCodec.MANIFEST_PATH);
    Files.createDirectories(manifest.getParent());
    Files.writeString(manifest, "{not json");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {tmp.resolve("classes").toUri().toURL()}, null)) {
      StrataException e = assertThrows(StrataException.class, () -> new Generator(options()).generate(loader));
      assertEquals(ErrorCode.MANIFEST_MISSING, e.code());
      assertTrue(e.getMessage().contains("cannot read the schema manifest"), e.getMessage());
    }
  }

  /** The whole loop through a class path: manifest → migration → compiled and indexed → no change. */
  @Test
  void generateFromAClassLoaderReplaysTheIndexedMigrations() throws IOException {
    Path classes = tmp.resolve("classes");
    Path manifest = classes.resolve(ManifestCodec.MANIFEST_PATH);
    Files.createDirectories(manifest.getParent());
    Files.writeString(manifest, ManifestCodec.write(schema(users())));

    GenerateResult first = generateFrom(classes, "create users");
    assertEquals(GenerateResult.Status.WRITTEN, first.status());
    compileAndIndex(classes, first);
    assertEquals(GenerateResult.Status.NO_CHANGES, generateFrom(classes, "again").status());

    Files.writeString(manifest, ManifestCodec.write(schema(users().column(column("bio", varchar(50)).nullable()))));
    GenerateResult second = new Generator(options().withMessage("add bio")
        .withClock(Clock.fixed(Instant.parse("2026-05-06T07:08:00Z"), ZoneOffset.UTC)))
        .generate(loader(classes));
    assertEquals(GenerateResult.Status.WRITTEN, second.status());
    assertEquals("20260506070810", second.version(), "after the existing migration, though the clock is behind");
    assertEquals("addColumn users bio:VARCHAR(50) null", second.upOperations().get(0).canonical());
  }

  private GenerateResult generateFrom(Path classes, String message) throws IOException {
    return new Generator(options().withMessage(message)).generate(loader(classes));
  }

  private static ClassLoader loader(Path classes) throws IOException {
    return new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratorTest.class.getClassLoader());
  }

  private static void compileAndIndex(Path classes, GenerateResult result) throws IOException {
    String className = "db.migration." + result.className();
    InMemoryCompiler.compileTo(classes, List.of(new InMemoryCompiler.Source(className, result.source())));
    Path index = classes.resolve(MigrationIndex.PATH);
    Files.writeString(index, MigrationIndex.write(List.of(new MigrationIndex.Entry(className, result.version(), ""))),
        StandardCharsets.UTF_8);
  }
}
