package dev.strata.generator.shadow;

import dev.strata.fixtures.Defs;
import static dev.strata.ddl.Ddl.raw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.generator.CurrentSchema;
import dev.strata.generator.GenerateMode;
import dev.strata.generator.GenerateOptions;
import dev.strata.generator.GenerateOutcome;
import dev.strata.generator.Generator;
import dev.strata.generator.SchemaSource;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.replay.Replayer;
import dev.strata.internal.runner.DriftMigrations;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ShadowDatabaseTest {
  @TempDir Path dir;

  private static final Set<Kind> REACHABLE = ConcurrentHashMap.newKeySet();

  /**
   * The server a shadow database of {@code kind} is made on; skips the test when it is down (and
   * fails it on CI), as {@link TestDatabases#open} does. Each server is probed once.
   */
  static String serverUrl(Kind kind) throws Exception {
    if (!REACHABLE.contains(kind)) {
      try (TestDatabase probe = TestDatabases.open(kind)) {
        REACHABLE.add(kind);
      }
    }
    return switch (kind) {
      case SQLITE -> "sqlite::memory:";
      case POSTGRESQL -> TestDatabases.POSTGRES_URL;
      case MYSQL -> TestDatabases.MYSQL_URL;
    };
  }

  /** Whether the shadow database of {@code shadow} still exists on its server. */
  static boolean exists(Kind kind, ShadowDatabase shadow) throws Exception {
    if (kind == Kind.SQLITE) {
      return Files.exists(Path.of(shadow.jdbcUrl().substring("jdbc:sqlite:".length())).getParent());
    }
    String url = kind == Kind.POSTGRESQL ? TestDatabases.POSTGRES_URL : TestDatabases.MYSQL_URL;
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?")) {
      ps.setString(1, shadow.name());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1) > 0;
      }
    }
  }

  static final List<ResolvedMigration> WITH_RAW_SQL = List.of(
      new ResolvedMigration("1", "create users", new ShadowMigrations.CreateUsers()),
      new ResolvedMigration("2", "legacy column", new ShadowMigrations.AddLegacyBySql()));

  @ParameterizedTest
  @EnumSource(Kind.class)
  void rawSqlIsSeenThroughTheShadowAndNotByTheInMemoryReplay(Kind kind) throws Exception {
    String server = serverUrl(kind);
    SchemaDef shadowed;
    ShadowDatabase shadow = ShadowDatabase.create(server);
    try (shadow) {
      assertTrue(exists(kind, shadow));
      shadowed = shadow.replay(WITH_RAW_SQL);
    }
    assertFalse(exists(kind, shadow), "the shadow database must be removed");
    SchemaDef inMemory = Replayer.replay(WITH_RAW_SQL);

    TableDef users = shadowed.table("users").orElseThrow();
    assertEquals(List.of("id", "name", "legacy"), users.columnNames());
    // Where the database agrees with the migrations, their logical types stay.
    assertEquals(inMemory.table("users").orElseThrow().columns(), users.columns().subList(0, 2));
    assertTrue(inMemory.table("users").orElseThrow().column("legacy").isEmpty());

    SchemaDef withoutLegacy = inMemory;
    SchemaDef withLegacy = inMemory.mapTable("users", t -> t.withColumn(ColumnDef.of("legacy", Defs.def(raw("text"))).withNullable(true)));
    assertTrue(generate(withLegacy, shadowed, SchemaSource.SHADOW) instanceof GenerateOutcome.NoChanges);
    assertEquals(List.of("addColumn users legacy"), names(generate(withLegacy, inMemory, SchemaSource.REPLAY)));
    assertEquals(List.of("dropColumn users legacy"), names(generate(withoutLegacy, shadowed, SchemaSource.SHADOW)));
    assertTrue(generate(withoutLegacy, inMemory, SchemaSource.REPLAY) instanceof GenerateOutcome.NoChanges);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aFailingMigrationIsNamedWithItsStatementAndTheShadowIsRemoved(Kind kind) throws Exception {
    String server = serverUrl(kind);
    List<ResolvedMigration> failing = List.of(
        new ResolvedMigration("1", "create users", new ShadowMigrations.CreateUsers()),
        new ResolvedMigration("2", "broken", new ShadowMigrations.Broken()));
    ShadowDatabase shadow = ShadowDatabase.create(server);
    StrataException e;
    try (shadow) {
      e = assertThrows(StrataException.class, () -> shadow.replay(failing));
    }
    assertFalse(exists(kind, shadow), "the shadow database must be removed after a failure");
    assertEquals(ErrorCode.MIGRATION_FAILED, e.code());
    String message = e.getMessage();
    assertTrue(message.startsWith("replaying the migrations into the shadow database " + shadow.name() + " failed: "
        + "migration 2 (" + ShadowMigrations.Broken.class.getName() + ") failed at operation 2 of 2 (executeSql)"), message);
    assertTrue(message.contains("statement: INSERT INTO no_such_table (id) VALUES (1)"), message);
    assertTrue(message.endsWith("The shadow database is removed; nothing was applied to any other database."
        + " Fix the migration and run generate again."), message);
    assertFalse(message.contains("repair"), message);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void commonDefaultsMakeNoChangeThroughTheShadow(Kind kind) throws Exception {
    List<ResolvedMigration> code = List.of(new ResolvedMigration("1", "events", new DriftMigrations.CreateEvents()));
    SchemaDef shadowed;
    try (ShadowDatabase shadow = ShadowDatabase.create(serverUrl(kind))) {
      shadowed = shadow.replay(code);
    }
    // The models say what the migration says; the database's spelling of the defaults is no change.
    GenerateOutcome result = generate(Replayer.replay(code), shadowed, SchemaSource.SHADOW);
    assertTrue(result instanceof GenerateOutcome.NoChanges, () -> names(result).toString());
  }

  @Test
  void typedOperationsOnWhatRawSqlMadeReplayThroughTheShadow() throws Exception {
    List<ResolvedMigration> code = List.of(WITH_RAW_SQL.get(0), WITH_RAW_SQL.get(1),
        new ResolvedMigration("3", "drop legacy", new ShadowMigrations.DropLegacy()));
    // In memory, dropping a column only raw SQL made is an error ...
    assertEquals(ErrorCode.INVALID_OPERATION, assertThrows(StrataException.class, () -> Replayer.replay(code)).code());
    // ... while the shadow database applies it, and the replay follows the database.
    try (ShadowDatabase shadow = ShadowDatabase.create("sqlite::memory:")) {
      assertEquals(List.of("id", "name"), shadow.replay(code).table("users").orElseThrow().columnNames());
    }
  }

  @Test
  void aPostgresServerUrlKeepsItsParametersButNotItsSchema() {
    assertEquals("jdbc:postgresql://h/db?user=u&currentSchema=s",
        ShadowDatabase.withParameter("jdbc:postgresql://h/db?currentSchema=public&user=u", "currentSchema", "s"));
    assertEquals("jdbc:postgresql://h/db?currentSchema=s", ShadowDatabase.withParameter("jdbc:postgresql://h/db",
        "currentSchema", "s"));
    assertEquals("jdbc:mysql://h:3306/s?user=root", ShadowDatabase.withDatabase("jdbc:mysql://h:3306/test?user=root", "s"));
    assertEquals("jdbc:mysql://h:3306/s?user=root", ShadowDatabase.withDatabase("jdbc:mysql://h:3306?user=root", "s"));
  }

  private GenerateOutcome generate(SchemaDef desired, SchemaDef current, SchemaSource source) {
    return new Generator(GenerateOptions.defaults().withOutputDir(dir).withMode(GenerateMode.DRY_RUN)
        .withAllowDestructive(true)).generate(desired, CurrentSchema.of(current, source));
  }

  /** The operations of a dry run, by name; nothing for another outcome. */
  private static List<String> names(GenerateOutcome result) {
    return result instanceof GenerateOutcome.DryRun dry
        ? dry.upOperations().stream().map(ShadowDatabaseTest::name).toList() : List.of();
  }

  private static String name(Operation op) {
    if (op instanceof Operation.AddColumn add) {
      return "addColumn " + add.table() + " " + add.column().name();
    }
    return op.canonical();
  }
}
