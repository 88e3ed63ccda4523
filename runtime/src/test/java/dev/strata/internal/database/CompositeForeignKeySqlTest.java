package dev.strata.internal.database;

import static dev.strata.ddl.Ddl.INTEGER;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.foreignKey;
import static dev.strata.ddl.Ddl.table;
import static dev.strata.ddl.Ddl.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.annotations.ReferentialAction;
import dev.strata.fixtures.Defs;
import dev.strata.internal.database.mysql.MysqlDialect;
import dev.strata.internal.database.postgresql.PostgresDialect;
import dev.strata.internal.database.sqlite.SqliteDialect;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.dialect.TableLookup;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SQL of a composite foreign key on each database: both column lists in the declared pairing
 * order, which is neither table's column order here. docs/models.md quotes these statements.
 */
class CompositeForeignKeySqlTest {

  private static final TableDef BOOKINGS = Defs.def(table("bookings")
      .column(column("id", INTEGER))
      .column(column("slot_no", INTEGER))
      .column(column("slot_room", varchar(20)))
      .primaryKey("id"));
  private static final Operation.AddForeignKey ADD = new Operation.AddForeignKey("bookings",
      Defs.def(foreignKey("fk_bookings_slot_room_slot_no", "slot_room", "slot_no")
          .references("slots", "room", "slot").onDelete(ReferentialAction.CASCADE)));
  private static final TableLookup LIVE = new SchemaDef(List.of(BOOKINGS))::table;

  @Test
  void postgresql() {
    assertEquals(List.of("ALTER TABLE \"bookings\" ADD CONSTRAINT \"fk_bookings_slot_room_slot_no\""
        + " FOREIGN KEY (\"slot_room\", \"slot_no\") REFERENCES \"slots\" (\"room\", \"slot\") ON DELETE CASCADE"),
        render(PostgresDialect.INSTANCE));
  }

  @Test
  void mariadbAndMysql() {
    assertEquals(List.of("ALTER TABLE `bookings` ADD CONSTRAINT `fk_bookings_slot_room_slot_no`"
        + " FOREIGN KEY (`slot_room`, `slot_no`) REFERENCES `slots` (`room`, `slot`)"
        + " ON DELETE CASCADE ON UPDATE NO ACTION"), render(MysqlDialect.MARIADB));
    assertEquals(render(MysqlDialect.MARIADB), render(MysqlDialect.MYSQL));
  }

  @Test
  void sqliteRebuildsTheTableWithTheConstraintInItsDefinition() {
    List<String> create = render(SqliteDialect.INSTANCE).stream()
        .filter(sql -> sql.startsWith("CREATE TABLE")).toList();
    assertEquals(List.of("CREATE TABLE \"_strata_new_bookings\" (\n"
        + "  \"id\" INTEGER NOT NULL,\n"
        + "  \"slot_no\" INTEGER NOT NULL,\n"
        + "  \"slot_room\" TEXT NOT NULL,\n"
        + "  PRIMARY KEY (\"id\"),\n"
        + "  CONSTRAINT \"fk_bookings_slot_room_slot_no\" FOREIGN KEY (\"slot_room\", \"slot_no\")"
        + " REFERENCES \"slots\" (\"room\", \"slot\") ON DELETE CASCADE\n"
        + ")"), create);
  }

  private static List<String> render(SqlDialect dialect) {
    return dialect.render(ADD, LIVE);
  }
}
