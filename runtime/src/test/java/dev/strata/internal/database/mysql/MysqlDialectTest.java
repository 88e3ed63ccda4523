package dev.strata.internal.database.mysql;

import static dev.strata.ddl.Ddl.*;
import static dev.strata.fixtures.UserTable.LIVE;
import static dev.strata.fixtures.UserTable.NONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.annotations.ReferentialAction;
import dev.strata.fixtures.Defs;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL the MySQL dialect and its MariaDB variant write, compared as text. */
class MysqlDialectTest {

  @Test
  void mysqlCreateTableIsOneStatementWithItsKeys() {
    TableDef events = Defs.def(table("event").column(column("tenant", INTEGER)).column(column("id", BIGINT).auto())
        .column(column("data", BLOB).defaultValue("'x'")).primaryKey("tenant", "id")
        .index(index("idx_event_data", "data"))
        .foreignKey(foreignKey("fk_event_tenant", "tenant").references("tenant", "id")
            .onDelete(ReferentialAction.CASCADE))
        );
    assertEquals(List.of("CREATE TABLE `event` (\n"
        + "  `tenant` INT NOT NULL,\n"
        + "  `id` BIGINT AUTO_INCREMENT NOT NULL,\n"
        + "  `data` LONGBLOB NOT NULL DEFAULT ('x'),\n"
        + "  PRIMARY KEY (`tenant`, `id`),\n"
        + "  KEY `strata_auto_id` (`id`),\n"
        + "  KEY `idx_event_data` (`data`),\n"
        + "  CONSTRAINT `fk_event_tenant` FOREIGN KEY (`tenant`) REFERENCES `tenant` (`id`)"
        + " ON DELETE CASCADE ON UPDATE NO ACTION\n"
        + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"), MysqlDialect.MYSQL.render(new Operation.CreateTable(events), NONE));
    assertTrue(MysqlDialect.MARIADB.render(new Operation.CreateTable(events), NONE).get(0)
        .contains("`data` LONGBLOB NOT NULL DEFAULT 'x',"), "MariaDB takes literal BLOB defaults");
  }

  @Test
  void mysqlModifyColumnRestatesAutoIncrement() {
    Operation op = new Operation.AlterColumn("user", Defs.def(column("id", INTEGER)));
    assertEquals(List.of("ALTER TABLE `user` MODIFY COLUMN `id` INT AUTO_INCREMENT NOT NULL"),
        MysqlDialect.MARIADB.render(op, LIVE));
  }

  @Test
  void mysqlDropPrimaryKeyFirstDropsAutoIncrement() {
    assertEquals(List.of("ALTER TABLE `user` MODIFY COLUMN `id` BIGINT NOT NULL, DROP PRIMARY KEY"),
        MysqlDialect.MARIADB.render(new Operation.DropPrimaryKey("user"), LIVE));
  }

  @Test
  void mysqlDropForeignKeyAlsoDropsItsIndex() {
    Operation op = new Operation.DropForeignKey("post", "fk_post_user");
    assertEquals(List.of("ALTER TABLE `post` DROP FOREIGN KEY `fk_post_user`, DROP INDEX IF EXISTS `fk_post_user`"),
        MysqlDialect.MARIADB.render(op, NONE));
    List<String> mysql = MysqlDialect.MYSQL.render(op, NONE);
    assertEquals("ALTER TABLE `post` DROP FOREIGN KEY `fk_post_user`", mysql.get(0));
    assertEquals(5, mysql.size());
  }

  @Test
  void mysqlRefusesSetDefault() {
    Operation op = new Operation.AddForeignKey("post", Defs.def(foreignKey("fk_post_user", "user_id").references("user", "id")
        .onDelete(ReferentialAction.SET_DEFAULT)));
    StrataException e = assertThrows(StrataException.class, () -> MysqlDialect.MARIADB.render(op, NONE));
    assertEquals(ErrorCode.INVALID_OPERATION, e.code());
    assertTrue(e.getMessage().contains("fk_post_user") && e.getMessage().contains("SET DEFAULT"), e.getMessage());
  }

  @Test
  void mysqlTimestampsTakeTheCurrentTimeAtTheirPrecision() {
    Operation op = new Operation.AddColumn("user", Defs.def(column("at", TIMESTAMP).defaultValue("CURRENT_TIMESTAMP")));
    assertEquals(List.of("ALTER TABLE `user` ADD COLUMN `at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)"),
        MysqlDialect.MYSQL.render(op, NONE));
  }
}
