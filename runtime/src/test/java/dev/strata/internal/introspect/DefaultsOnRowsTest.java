package dev.strata.internal.introspect;

import static dev.strata.ddl.Ddl.*;
import static dev.strata.fixtures.LiveOperations.apply;
import static dev.strata.fixtures.LiveOperations.before;
import static dev.strata.fixtures.LiveOperations.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.fixtures.Defs;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import dev.strata.internal.database.Dialects;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.replay.Replayer;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Defaults on tables holding rows: a nullable column made NOT NULL with a default takes the
 * default in its NULL rows, and string defaults are stored and read back character for character.
 */
class DefaultsOnRowsTest {

  @ParameterizedTest
  @EnumSource(Kind.class)
  void notNullWithDefaultBackfillsNullRows(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      SqlDialect dialect = Dialects.detect(db.connection());
      SchemaDef before = before();
      create(db, dialect, before);
      // child.note holds '12', NULL and '7'; child.score 5, NULL, 7
      Operation note = new Operation.AlterColumn("child", Defs.def(column("note", varchar(20)).defaultValue("'Ada Lovelace'")));
      Operation score = new Operation.AlterColumn("child", Defs.def(column("score", INTEGER).defaultValue("0")));

      apply(db, dialect, note);
      apply(db, dialect, score);

      assertEquals(List.of("12", "Ada Lovelace", "7"), values(db, dialect, "note"));
      assertEquals(List.of("5", "0", "7"), values(db, dialect, "score"));
      SchemaDef expected = dialect.project(Replayer.apply(Replayer.apply(before, note), score));
      RoundTripTest.assertSchemasEqual(expected, Dialects.introspector(db.connection()).schema());
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void backslashesInStringDefaultsAreStoredAsWritten(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      SqlDialect dialect = Dialects.detect(db.connection());
      String path = "'C:\\temp\\new ''x'' \\\\n'";
      TableDef table = Defs.def(table("paths")
          .column(column("id", INTEGER))
          .column(column("path", varchar(40)).defaultValue(path))
          .primaryKey("id"));
      apply(db, dialect, new Operation.CreateTable(table));
      db.execute("INSERT INTO " + dialect.quote("paths") + " (" + dialect.quote("id") + ") VALUES (1)");
      Operation alter = new Operation.AlterColumn("paths", Defs.def(column("path", varchar(50)).defaultValue("'D:\\tmp'")));

      assertEquals(List.of("C:\\temp\\new 'x' \\\\n"), values(db, dialect, "paths", "path"));
      SchemaDef created = new SchemaDef(List.of(table));
      SchemaDef actual = Dialects.introspector(db.connection()).schema();
      assertEquals(List.of(), new SchemaDrift(dialect).differences(dialect.project(created), actual));

      apply(db, dialect, alter);
      db.execute("INSERT INTO " + dialect.quote("paths") + " (" + dialect.quote("id") + ") VALUES (2)");
      assertEquals(List.of("C:\\temp\\new 'x' \\\\n", "D:\\tmp"), values(db, dialect, "paths", "path"));
      SchemaDef altered = Replayer.apply(created, alter);
      assertEquals(List.of(), new SchemaDrift(dialect).differences(dialect.project(altered),
          Dialects.introspector(db.connection()).schema()));
    }
  }

  /** A default written by hand with another value than the model's is drift. */
  @ParameterizedTest
  @EnumSource(Kind.class)
  void driftComparesTheStoredDefault(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      SqlDialect dialect = Dialects.detect(db.connection());
      TableDef table = Defs.def(table("paths")
          .column(column("id", INTEGER))
          .column(column("path", varchar(40)).defaultValue("'C:\\temp'"))
          .primaryKey("id"));
      apply(db, dialect, new Operation.CreateTable(table.withColumns(List.of(table.columns().get(0),
          table.columns().get(1).withDefaultValue("'C:/temp'")))));
      List<String> drift = new SchemaDrift(dialect).differences(dialect.project(new SchemaDef(List.of(table))),
          Dialects.introspector(db.connection()).schema());
      assertEquals(1, drift.size(), drift.toString());
      assertTrue(drift.get(0).contains("C:/temp") && drift.get(0).contains("C:\\temp"), drift.get(0));
    }
  }

  private static List<String> values(TestDatabase db, SqlDialect dialect, String name) throws Exception {
    return values(db, dialect, "child", name);
  }

  private static List<String> values(TestDatabase db, SqlDialect dialect, String table, String name) throws Exception {
    List<String> values = new ArrayList<>();
    try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery("SELECT " + dialect.quote(name)
        + " FROM " + dialect.quote(table) + " ORDER BY " + dialect.quote("id"))) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
