package dev.strata.generator.shadow;

import static dev.strata.ddl.Ddl.BIGINT;
import static dev.strata.ddl.Ddl.TIMESTAMP;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.index;
import static dev.strata.ddl.Ddl.table;
import static dev.strata.ddl.Ddl.unique;
import static dev.strata.ddl.Ddl.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ErrorCode;
import dev.strata.Migration;
import dev.strata.MigrationContext;
import dev.strata.StrataException;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import dev.strata.generator.CurrentSchema;
import dev.strata.generator.GenerateMode;
import dev.strata.generator.GenerateOptions;
import dev.strata.generator.GenerateOutcome;
import dev.strata.generator.Generator;
import dev.strata.generator.SchemaSource;
import dev.strata.internal.database.Dialects;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.manifest.ManifestCodec;
import dev.strata.internal.replay.Replayer;
import dev.strata.internal.schema.index.MigrationIndex;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.SchemaDef;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * generate with partial indexes on the databases that have them: the migration it writes carries
 * the predicates, a second generate against the shadow or the live database finds nothing
 * (PostgreSQL's own spelling of a predicate is no change), a changed predicate is dropped and
 * created again with a word why; and a project that left a database out is refused there.
 */
class PartialIndexGenerateTest {
  @TempDir Path dir;

  /** What the generator wrote for the models below, as a migration class. */
  public static final class CreateOrders implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.createTable(table("orders")
          .column(column("id", BIGINT))
          .column(column("customer_id", BIGINT))
          .column(column("status", varchar(10)))
          .column(column("reference", varchar(20)))
          .column(column("deleted_at", TIMESTAMP).nullable())
          .primaryKey("id")
          .index(index("idx_orders_open", "customer_id").where("status IN ('open', 'held') AND customer_id > 0"))
          .index(unique("uq_orders_reference", "reference").where("deleted_at IS NULL")));
    }
  }

  private static final List<ResolvedMigration> CODE = List.of(new ResolvedMigration("1", "orders", new CreateOrders()));

  /** The models: the same schema, as the processor writes it. */
  private static SchemaDef desired() {
    return Replayer.replay(CODE);
  }

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = {"SQLITE", "POSTGRESQL"})
  void aSecondGenerateFindsNothingThroughTheShadowOrTheLiveDatabase(Kind kind) throws Exception {
    GenerateOutcome first = generate(desired(), SchemaDef.EMPTY, SchemaSource.REPLAY);
    String source = ((GenerateOutcome.DryRun) first).migration().source();
    assertTrue(source.contains(".index(index(\"idx_orders_open\", \"customer_id\").where(\"status IN ('open', 'held')"
        + " AND customer_id > 0\"))"), source);
    assertTrue(source.contains(".index(unique(\"uq_orders_reference\", \"reference\").where(\"deleted_at IS NULL\"))"),
        source);

    SchemaDef shadowed;
    try (ShadowDatabase shadow = ShadowDatabase.create(ShadowDatabaseTest.serverUrl(kind))) {
      shadowed = shadow.replay(CODE);
    }
    assertEquals(desired().table("orders").orElseThrow().indexes(), shadowed.table("orders").orElseThrow().indexes(),
        "the shadow's schema keeps the migrations' text where the database holds the same predicate");
    GenerateOutcome second = generate(desired(), shadowed, SchemaSource.SHADOW);
    assertTrue(second instanceof GenerateOutcome.NoChanges, second::toString);

    try (TestDatabase db = TestDatabases.open(kind)) {
      db.execute(Dialects.detect(db.connection()).render(
          new dev.strata.internal.operation.Operation.CreateTable(desired().table("orders").orElseThrow()),
          n -> java.util.Optional.empty()).toArray(String[]::new));
      SchemaDef read = Dialects.introspector(db.connection()).read().schema();
      // Read unrefined, as generate --from-db does: the database's spelling of a predicate is no
      // change (SQLite's storage types are, which is what refining is for).
      GenerateOutcome fromDb = generate(desired(), read, SchemaSource.DATABASE);
      if (kind == Kind.POSTGRESQL) {
        assertTrue(fromDb instanceof GenerateOutcome.NoChanges, () -> "no change expected: " + read.table("orders"));
      }
      if (fromDb instanceof GenerateOutcome.DryRun dry) {
        assertTrue(dry.upOperations().stream().noneMatch(o -> o.canonical().contains("Index")), dry::toString);
      }
    }
  }

  @Test
  void postgresqlsSpellingOfAPredicateIsNoChange() {
    SchemaDef printed = desired().mapTable("orders", t -> t
        .withoutIndex("idx_orders_open").withIndex(new IndexDef("idx_orders_open", List.of("customer_id"), false,
            "(((status)::text = ANY ((ARRAY['open'::character varying, 'held'::character varying])::text[]))"
                + " AND (customer_id > 0))"))
        .withoutIndex("uq_orders_reference").withIndex(new IndexDef("uq_orders_reference", List.of("reference"),
            true, "(deleted_at IS NULL)")));
    assertTrue(generate(desired(), printed, SchemaSource.DATABASE) instanceof GenerateOutcome.NoChanges);
  }

  @Test
  void aChangedPredicateIsDroppedAndCreatedAgainWithAComment() {
    SchemaDef changed = desired().mapTable("orders", t -> t.withoutIndex("uq_orders_reference").withIndex(
        new IndexDef("uq_orders_reference", List.of("reference"), true, "deleted_at IS NULL AND status <> 'void'")));
    GenerateOutcome.DryRun dry = (GenerateOutcome.DryRun) generate(changed, desired(), SchemaSource.REPLAY);
    assertEquals(List.of("dropIndex orders uq_orders_reference",
            "createIndex orders unique uq_orders_reference[reference] where=deleted_at IS NULL AND status <> 'void'"),
        dry.upOperations().stream().map(o -> o.canonical()).toList());
    String source = dry.migration().source();
    String comment = comments(source);
    assertTrue(comment.contains("The predicate of index uq_orders_reference on orders changes from WHERE deleted_at"
        + " IS NULL to WHERE deleted_at IS NULL AND status <> 'void': no database alters a predicate, so the index"
        + " is dropped and created again"), comment);
    assertTrue(source.indexOf("db.dropIndex(\"orders\", \"uq_orders_reference\")") < source.indexOf(
        "db.createIndex(\"orders\", unique(\"uq_orders_reference\", \"reference\").where(\"deleted_at IS NULL AND"
            + " status <> 'void'\"))"), source);

    SchemaDef everyRow = desired().mapTable("orders", t -> t.withoutIndex("uq_orders_reference").withIndex(
        new IndexDef("uq_orders_reference", List.of("reference"), true, null)));
    String toFull = ((GenerateOutcome.DryRun) generate(everyRow, desired(), SchemaSource.REPLAY)).migration().source();
    assertTrue(comments(toFull).contains("changes from WHERE deleted_at IS NULL to none (every row)"), toFull);
  }

  /** The comment lines of a migration source, joined into one line. */
  private static String comments(String source) {
    return source.lines().filter(l -> l.strip().startsWith("//")).map(l -> l.strip().substring(2).strip())
        .reduce("", (a, b) -> a + " " + b);
  }

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = {"POSTGRESQL", "MYSQL"})
  void aDatabaseTheProjectLeftOutIsRefusedBeforeAShadowIsMade(Kind kind) throws Exception {
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes.resolve("META-INF/strata"));
    Files.writeString(classes.resolve(ManifestCodec.MANIFEST_PATH), ManifestCodec.write(desired()));
    Files.writeString(classes.resolve(MigrationIndex.PATH), MigrationIndex.write(List.of(), List.of("sqlite")));
    String url = ShadowDatabaseTest.serverUrl(kind);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      for (GenerateOptions options : List.of(options().withShadowUrl(url), options().withFromDbUrl(url))) {
        StrataException e = assertThrows(StrataException.class, () -> new Generator(options).generate(loader));
        assertEquals(ErrorCode.UNSUPPORTED_DATABASE, e.code());
        assertTrue(e.getMessage().contains("-Astrata.dialects=sqlite, recorded in META-INF/strata/migrations"),
            e.getMessage());
        assertTrue(e.getMessage().startsWith("generate "), e.getMessage());
      }
      // SQLite, which the project targets, is used.
      GenerateOutcome sqlite = new Generator(options().withShadowUrl("sqlite::memory:")).generate(loader);
      assertTrue(sqlite instanceof GenerateOutcome.DryRun, sqlite::toString);
    }
  }

  private GenerateOptions options() {
    return GenerateOptions.defaults().withOutputDir(dir).withMode(GenerateMode.DRY_RUN);
  }

  private GenerateOutcome generate(SchemaDef desired, SchemaDef current, SchemaSource source) {
    return new Generator(options().withAllowDestructive(true)).generate(desired, CurrentSchema.of(current, source));
  }
}
