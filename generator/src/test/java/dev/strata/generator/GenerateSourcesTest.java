package dev.strata.generator;

import static dev.strata.ddl.Ddl.BIGINT;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.raw;
import static dev.strata.ddl.Ddl.table;
import static dev.strata.ddl.Ddl.varchar;
import static dev.strata.generator.fixtures.Schemas.schema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ErrorCode;
import dev.strata.Migrator;
import dev.strata.StrataException;
import dev.strata.ddl.TableBuilder;
import dev.strata.fixtures.InMemoryCompiler;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import dev.strata.generator.codegen.SchemaSnapshot;
import dev.strata.generator.shadow.ShadowMigrations;
import dev.strata.internal.manifest.ManifestCodec;
import dev.strata.internal.manifest.SnapshotCodec;
import dev.strata.internal.schema.index.MigrationIndex;
import dev.strata.internal.schema.model.SchemaDef;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Where {@link Generator#generate(ClassLoader)} takes the current schema from: a live or shadow
 * database when asked, else the snapshot when it follows from exactly the compiled migrations,
 * else the replay; and that the outcome says which.
 */
class GenerateSourcesTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-06T07:08:09Z"), ZoneOffset.UTC);
  private static final String SHADOW_MIGRATIONS = ShadowMigrations.class.getName() + "$";

  @TempDir Path tmp;
  private Path classes;
  private Path out;
  private final List<MigrationIndex.Entry> index = new ArrayList<>();
  private final List<String> heard = new ArrayList<>();

  @BeforeEach
  void folders() throws IOException {
    classes = tmp.resolve("classes");
    out = tmp.resolve("src/main/java/db/migration");
    Files.createDirectories(classes.resolve("META-INF/strata"));
  }

  private static TableBuilder users() {
    return table("users").column(column("id", BIGINT).auto()).column(column("name", varchar(100))).primaryKey("id");
  }

  private void manifest(SchemaDef desired) throws IOException {
    Files.writeString(classes.resolve(ManifestCodec.MANIFEST_PATH), ManifestCodec.write(desired));
  }

  private void index(String className, String version) throws IOException {
    index(new MigrationIndex.Entry(className, version, ""));
  }

  /** Indexes an entry as the processor does: the entry that names the class already is replaced. */
  private void index(MigrationIndex.Entry entry) throws IOException {
    index.removeIf(e -> e.className().equals(entry.className()));
    index.add(entry);
    Files.writeString(classes.resolve(MigrationIndex.PATH), MigrationIndex.write(index), StandardCharsets.UTF_8);
  }

  /** Compiles {@code source} and indexes it with its source digest, as the processor would. */
  private void build(String className, String version, String description, String source) throws IOException {
    compile(className, source);
    index(new MigrationIndex.Entry(className, version, description,
        GeneratedSourceDigest.of(className, source).orElseThrow()));
  }

  private void compile(String className, String source) {
    InMemoryCompiler.compileTo(classes, List.of(new InMemoryCompiler.Source(className, source)));
  }

  /** Compiles and indexes what a run wrote, as the build does between two runs. */
  private void build(GenerateOutcome.Written written) throws IOException {
    build(written.migration().qualifiedName(), written.migration().version(), "step", written.migration().source());
  }

  private GenerateOptions options(GenerateMode mode) {
    return GenerateOptions.defaults().withOutputDir(out).withClock(CLOCK).withMode(mode).withMessage("step");
  }

  private GenerateOutcome run(GenerateOptions options) throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        GenerateSourcesTest.class.getClassLoader())) {
      return new Generator(options, (source, migrations) -> heard.add(source + " " + migrations)).generate(loader);
    }
  }

  /** The first migration written from an empty index, compiled and indexed. */
  private GenerateOutcome.Written firstMigration() throws IOException {
    manifest(schema(users()));
    GenerateOutcome.Written first = assertInstanceOf(GenerateOutcome.Written.class, run(options(GenerateMode.WRITE)));
    assertEquals(SchemaSource.REPLAY, first.schemaSource());
    build(first);
    return first;
  }

  @Test
  void withoutASnapshotTheMigrationsAreReplayed() throws IOException {
    manifest(schema(users()));
    index(SHADOW_MIGRATIONS + "CreateUsers", "20260101000000");
    assertEquals(new GenerateOutcome.NoChanges(SchemaSource.REPLAY), run(options(GenerateMode.CHECK)));
    assertEquals(List.of("REPLAY 1"), heard);
  }

  @Test
  void aSnapshotThatFollowsFromTheCompiledMigrationsIsReadInsteadOfThem() throws IOException {
    GenerateOutcome.Written first = firstMigration();
    SnapshotCodec.Snapshot written = SchemaSnapshot.read(first.snapshot()).orElseThrow();
    assertEquals(MigrationIndex.digestOf(index), written.derivedFrom().indexDigest());

    assertEquals(new GenerateOutcome.NoChanges(SchemaSource.SNAPSHOT), run(options(GenerateMode.CHECK)));
    assertEquals("SNAPSHOT 1", heard.get(heard.size() - 1));

    // what the snapshot says is what the diff sees: a schema edited in it shows as a change
    Files.writeString(first.snapshot(), SnapshotCodec.write(new SnapshotCodec.Snapshot(SchemaDef.EMPTY,
        written.derivedFrom())));
    GenerateOutcome.CheckFailed edited = assertInstanceOf(GenerateOutcome.CheckFailed.class,
        run(options(GenerateMode.CHECK)));
    assertEquals(SchemaSource.SNAPSHOT, edited.schemaSource());
    assertEquals("createTable", edited.changes().get(0).operation().canonical().split(" ")[0]);
  }

  /** The trusted snapshot stands for the migrations: none of their classes is loaded. */
  @Test
  void aTrustedSnapshotLoadsNoMigrationClass() throws IOException {
    GenerateOutcome.Written first = firstMigration();
    Files.delete(classes.resolve(first.migration().qualifiedName().replace('.', '/') + ".class"));
    assertEquals(new GenerateOutcome.NoChanges(SchemaSource.SNAPSHOT), run(options(GenerateMode.CHECK)));
    manifest(schema(users().column(column("bio", varchar(50)).nullable())));
    assertEquals(SchemaSource.SNAPSHOT, run(options(GenerateMode.DRY_RUN)).schemaSource());
  }

  /** An index written without source digests (ECJ, a hand-kept index) has no digest to trust. */
  @Test
  void anIndexWithoutSourceDigestsIsReplayed() throws IOException {
    GenerateOutcome.Written first = firstMigration();
    index(first.migration().qualifiedName(), first.migration().version());
    assertEquals(new GenerateOutcome.NoChanges(SchemaSource.REPLAY), run(options(GenerateMode.CHECK)));
  }

  /** Reformatting or commenting a migration changes no source digest, so the snapshot stays trusted. */
  @Test
  void aReformattedMigrationKeepsTheSnapshotTrusted() throws IOException {
    GenerateOutcome.Written first = firstMigration();
    build(first.migration().qualifiedName(), first.migration().version(), "step",
        "// reviewed\n" + first.migration().source().replace("\n", "\r\n").replace("  ", "\t"));
    assertEquals(new GenerateOutcome.NoChanges(SchemaSource.SNAPSHOT), run(options(GenerateMode.CHECK)));
  }

  /** The default snapshot is a resource beside the sources, for the processor to find in the class output. */
  @Test
  void theSnapshotIsWrittenAmongTheResources() throws IOException {
    GenerateOutcome.Written first = firstMigration();
    assertEquals(tmp.resolve("src/main/resources/META-INF/strata/snapshot.json"), first.snapshot());
    assertTrue(Files.isRegularFile(first.snapshot()));
  }

  @Test
  void aNewestMigrationEditedAfterItWasWrittenIsReplayed() throws IOException {
    GenerateOutcome.Written first = firstMigration();
    build(first.migration().qualifiedName(), first.migration().version(), "step",
        first.migration().source().replace("varchar(100)", "varchar(120)"));

    GenerateOutcome.CheckFailed failed = assertInstanceOf(GenerateOutcome.CheckFailed.class,
        run(options(GenerateMode.CHECK)));
    assertEquals(SchemaSource.REPLAY, failed.schemaSource());
    assertEquals("alterColumn users name:VARCHAR(100) notnull", failed.changes().get(0).operation().canonical());
  }

  @Test
  void anotherCompiledMigrationMakesTheSnapshotStale() throws IOException {
    firstMigration();
    String note = "db.migration.V20990101000000__add_note";
    build(note, "20990101000000", "add note", "package db.migration;\n"
        + "import static dev.strata.ddl.Ddl.column;\nimport static dev.strata.ddl.Ddl.varchar;\n"
        + "public final class V20990101000000__add_note implements dev.strata.Migration {\n"
        + "  public void up(dev.strata.MigrationContext db) {\n"
        + "    db.addColumn(\"users\", column(\"note\", varchar(10)).nullable());\n  }\n}\n");

    GenerateOutcome.CheckFailed failed = assertInstanceOf(GenerateOutcome.CheckFailed.class,
        run(options(GenerateMode.CHECK)));
    assertEquals(SchemaSource.REPLAY, failed.schemaSource());
    assertEquals("dropColumn users note", failed.changes().get(0).operation().canonical());
  }

  @Test
  void aSnapshotWhoseMigrationIsNotCompiledYetIsNotRead() throws IOException {
    manifest(schema(users()));
    assertInstanceOf(GenerateOutcome.Written.class, run(options(GenerateMode.WRITE)));
    assertEquals(SchemaSource.REPLAY, run(options(GenerateMode.CHECK)).schemaSource());
  }

  @Test
  void anUnreadableSnapshotIsReplayedOver() throws IOException {
    GenerateOutcome.Written first = firstMigration();
    Files.writeString(first.snapshot(), "{not json");
    assertEquals(new GenerateOutcome.NoChanges(SchemaSource.REPLAY), run(options(GenerateMode.CHECK)));
  }

  @Test
  void theSnapshotAndTheReplayGiveTheSameMigration() throws IOException {
    GenerateOutcome.Written first = firstMigration();
    manifest(schema(users().column(column("bio", varchar(50)).nullable())));

    GenerateOutcome.DryRun fromSnapshot = assertInstanceOf(GenerateOutcome.DryRun.class,
        run(options(GenerateMode.DRY_RUN)));
    Files.delete(first.snapshot());
    GenerateOutcome.DryRun replayed = assertInstanceOf(GenerateOutcome.DryRun.class,
        run(options(GenerateMode.DRY_RUN)));

    assertEquals(SchemaSource.SNAPSHOT, fromSnapshot.schemaSource());
    assertEquals(SchemaSource.REPLAY, replayed.schemaSource());
    assertEquals(replayed.migration(), fromSnapshot.migration());
    assertEquals(replayed.before(), fromSnapshot.before());
  }

  @Test
  void aSnapshotGivenElsewhereIsReadAndWrittenThere() throws IOException {
    Path elsewhere = tmp.resolve("schema-snapshot.json");
    manifest(schema(users()));
    GenerateOutcome.Written first = assertInstanceOf(GenerateOutcome.Written.class,
        run(options(GenerateMode.WRITE).withSnapshot(elsewhere)));
    assertEquals(elsewhere, first.snapshot());
    assertTrue(Files.notExists(GenerateOptions.defaultSnapshotFile(out)));
    build(first);
    assertEquals(SchemaSource.REPLAY, run(options(GenerateMode.CHECK)).schemaSource());
    assertEquals(SchemaSource.SNAPSHOT, run(options(GenerateMode.CHECK).withSnapshot(elsewhere)).schemaSource());
  }

  /** Migrations whose raw SQL only a database sees: users, then users.legacy by SQL. */
  private void migrationsWithRawSql(boolean modelHasLegacy) throws IOException {
    TableBuilder users = modelHasLegacy ? users().column(column("legacy", raw("text")).nullable()) : users();
    manifest(schema(users));
    index(SHADOW_MIGRATIONS + "CreateUsers", "20260101000000");
    index(SHADOW_MIGRATIONS + "AddLegacyBySql", "20260101000100");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aShadowDatabaseIsUsedWhenAsked(Kind kind) throws Exception {
    String server = switch (kind) {
      case SQLITE -> "sqlite::memory:";
      case POSTGRESQL -> TestDatabases.POSTGRES_URL;
      case MYSQL -> TestDatabases.MYSQL_URL;
    };
    try (TestDatabase reachable = TestDatabases.open(kind)) {
      migrationsWithRawSql(true);
      assertEquals(new GenerateOutcome.NoChanges(SchemaSource.SHADOW),
          run(options(GenerateMode.CHECK).withShadowUrl(server)));
      assertEquals(List.of("SHADOW 2"), heard);
      assertEquals(SchemaSource.REPLAY, assertInstanceOf(GenerateOutcome.CheckFailed.class,
          run(options(GenerateMode.CHECK))).schemaSource());
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aLiveDatabaseIsReadWhenAsked(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      migrationsWithRawSql(true);
      try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
          GenerateSourcesTest.class.getClassLoader())) {
        Migrator.configure().dataSource(db.dataSource()).classLoader(loader).build().migrate();
      }
      assertEquals(new GenerateOutcome.NoChanges(SchemaSource.DATABASE),
          run(options(GenerateMode.CHECK).withFromDbUrl(db.url())));
      assertEquals(List.of("DATABASE 2"), heard);
    }
  }

  /** A snapshot from a database holds what only the database saw: the next plain run must not read it. */
  @Test
  void aSnapshotWrittenFromADatabaseIsNotReadBackInPlaceOfTheMigrations() throws IOException {
    migrationsWithRawSql(false);
    GenerateOutcome.Written written = assertInstanceOf(GenerateOutcome.Written.class,
        run(options(GenerateMode.WRITE).withAllowDestructive(true).withShadowUrl("sqlite::memory:")));
    assertEquals(SchemaSource.SHADOW, written.schemaSource());
    assertEquals("dropColumn users legacy", written.upOperations().get(0).canonical());
    assertNull(SchemaSnapshot.read(written.snapshot()).orElseThrow().derivedFrom());
  }

  @Test
  void aShadowAndALiveDatabaseExcludeEachOther() {
    StrataException e = assertThrows(StrataException.class,
        () -> options(GenerateMode.CHECK).withShadowUrl("sqlite::memory:").withFromDbUrl("sqlite:x.db"));
    assertEquals(ErrorCode.USAGE, e.code());
    assertEquals("sqlite::memory:", options(GenerateMode.CHECK).withShadowUrl("sqlite::memory:").withFromDbUrl(" ")
        .shadowUrl());
  }
}
