package dev.strata.internal.database;

import static dev.strata.ddl.Ddl.INTEGER;
import static dev.strata.ddl.Ddl.check;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.Database;
import dev.strata.fixtures.Defs;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.operation.Operation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SQL of checks per database; MySQL's is tested here only, since the test server is MariaDB. */
class CheckRenderingTest {

  private static final Operation ADD = new Operation.AddCheck("orders", Defs.def(check("ck_orders_total", "total >= 0")));
  private static final Operation DROP = new Operation.DropCheck("orders", "ck_orders_total");

  private static List<String> render(Database database, Operation op) {
    SqlDialect dialect = Dialects.forDatabase(database);
    return dialect.render(op, name -> Optional.empty());
  }

  @Test
  void addAndDropOnPostgresqlMysqlAndMariadb() {
    assertEquals(List.of("ALTER TABLE \"orders\" ADD CONSTRAINT \"ck_orders_total\" CHECK (total >= 0)"),
        render(Database.POSTGRESQL, ADD));
    assertEquals(List.of("ALTER TABLE \"orders\" DROP CONSTRAINT \"ck_orders_total\""), render(Database.POSTGRESQL, DROP));
    assertEquals(List.of("ALTER TABLE `orders` ADD CONSTRAINT `ck_orders_total` CHECK (total >= 0)"),
        render(Database.MYSQL, ADD));
    assertEquals(List.of("ALTER TABLE `orders` DROP CHECK `ck_orders_total`"), render(Database.MYSQL, DROP),
        "DROP CHECK works on every MySQL that enforces checks (8.0.16+)");
    assertEquals(List.of("ALTER TABLE `orders` ADD CONSTRAINT `ck_orders_total` CHECK (total >= 0)"),
        render(Database.MARIADB, ADD));
    assertEquals(List.of("ALTER TABLE `orders` DROP CONSTRAINT `ck_orders_total`"), render(Database.MARIADB, DROP));
  }

  @Test
  void createTableCarriesChecksInlineOnEveryDatabase() {
    Operation create = new Operation.CreateTable(Defs.def(table("orders").column(column("total", INTEGER))
        .check(check("ck_orders_total", "total >= 0"))));
    assertEquals("CREATE TABLE \"orders\" (\n  \"total\" INTEGER NOT NULL,\n"
        + "  CONSTRAINT \"ck_orders_total\" CHECK (total >= 0)\n)", render(Database.POSTGRESQL, create).get(0));
    assertEquals("CREATE TABLE \"orders\" (\n  \"total\" INTEGER NOT NULL,\n"
        + "  CONSTRAINT \"ck_orders_total\" CHECK (total >= 0)\n)", render(Database.SQLITE, create).get(0));
    assertEquals("CREATE TABLE `orders` (\n  `total` INT NOT NULL,\n"
        + "  CONSTRAINT `ck_orders_total` CHECK (total >= 0)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4",
        render(Database.MYSQL, create).get(0));
  }
}
