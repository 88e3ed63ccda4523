package dev.strata.generator.evolution;

import static dev.strata.ddl.Ddl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.annotations.Dialect;
import dev.strata.Migration;
import dev.strata.ddl.TableBuilder;
import dev.strata.fixtures.Defs;
import dev.strata.fixtures.InMemoryCompiler;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import dev.strata.generator.CurrentSchema;
import dev.strata.generator.GenerateMode;
import dev.strata.generator.GenerateOptions;
import dev.strata.generator.GenerateOutcome;
import dev.strata.generator.Generator;
import dev.strata.generator.SchemaSource;
import dev.strata.generator.shadow.ShadowDatabase;
import dev.strata.internal.database.Dialects;
import dev.strata.internal.dialect.Introspector;
import dev.strata.internal.dialect.LiveSchema;
import dev.strata.internal.introspect.SchemaRefiner;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.replay.Replayer;
import dev.strata.internal.runner.Runner;
import dev.strata.internal.schema.model.SchemaDef;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The types the type table gained, on each database with rows at their extremes: a byte
 * (TINYINT), a year (the year number in an INTEGER), and raw SQL types given per database (JSON,
 * and a text type PostgreSQL spells as a VARCHAR). The generated migration creates them, holds
 * the values, reads back as the models, and a second generate finds nothing through the database,
 * a shadow database and the replay; validate finds no drift.
 */
class TypeTableOnRowsTest {
  @TempDir Path dir;

  private static TableBuilder readings() {
    return table("readings")
        .column(column("id", BIGINT))
        .column(column("level", TINYINT))
        .column(column("spare", TINYINT).nullable())
        .column(column("vintage", INTEGER))
        .column(column("doc", raw(Dialect.POSTGRESQL, "jsonb").on(Dialect.MYSQL, "JSON").on(Dialect.SQLITE, "TEXT"))
            .nullable())
        .column(column("label", raw("TEXT").on(Dialect.POSTGRESQL, "varchar(40)")).nullable())
        .primaryKey("id");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void bytesYearsAndRawTypesPerDatabaseHoldTheirValuesAndReadBackAsTheModels(Kind kind) throws Exception {
    SchemaDef desired = new SchemaDef(List.of(Defs.def(readings())));
    try (TestDatabase db = TestDatabases.open(kind)) {
      List<ResolvedMigration> migrations = List.of(compiled(generate(desired, SchemaDef.EMPTY, SchemaSource.REPLAY)));
      Runner runner = Runner.configure().dataSource(db.dataSource()).migrations(migrations).build();
      runner.migrate();

      db.execute("INSERT INTO readings (id, level, spare, vintage, doc, label) VALUES (1, -128, NULL, "
          + Year.MIN_VALUE + ", '{\"a\": [1, 2]}', 'first')");
      db.execute("INSERT INTO readings (id, level, spare, vintage, doc, label) VALUES (2, 127, 0, "
          + Year.MAX_VALUE + ", '[]', NULL)");
      db.execute("INSERT INTO readings (id, level, spare, vintage) VALUES (3, 0, -1, " + Year.of(2024).getValue() + ")");
      assertEquals(List.of("1 -128 null -999999999 first", "2 127 0 999999999 null", "3 0 -1 2024 null"),
          rows(db));
      assertTrue(jsonRoundTrips(db), "the JSON document reads back as JSON");

      assertEquals(List.of(), runner.validate().problems(), "validate finds no drift");

      Introspector introspector = Dialects.introspector(db.connection());
      LiveSchema live = introspector.read();
      // MariaDB's JSON (LONGTEXT, a binary collation, CHECK (json_valid(doc))) reads back as JSON.
      assertEquals(List.of(), live.verbatim(), "nothing read back is left unmodelled");
      SchemaDef read = new SchemaRefiner(introspector.dialect()).refine(Replayer.replay(migrations), live.schema());
      assertInstanceOf(GenerateOutcome.NoChanges.class, generate(desired, read, SchemaSource.DATABASE),
          "generate against the database finds nothing");
      try (ShadowDatabase shadow = ShadowDatabase.create(serverUrl(kind))) {
        assertInstanceOf(GenerateOutcome.NoChanges.class, generate(desired, shadow.replay(migrations),
            SchemaSource.SHADOW), "generate through a shadow database finds nothing");
      }
      assertInstanceOf(GenerateOutcome.NoChanges.class, generate(desired, Replayer.replay(migrations),
          SchemaSource.REPLAY), "generate from the replay finds nothing");

      // A change of the type on one database alone is a change, and a destructive one.
      SchemaDef blobOnSqlite = new SchemaDef(List.of(Defs.def(readings()).mapColumn("doc", c -> c.withType(
          Defs.def(raw(Dialect.POSTGRESQL, "jsonb").on(Dialect.MYSQL, "JSON").on(Dialect.SQLITE, "BLOB"))))));
      GenerateOutcome changed = generate(blobOnSqlite, read, SchemaSource.DATABASE);
      Operation alter = assertInstanceOf(GenerateOutcome.DryRun.class, changed).upOperations().get(0);
      assertEquals("alterColumn readings doc:RAW{postgresql 'jsonb', mysql 'JSON', sqlite 'BLOB'} null",
          alter.canonical());
    }
  }

  private GenerateOutcome generate(SchemaDef desired, SchemaDef current, SchemaSource source) {
    return new Generator(GenerateOptions.defaults().withOutputDir(dir).withMode(GenerateMode.DRY_RUN)
        .withAllowDestructive(true)).generate(desired, CurrentSchema.of(current, source));
  }

  /** The migration a dry run would write, compiled from its source. */
  private static ResolvedMigration compiled(GenerateOutcome outcome) {
    GenerateOutcome.DryRun dry = assertInstanceOf(GenerateOutcome.DryRun.class, outcome);
    String className = dry.migration().packageName() + "." + dry.migration().className();
    assertTrue(dry.migration().source().contains("column(\"level\", TINYINT)"), dry.migration().source());
    Migration migration = InMemoryCompiler.migration(InMemoryCompiler.compile(className, dry.migration().source()),
        className);
    return new ResolvedMigration(dry.migration().version(), "create readings", migration);
  }

  private static List<String> rows(TestDatabase db) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Statement s = db.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT id, level, spare, vintage, label FROM readings ORDER BY id")) {
      while (rs.next()) {
        Object spare = rs.getObject(3);
        rows.add(rs.getLong(1) + " " + rs.getByte(2) + " " + (spare == null ? null : rs.getByte(3)) + " "
            + Year.of(rs.getInt(4)).getValue() + " " + rs.getString(5));
      }
    }
    return rows;
  }

  /** Whether the database takes the document for JSON: it extracts a member of it. */
  private static boolean jsonRoundTrips(TestDatabase db) throws Exception {
    String sql = switch (Dialects.detect(db.connection()).database()) {
      case POSTGRESQL -> "SELECT doc -> 'a' ->> 1 FROM readings WHERE id = 1";
      case SQLITE -> "SELECT json_extract(doc, '$.a[1]') FROM readings WHERE id = 1";
      default -> "SELECT JSON_EXTRACT(doc, '$.a[1]') FROM readings WHERE id = 1";
    };
    try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
      return rs.next() && "2".equals(rs.getString(1));
    }
  }

  private static String serverUrl(Kind kind) {
    return switch (kind) {
      case SQLITE -> "sqlite::memory:";
      case POSTGRESQL -> TestDatabases.POSTGRES_URL;
      case MYSQL -> TestDatabases.MYSQL_URL;
    };
  }
}
