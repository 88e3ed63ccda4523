package dev.strata.internal.runner;

import dev.strata.fixtures.Defs;
import static dev.strata.ddl.Ddl.INTEGER;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.foreignKey;
import static dev.strata.ddl.Ddl.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.Database;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.fixtures.OperationsMigration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectedSchemaTest {

  private static final Operation CREATE_USERS = new Operation.CreateTable(Defs.def(table("users")
      .column(column("id", INTEGER)).primaryKey("id")));

  @Test
  void onlyStatementsThatReadOrWriteRowsLeaveTheSchemaAlone() {
    assertFalse(ExpectedSchema.mayChangeSchema("INSERT INTO users (id) VALUES (1)"));
    assertFalse(ExpectedSchema.mayChangeSchema("-- backfill\nUPDATE users SET id = id + 1"));
    assertFalse(ExpectedSchema.mayChangeSchema("/* seed */ delete from users"));
    assertTrue(ExpectedSchema.mayChangeSchema("ALTER TABLE users ADD COLUMN x INT"));
    assertTrue(ExpectedSchema.mayChangeSchema("CREATE INDEX idx_x ON users (x)"));
    assertTrue(ExpectedSchema.mayChangeSchema("DO $$ BEGIN EXECUTE 'select 1'; END $$"));
    // Several statements in one string: any schema word counts.
    assertTrue(ExpectedSchema.mayChangeSchema("INSERT INTO users VALUES (1); DROP TABLE users"));
  }

  @Test
  void aTableNamedInRawSqlStaysUnknownUnderItsNewName() {
    SchemaDef live = SchemaDef.EMPTY;
    ExpectedSchema expected = ExpectedSchema.replay(List.of(
        migration("1", CREATE_USERS, new Operation.ExecuteSql(null, "ALTER TABLE users ADD COLUMN x INT")),
        migration("2", new Operation.RenameTable("users", "members"),
            new Operation.ExecuteSql(Database.POSTGRESQL, "CREATE INDEX idx_other ON other (x)"))),
        Database.SQLITE, null, live);

    assertEquals(List.of("members"), expected.schema().tables().stream().map(t -> t.name()).toList());
    assertEquals("raw SQL in migration 1 (executeSql) may change it", expected.whyUnknown("members", List.of()));
    // SQL for another database never runs here.
    assertNull(expected.whyUnknown("other", List.of()));
  }

  @Test
  void rawSqlRecreatingAnObjectTheDatabaseHoldsVerbatimNamesNoUnknownTable() {
    String fulltext = "ALTER TABLE `users` ADD FULLTEXT KEY `ft_name` (`name`)";
    ExpectedSchema expected = ExpectedSchema.replay(List.of(
        migration("1", CREATE_USERS, new Operation.ExecuteSql(Database.MARIADB, "  " + fulltext + "\n"))),
        Database.MARIADB, null, SchemaDef.EMPTY, java.util.Set.of(fulltext));
    assertNull(expected.whyUnknown("users", List.of()));

    // Other SQL on the same table still does.
    ExpectedSchema edited = ExpectedSchema.replay(List.of(
        migration("1", CREATE_USERS, new Operation.ExecuteSql(Database.MARIADB, fulltext.replace("name", "email")))),
        Database.MARIADB, null, SchemaDef.EMPTY, java.util.Set.of(fulltext));
    assertEquals("raw SQL in migration 1 (executeSql) may change it", edited.whyUnknown("users", List.of()));
  }

  @Test
  void withABaselineOlderTablesComeFromTheDatabaseAndStayUnknown() {
    SchemaDef live = new SchemaDef(List.of(
        Defs.def(table("customers").column(column("id", INTEGER)).column(column("vip", INTEGER)).primaryKey("id"))));
    ExpectedSchema expected = ExpectedSchema.replay(List.of(migration("6",
        new Operation.CreateTable(Defs.def(table("orders").column(column("id", INTEGER)).column(column("customer_id", INTEGER))
            .primaryKey("id").foreignKey(foreignKey("fk_orders_customer", "customer_id").references("customers", "id"))
            )),
        new Operation.AddColumn("customers", Defs.def(column("vip", INTEGER))))), Database.SQLITE, "5", live);

    assertTrue(expected.schema().hasTable("orders"));
    assertNull(expected.whyUnknown("orders", List.of()));
    assertEquals("it was created before the baseline 5", expected.whyUnknown("customers", List.of()));
  }

  private static ResolvedMigration migration(String version, Operation... ops) {
    return OperationsMigration.resolved(version, "m" + version, List.of(ops));
  }
}
