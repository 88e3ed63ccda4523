package dev.strata.generator;

import static dev.strata.ddl.Ddl.INTEGER;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.table;
import static dev.strata.generator.fixtures.Schemas.schema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.Database;
import dev.strata.StrataException;
import dev.strata.fixtures.Defs;
import dev.strata.internal.database.Dialects;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.SchemaDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one renderer of SQL scripts, shared by {@code sql} and {@code generate --dry-run}. */
class SqlScriptTest {

  private static final Operation CREATE = new Operation.CreateTable(Defs.def(
      table("t").column(column("a", INTEGER)).column(column("b", INTEGER)).primaryKey("a")));
  private static final Operation RELAX = new Operation.AlterColumn("t", Defs.def(column("b", INTEGER).nullable()));

  @Test
  void eachStatementEndsWithASemicolonAndEachOperationSeesTheSchemaBeforeIt() {
    SqlScript script = new SqlScript(Database.SQLITE, SchemaDef.EMPTY);
    List<String> lines = script.render(List.of(CREATE, RELAX));

    SchemaDef afterCreate = schema(table("t").column(column("a", INTEGER)).column(column("b", INTEGER)).primaryKey("a"));
    List<String> expected = new java.util.ArrayList<>();
    Dialects.forDatabase(Database.SQLITE).render(CREATE, SchemaDef.EMPTY::table).forEach(s -> expected.add(s + ";"));
    // SQLite rebuilds t to relax b, from t as the create left it
    List<String> rebuild = Dialects.forDatabase(Database.SQLITE).render(RELAX, afterCreate::table);
    assertTrue(rebuild.size() > 1, rebuild.toString());
    rebuild.forEach(s -> expected.add(s + ";"));
    assertEquals(expected, lines);
    assertTrue(script.state().table("t").orElseThrow().column("b").orElseThrow().nullable());
  }

  @Test
  void aSkippedOperationIsNotPrintedButLaterOnesBuildOnIt() {
    SqlScript all = new SqlScript(Database.SQLITE, SchemaDef.EMPTY);
    List<String> both = all.render(List.of(CREATE, RELAX));
    SqlScript skipping = new SqlScript(Database.SQLITE, SchemaDef.EMPTY);
    skipping.skip(CREATE);
    List<String> second = skipping.render(RELAX);
    assertEquals(both.subList(both.size() - second.size(), both.size()), second);
    assertEquals(all.state(), skipping.state());
  }

  @Test
  void aCodeStepIsAComment() {
    List<String> lines = new SqlScript(Database.POSTGRESQL, SchemaDef.EMPTY)
        .render(List.of(CREATE, new Operation.RunCode(connection -> { })));
    assertEquals(SqlScript.CODE_STEP, lines.get(lines.size() - 1));
    assertEquals("-- (code step: runs Java on the connection)", SqlScript.CODE_STEP);
    assertTrue(lines.get(0).startsWith("CREATE TABLE \"t\"") && lines.get(0).endsWith(";"), lines.toString());
  }

  @Test
  void rawSqlForAnotherDatabasePrintsNothing() {
    SqlScript script = new SqlScript(Database.MYSQL, SchemaDef.EMPTY);
    assertEquals(List.of(), script.render(new Operation.ExecuteSql(Database.POSTGRESQL, "VACUUM")));
    assertEquals(List.of("OPTIMIZE TABLE t;"), script.render(new Operation.ExecuteSql(Database.MYSQL, "OPTIMIZE TABLE t")));
  }

  @Test
  void anOperationThatDoesNotApplyIsAnError() {
    assertThrows(StrataException.class, () -> new SqlScript(Database.SQLITE, SchemaDef.EMPTY).render(RELAX));
  }
}
