package dev.strata.internal.introspect;

import dev.strata.fixtures.Defs;
import static dev.strata.ddl.Ddl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.Database;
import dev.strata.internal.database.Dialects;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchemaRefinerTest {

  @ParameterizedTest
  @EnumSource(Database.class)
  void aDatabaseThatAgreesGivesTheReplayedSchemaBack(Database database) {
    SqlDialect dialect = Dialects.forDatabase(database);
    SchemaDef replayed = RichSchema.schema(database);
    SchemaDef introspected = dialect.project(replayed);
    SchemaDef refined = new SchemaRefiner(dialect).refine(replayed, introspected);
    assertEquals(replayed.withoutHints(), refined);
    assertEquals(introspected, dialect.project(refined));
    assertEquals(introspected, dialect.project(introspected), "an introspected schema projects to itself");
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void differencesTakeTheDatabasesForm(Database database) {
    SqlDialect dialect = Dialects.forDatabase(database);
    SchemaDef replayed = RichSchema.schema(database);
    ColumnType odd = ColumnType.raw("VARCHAR(7)");
    SchemaDef introspected = dialect.project(replayed
        .withoutTable("log")
        .mapTable("user", t -> t.withColumn(Defs.def(column("nickname", Defs.sqlType(odd)).nullable()))
            .mapColumn("name", c -> c.withType(ColumnType.raw("CHAR(9)")))
            .withIndex(Defs.def(index("idx_user_nickname", "nickname"))))
        .mapTable("group", t -> t.mapColumn("select", c -> c.withDefaultValue("'x'"))));
    SchemaDef refined = new SchemaRefiner(dialect).refine(replayed, introspected);

    TableDef user = refined.table("user").orElseThrow();
    TableDef seen = introspected.table("user").orElseThrow();
    assertEquals(seen.column("nickname"), user.column("nickname"), "extra column as the database has it");
    assertEquals(seen.column("name"), user.column("name"), "changed type as the database has it");
    assertEquals(replayed.table("user").orElseThrow().column("uid"), user.column("uid"), "agreeing column as replayed");
    assertEquals(seen.indexes(), user.indexes());
    assertEquals(Optional.empty(), refined.table("log"), "a table the database lacks is gone");
    String changedDefault = introspected.table("group").orElseThrow().column("select").orElseThrow().defaultValue();
    assertEquals(replayed.table("group").orElseThrow().column("select").map(c -> c.withDefaultValue(changedDefault)),
        refined.table("group").orElseThrow().column("select"), "replayed type, the database's default");
    assertEquals(introspected, dialect.project(refined));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void handWrittenSqlShowsUpInTheRefinedSchemaAndAsDrift(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      SqlDialect dialect = Dialects.detect(db.connection());
      SchemaDef replayed = RichSchema.schema(dialect.database());
      for (TableDef table : RichSchema.tables(dialect.database())) {
        db.execute(dialect.render(new Operation.CreateTable(table), n -> Optional.empty()).toArray(String[]::new));
      }
      db.execute("ALTER TABLE log ADD COLUMN level INTEGER", "CREATE INDEX idx_log_level ON log (level)");
      SchemaDef introspected = Dialects.introspector(db.connection()).schema();

      SchemaDef refined = new SchemaRefiner(dialect).refine(replayed, introspected);
      TableDef log = refined.table("log").orElseThrow();
      assertEquals(List.of("at", "message", "level"), log.columnNames());
      assertEquals(List.of(Defs.def(index("idx_log_level", "level"))), log.indexes());
      assertEquals(replayed.withoutTable("log"), refined.withoutTable("log"));
      assertEquals(List.of(
          "column log.level exists in the database but in no migration",
          "index idx_log_level on log exists in the database but in no migration"),
          new SchemaDrift(dialect).differences(replayed, introspected));
    }
  }
}
