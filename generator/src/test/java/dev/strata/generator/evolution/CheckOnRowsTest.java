package dev.strata.generator.evolution;

import static dev.strata.ddl.Ddl.BIGINT;
import static dev.strata.ddl.Ddl.INTEGER;
import static dev.strata.ddl.Ddl.check;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.table;
import static dev.strata.ddl.Ddl.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ddl.TableBuilder;
import dev.strata.fixtures.Defs;
import dev.strata.fixtures.OperationsMigration;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import dev.strata.generator.diff.DiffResult;
import dev.strata.generator.diff.SchemaDiff;
import dev.strata.generator.shadow.ShadowDatabase;
import dev.strata.internal.database.Dialects;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.runner.Runner;
import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.model.CheckExpressions;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks through generate and migrate on each database, with rows: the generated migration creates
 * them, the database enforces them, reading the database back (as {@code generate --from-db} does)
 * finds no change, and a changed model (an expression changed, a check added, one removed) gives a
 * migration that applies to the rows and after which a second diff is empty again.
 */
class CheckOnRowsTest {

  static Stream<Kind> kinds() {
    return Stream.of(Kind.values());
  }

  private static TableBuilder orders() {
    return table("orders")
        .column(column("id", BIGINT))
        .column(column("total", INTEGER))
        .column(column("status", varchar(20)))
        .primaryKey("id");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void generatedChecksApplyReadBackAndChange(Kind kind) throws Exception {
    SchemaDef first = new SchemaDef(List.of(Defs.def(orders()
        .check(check("ck_orders_1", "total >= 0 AND total < 1000000"))
        .check(check("ck_orders_status", "status IN ('open', 'paid', 'void')"))
        .check(check("ck_orders_void", "status <> 'void' OR total = 0")))));
    SchemaDef second = new SchemaDef(List.of(Defs.def(orders()
        .check(check("ck_orders_1", "total BETWEEN 0 AND 500"))
        .check(check("ck_orders_status", "status IN ('open', 'paid', 'void')"))
        .check(check("ck_orders_id", "id > 0")))));
    try (TestDatabase db = TestDatabases.open(kind)) {
      List<ResolvedMigration> migrations = new ArrayList<>();
      migrate(db, migrations, SchemaDiff.compare(SchemaDef.EMPTY, first));
      db.execute("INSERT INTO orders (id, total, status) VALUES (1, 10, 'open'), (2, 0, 'void'), (3, 400, 'paid')");
      assertThrows(SQLException.class,
          () -> db.execute("INSERT INTO orders (id, total, status) VALUES (4, 5, 'void')"), "ck_orders_void");
      assertThrows(SQLException.class,
          () -> db.execute("INSERT INTO orders (id, total, status) VALUES (4, 5, 'lost')"), "ck_orders_status");
      assertReadsBackAs(db, migrations, first);

      DiffResult change = SchemaDiff.compare(current(db, migrations), second);
      assertEquals(List.of("dropCheck orders ck_orders_1", "dropCheck orders ck_orders_void",
              "addCheck orders ck_orders_1 (total BETWEEN 0 AND 500)", "addCheck orders ck_orders_id (id > 0)"),
          change.upOperations().stream().map(Operation::canonical).toList());
      migrate(db, migrations, change);
      db.execute("INSERT INTO orders (id, total, status) VALUES (4, 0, 'void')");
      assertThrows(SQLException.class,
          () -> db.execute("INSERT INTO orders (id, total, status) VALUES (5, 600, 'open')"), "the new expression");
      assertReadsBackAs(db, migrations, second);
      assertEquals(4, count(db));
    }
  }

  private static void migrate(TestDatabase db, List<ResolvedMigration> migrations, DiffResult diff) {
    assertEquals(List.of(), diff.refusals());
    migrations.add(OperationsMigration.resolved(String.valueOf(migrations.size() + 1), "step", diff.upOperations()));
    Runner.configure().dataSource(db.dataSource()).migrations(migrations).build().migrate();
  }

  /** The schema {@code generate --from-db} reads: the database joined with the replayed migrations. */
  private static SchemaDef current(TestDatabase db, List<ResolvedMigration> migrations) {
    return ShadowDatabase.readLive(db.connection(), migrations).schema();
  }

  private static void assertReadsBackAs(TestDatabase db, List<ResolvedMigration> migrations, SchemaDef desired)
      throws SQLException {
    assertTrue(SchemaDiff.compare(current(db, migrations), desired).isEmpty(), "a second generate finds nothing");
    TableDef raw = Dialects.introspector(db.connection()).schema().table("orders").orElseThrow();
    TableDef wanted = desired.table("orders").orElseThrow();
    assertEquals(wanted.checks().stream().map(CheckDef::name).toList(),
        raw.checks().stream().map(CheckDef::name).toList());
    for (CheckDef check : wanted.checks()) {
      String stored = raw.check(check.name()).orElseThrow().expression();
      assertTrue(CheckExpressions.equivalent(check.expression(), stored), check + " is stored as " + stored);
    }
  }

  private static int count(TestDatabase db) throws SQLException {
    Connection c = db.connection();
    try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM orders")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
