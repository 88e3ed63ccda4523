package dev.strata.internal.introspect;

import dev.strata.internal.dialect.Introspector;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.Database;
import dev.strata.internal.database.Dialects;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Creating a schema and reading it back gives the dialect's projection of it. */
class RoundTripTest {

  @ParameterizedTest
  @EnumSource(Kind.class)
  void richSchemaReadsBackAsItsProjection(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      SqlDialect dialect = Dialects.detect(db.connection());
      SchemaDef schema = RichSchema.schema(dialect.database());
      for (TableDef table : RichSchema.tables(dialect.database())) {
        db.execute(dialect.render(new Operation.CreateTable(table), name -> Optional.empty()).toArray(String[]::new));
      }
      SchemaDef read = Dialects.introspector(db.connection()).schema();
      SchemaDef expected = dialect.project(schema);
      assertSchemasEqual(expected, read);
      assertEquals(expected, dialect.project(expected), "project is idempotent");
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void tableLookupReadsOneTableAndIgnoresTheHistoryTable(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      SqlDialect dialect = Dialects.detect(db.connection());
      Database database = dialect.database();
      TableDef group = RichSchema.tables(database).get(1);
      db.execute(dialect.render(new Operation.CreateTable(group), name -> Optional.empty()).toArray(String[]::new));
      db.execute("CREATE TABLE strata_schema_history (version VARCHAR(20) PRIMARY KEY)");
      Introspector introspector = Dialects.introspector(db.connection());
      assertEquals(Optional.of(dialect.project(new SchemaDef(java.util.List.of(group))).tables().get(0)),
          introspector.table("group"));
      assertEquals(Optional.empty(), introspector.table("missing"));
      assertEquals(Optional.empty(), introspector.table("strata_schema_history"));
      assertEquals(java.util.List.of("group"),
          introspector.schema().tables().stream().map(TableDef::name).toList());
    }
  }

  static void assertSchemasEqual(SchemaDef expected, SchemaDef actual) {
    assertEquals(expected.tables().stream().map(TableDef::name).toList(),
        actual.tables().stream().map(TableDef::name).toList(), "tables");
    for (TableDef table : expected.tables()) {
      TableDef other = actual.table(table.name()).orElseThrow();
      for (int i = 0; i < Math.max(table.columns().size(), other.columns().size()); i++) {
        assertEquals(i < table.columns().size() ? table.columns().get(i) : null,
            i < other.columns().size() ? other.columns().get(i) : null, "column " + i + " of " + table.name());
      }
      assertEquals(table.primaryKey(), other.primaryKey(), "primary key of " + table.name());
      assertEquals(table.indexes(), other.indexes(), "indexes of " + table.name());
      assertEquals(table.foreignKeys(), other.foreignKeys(), "foreign keys of " + table.name());
    }
    assertEquals(expected, actual);
  }
}
