package dev.strata.generator;

import dev.strata.fixtures.Defs;
import static dev.strata.ddl.Ddl.BIGINT;
import static dev.strata.ddl.Ddl.INTEGER;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.table;
import static dev.strata.ddl.Ddl.unique;
import static dev.strata.ddl.Ddl.varchar;
import static dev.strata.generator.fixtures.Schemas.schema;
import static dev.strata.generator.fixtures.Refusals.MESSAGES;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.ddl.TableBuilder;
import dev.strata.generator.diff.Refusal;
import dev.strata.generator.diff.SchemaDiff;
import dev.strata.internal.operation.OperationRecorder;
import dev.strata.internal.manifest.ManifestCodec;
import dev.strata.internal.manifest.SnapshotCodec;
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

  /** A run against {@code current} as the in-memory replay of migrations of {@code versions}. */
  private static GenerateOutcome generate(GenerateOptions options, SchemaDef desired, SchemaDef current,
      List<String> versions) {
    return new Generator(options).generate(desired, new CurrentSchema(current, SchemaSource.REPLAY, versions));
  }

  private static GenerateOutcome generate(GenerateOptions options, SchemaDef desired, SchemaDef current) {
    return generate(options, desired, current, List.of());
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
    GenerateOutcome result = generate(options().withMessage("x"), schema(users()), schema(users()));
    assertEquals(new GenerateOutcome.NoChanges(SchemaSource.REPLAY), result);
    assertEquals("No schema changes detected", MESSAGES.summary(result));
    assertTrue(result.succeeded());
    assertEquals(List.of(), files(tmp));
  }

  @Test
  void refusedListsEveryProblemAndWritesNothing() throws IOException {
    SchemaDef current = schema(users().column(column("bio", varchar(200)).nullable()),
        table("posts").column(column("id", BIGINT)));
    SchemaDef desired = schema(table("users").column(column("id", BIGINT).auto()).column(column("email", varchar(20)))
        .column(column("age", INTEGER)).primaryKey("id").index(unique("uq_users_email", "email")));
    GenerateOutcome.Refused result = assertInstanceOf(GenerateOutcome.Refused.class,
        generate(options().withMessage("x"), desired, current));
    assertFalse(result.succeeded());
    assertEquals(List.of(Refusal.Reason.NOT_NULL_WITHOUT_DEFAULT, Refusal.Reason.DESTRUCTIVE,
        Refusal.Reason.DESTRUCTIVE, Refusal.Reason.DESTRUCTIVE), result.refusals().stream().map(Refusal::reason).toList());
    assertEquals(List.of("users.age", "users.email", "users.bio", "posts"),
        result.refusals().stream().map(r -> r.subject().toString()).toList());
    assertEquals(List.of(
        "Cannot add column users.age: it is NOT NULL without a default, so the rows users already has would have no "
            + "value for it. Either give it a default with `@Column(defaultValue = \"...\")` (an SQL literal such as "
            + "\"0\" or \"'none'\"), or make it nullable (an `Optional<...>` field, a `@Nullable` annotation, or "
            + "`@Column(nullable = true)`).",
        "Refused: altering column users.email narrows it from VARCHAR(255) to VARCHAR(20): values that do not fit are "
            + "lost or make the migration fail. Pass --allow-destructive to generate it anyway.",
        "Refused: dropping column users.bio removes its data. Pass --allow-destructive to generate it anyway.",
        "Refused: dropping table posts removes all its rows. Pass --allow-destructive to generate it anyway."),
        result.refusals().stream().map(MESSAGES::refusal).toList());
    assertEquals("Refused to generate the migration (4 problems); nothing was written", MESSAGES.summary(result));
    assertEquals(List.of(), files(tmp));
  }

  @Test
  void writtenCreatesTheFolderTheMigrationAndTheSnapshot() throws IOException {
    Path dir = options().outputDir();
    assertFalse(Files.exists(dir));
    SchemaDef desired = schema(Defs.def(users()).withSourceClass("com.example.User"));
    GenerateOutcome.Written result = assertInstanceOf(GenerateOutcome.Written.class,
        generate(options().withMessage("Create users"), desired, SchemaDef.EMPTY));

    assertEquals(SchemaSource.REPLAY, result.schemaSource());
    assertTrue(result.succeeded());
    assertEquals("V20260506070809__create_users", result.migration().className());
    assertEquals("20260506070809", result.migration().version());
    assertEquals(dir.resolve("V20260506070809__create_users.java"), result.file());
    assertEquals(tmp.resolve("src/main/resources/META-INF/strata/snapshot.json"), result.snapshot());
    assertEquals(List.of(result.file(), result.snapshot()), files(tmp));
    assertEquals(result.migration().source(), Files.readString(result.file()));
    // a schema handed in comes with no derivation the next run could check
    assertEquals(new SnapshotCodec.Snapshot(desired.withoutHints(), null),
        SnapshotCodec.read(Files.readString(result.snapshot())));
    assertEquals(ManifestCodec.write(desired.withoutHints()), Files.readString(result.snapshot()));
    assertEquals("Wrote " + result.file() + " (1 change)", MESSAGES.summary(result));

    String className = "db.migration." + result.migration().className();
    var migration = InMemoryCompiler.migration(InMemoryCompiler.compile(className, result.migration().source()),
        className);
    assertEquals(result.upOperations(), OperationRecorder.up(migration));
    assertEquals(SchemaDiff.compare(SchemaDef.EMPTY, desired).upOperations(), result.upOperations());
  }

  @Test
  void checkFailedWritesNothing() throws IOException {
    GenerateOutcome.CheckFailed result = assertInstanceOf(GenerateOutcome.CheckFailed.class,
        generate(options().withMode(GenerateMode.CHECK), schema(users()), SchemaDef.EMPTY));
    assertFalse(result.succeeded());
    assertEquals("The models and the migrations differ (1 change); run generate to write the migration",
        MESSAGES.summary(result));
    assertEquals(1, result.changes().size());
    assertEquals(List.of(), result.refusals());
    assertEquals(List.of(), files(tmp));

    GenerateOutcome same = generate(options().withMode(GenerateMode.CHECK), schema(users()), schema(users()));
    assertEquals(new GenerateOutcome.NoChanges(SchemaSource.REPLAY), same);
  }

  @Test
  void checkFailsOnRefusalsToo() {
    GenerateOutcome.CheckFailed result = assertInstanceOf(GenerateOutcome.CheckFailed.class,
        generate(options().withMode(GenerateMode.CHECK), SchemaDef.EMPTY, schema(users())));
    assertEquals(1, result.refusals().size());
    assertEquals("The models and the migrations differ (1 change, 1 refusal); run generate to write the migration",
        MESSAGES.summary(result));
  }

  @Test
  void dryRunReturnsSourceAndOperationsAndWritesNothing() throws IOException {
    GenerateOutcome.DryRun result = assertInstanceOf(GenerateOutcome.DryRun.class,
        generate(options().withMode(GenerateMode.DRY_RUN).withMessage("init"), schema(users()), SchemaDef.EMPTY));
    assertTrue(result.succeeded());
    assertTrue(result.migration().source().contains("db.createTable(table(\"users\")"), result.migration().source());
    assertEquals(1, result.upOperations().size());
    assertEquals(SchemaDef.EMPTY, result.before());
    assertEquals(options().outputDir().resolve("V20260506070809__init.java"), result.file());
    assertEquals("Dry run: " + result.file() + " would hold 1 change; nothing was written", MESSAGES.summary(result));
    assertEquals(List.of(), files(tmp));
  }

  /** The mode alone decides between writing, checking and a dry run of the same difference. */
  @Test
  void eachModeHasItsOutcome() throws IOException {
    SchemaDef desired = schema(users());
    assertInstanceOf(GenerateOutcome.CheckFailed.class,
        generate(options().withMode(GenerateMode.CHECK), desired, SchemaDef.EMPTY));
    assertInstanceOf(GenerateOutcome.DryRun.class,
        generate(options().withMode(GenerateMode.DRY_RUN), desired, SchemaDef.EMPTY));
    assertEquals(List.of(), files(tmp));
    assertInstanceOf(GenerateOutcome.Written.class,
        generate(options().withMode(GenerateMode.WRITE), desired, SchemaDef.EMPTY));
    assertEquals(2, files(tmp).size());
    assertEquals(GenerateMode.WRITE, GenerateOptions.defaults().mode());
  }

  /** Refused wins over a dry run, check over refused: a check reports refusals as differences. */
  @Test
  void refusalsStopWritingAndDryRunsButNotChecks() {
    SchemaDef desired = SchemaDef.EMPTY;
    SchemaDef current = schema(users());
    assertInstanceOf(GenerateOutcome.Refused.class, generate(options(), desired, current));
    assertInstanceOf(GenerateOutcome.Refused.class,
        generate(options().withMode(GenerateMode.DRY_RUN), desired, current));
    assertInstanceOf(GenerateOutcome.CheckFailed.class,
        generate(options().withMode(GenerateMode.CHECK), desired, current));
    assertInstanceOf(GenerateOutcome.DryRun.class,
        generate(options().withMode(GenerateMode.DRY_RUN).withAllowDestructive(true), desired, current));
  }

  @Test
  void sameInputsGiveTheSameBytes() throws IOException {
    SchemaDef desired = schema(users(), table("posts").column(column("id", BIGINT)).column(column("title", varchar(9))));
    var a = (GenerateOutcome.Written) generate(options().withMessage("init").withOutputDir(tmp.resolve("a")), desired,
        SchemaDef.EMPTY);
    var b = (GenerateOutcome.Written) generate(options().withMessage("init").withOutputDir(tmp.resolve("b")),
        new SchemaDef(desired.tables().stream().sorted((x, y) -> y.name().compareTo(x.name())).toList()),
        SchemaDef.EMPTY);
    assertArrayEquals(Files.readAllBytes(a.file()), Files.readAllBytes(b.file()));
    assertArrayEquals(Files.readAllBytes(a.snapshot()), Files.readAllBytes(b.snapshot()));
  }

  @Test
  void versionMovesPastExistingVersionsAndFiles() throws IOException {
    GenerateOptions dryRun = options().withMode(GenerateMode.DRY_RUN).withMessage("x");
    var behind = (GenerateOutcome.DryRun) generate(dryRun, schema(users()), SchemaDef.EMPTY,
        List.of("20260506070809", "20260101000000"));
    assertEquals("20260506070810", behind.migration().version());
    var ahead = (GenerateOutcome.DryRun) generate(dryRun, schema(users()), SchemaDef.EMPTY, List.of("1", "2.5"));
    assertEquals("20260506070809", ahead.migration().version());

    Files.createDirectories(options().outputDir());
    Files.writeString(options().outputDir().resolve("V20260506070809__x.java"), "// taken");
    var second = (GenerateOutcome.Written) generate(options().withMessage("x"), schema(users()), SchemaDef.EMPTY);
    assertEquals("20260506070810", second.migration().version());
    assertEquals("// taken", Files.readString(options().outputDir().resolve("V20260506070809__x.java")));

  }

  @Test
  void missingMessageIsMadeFromTheChanges() {
    GenerateOptions dryRun = options().withMode(GenerateMode.DRY_RUN);
    var created = (GenerateOutcome.DryRun) generate(dryRun,
        schema(users(), table("posts").column(column("id", BIGINT))), SchemaDef.EMPTY);
    assertEquals("V20260506070809__create_posts_and_users", created.migration().className());
    var updated = (GenerateOutcome.DryRun) generate(dryRun, schema(users().column(column("bio", varchar(9)).nullable())),
        schema(users()));
    assertEquals("V20260506070809__update_users", updated.migration().className());
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
      assertTrue(e.getMessage().contains("maven-compiler-plugin before 3.5 ignores annotationProcessorPaths")
          && e.getMessage().contains("use maven-compiler-plugin 3.14.0 with <release>17</release>"), e.getMessage());
      assertTrue(e.getMessage().contains("No class is annotated with @Model"), e.getMessage());
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

  @Test
  void theDefaultSnapshotIsTheResourceBesideTheJavaSourcesElseBesideTheMigrations() {
    assertEquals(Path.of("app/src/main/resources/META-INF/strata/snapshot.json"),
        GenerateOptions.defaultSnapshotFile(Path.of("app/src/main/java/com/example/db")));
    assertEquals(Path.of("/p/src/main/resources/META-INF/strata/snapshot.json"),
        GenerateOptions.defaultSnapshotFile(Path.of("/p/./src/main/java/db/migration")));
    assertEquals(Path.of("src/main/resources/META-INF/strata/snapshot.json"),
        GenerateOptions.defaults().snapshotFile());
    assertEquals(Path.of("migrations/snapshot.json"), GenerateOptions.defaultSnapshotFile(Path.of("migrations")));
    assertEquals(Path.of("x.json"), GenerateOptions.defaults().withSnapshot(Path.of("x.json")).snapshotFile());
  }

  /**
   * The whole loop through a class path: manifest → migration → compiled and indexed → no change,
   * the second run reading the snapshot instead of replaying.
   */
  @Test
  void generateFromAClassLoaderReplaysTheIndexedMigrations() throws IOException {
    Path classes = tmp.resolve("classes");
    Path manifest = classes.resolve(ManifestCodec.MANIFEST_PATH);
    Files.createDirectories(manifest.getParent());
    Files.writeString(manifest, ManifestCodec.write(schema(users())));

    var first = (GenerateOutcome.Written) generateFrom(classes, "create users");
    assertEquals(SchemaSource.REPLAY, first.schemaSource());
    compileAndIndex(classes, first);
    assertEquals(new GenerateOutcome.NoChanges(SchemaSource.SNAPSHOT), generateFrom(classes, "again"));

    Files.writeString(manifest, ManifestCodec.write(schema(users().column(column("bio", varchar(50)).nullable()))));
    var second = (GenerateOutcome.Written) new Generator(options().withMessage("add bio")
        .withClock(Clock.fixed(Instant.parse("2026-05-06T07:08:00Z"), ZoneOffset.UTC)))
        .generate(loader(classes));
    assertEquals(SchemaSource.SNAPSHOT, second.schemaSource());
    assertEquals("20260506070810", second.migration().version(), "after the existing migration, though the clock is behind");
    assertEquals("addColumn users bio:VARCHAR(50) null", second.upOperations().get(0).canonical());
  }

  private GenerateOutcome generateFrom(Path classes, String message) throws IOException {
    return new Generator(options().withMessage(message)).generate(loader(classes));
  }

  private static ClassLoader loader(Path classes) throws IOException {
    return new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratorTest.class.getClassLoader());
  }

  private static void compileAndIndex(Path classes, GenerateOutcome.Written result) throws IOException {
    String className = result.migration().qualifiedName();
    InMemoryCompiler.compileTo(classes, List.of(new InMemoryCompiler.Source(className, result.migration().source())));
    Path index = classes.resolve(MigrationIndex.PATH);
    Files.writeString(index, MigrationIndex.write(List.of(new MigrationIndex.Entry(className,
        result.migration().version(), result.migration().className().substring(16).replace('_', ' '),
        GeneratedSourceDigest.of(className, result.migration().source()).orElseThrow()))), StandardCharsets.UTF_8);
  }
}
