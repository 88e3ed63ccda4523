package dev.strata.internal.database.mysql;

import dev.strata.fixtures.Defs;
import static dev.strata.ddl.Ddl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.Database;
import dev.strata.internal.database.Dialects;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.dialect.Introspector;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * InnoDB creates an index for a foreign key that no index covers, named like the key, and keeps it
 * when the key is dropped. Both flavours of the MySQL dialect (MySQL's prepared statement and
 * MariaDB's DROP INDEX IF EXISTS) remove it, whether or not it exists; run on the MySQL server at
 * hand.
 */
class MysqlForeignKeyIndexTest {

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void droppingAForeignKeyLeavesNoIndexBehind(boolean mariadbFlavour) throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.MYSQL)) {
      SqlDialect server = Dialects.detect(db.connection());
      SqlDialect dialect = mariadbFlavour ? MysqlDialect.MARIADB : MysqlDialect.MYSQL;
      if (mariadbFlavour && server.database() != Database.MARIADB) {
        return; // DROP INDEX IF EXISTS is MariaDB syntax
      }
      TableDef parent = Defs.def(table("parent").column(column("id", INTEGER)).primaryKey("id"));
      TableDef child = Defs.def(table("child").column(column("id", INTEGER)).column(column("a", INTEGER))
          .column(column("b", INTEGER)).primaryKey("id").index(index("idx_child_b", "b"))
          .foreignKey(foreignKey("fk_child_a", "a").references("parent", "id"))
          .foreignKey(foreignKey("fk_child_b", "b").references("parent", "id"))
          );
      for (TableDef t : List.of(parent, child)) {
        db.execute(dialect.render(new Operation.CreateTable(t), n -> Optional.empty()).toArray(String[]::new));
      }
      SchemaDef schema = new SchemaDef(List.of(parent, child));
      for (String fk : List.of("fk_child_a", "fk_child_b")) {
        Operation op = new Operation.DropForeignKey("child", fk);
        db.execute(dialect.render(op, Dialects.introspector(db.connection())).toArray(String[]::new));
        schema = schema.mapTable("child", t -> t.withoutForeignKey(fk));
      }
      assertEquals(server.project(schema), Dialects.introspector(db.connection()).schema());
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void droppingTheIndexOrKeyAForeignKeyUsesKeepsTheForeignKeyWorking(boolean mariadbFlavour) throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.MYSQL)) {
      SqlDialect server = Dialects.detect(db.connection());
      SqlDialect dialect = mariadbFlavour ? MysqlDialect.MARIADB : MysqlDialect.MYSQL;
      if (mariadbFlavour && server.database() != Database.MARIADB) {
        return; // ADD INDEX IF NOT EXISTS is MariaDB syntax
      }
      TableDef parent = Defs.def(table("parent").column(column("id", INTEGER)).primaryKey("id"));
      TableDef child = Defs.def(table("child").column(column("a", INTEGER)).column(column("b", INTEGER))
          .primaryKey("a", "b").index(index("idx_child_b", "b"))
          .foreignKey(foreignKey("fk_child_a", "a").references("parent", "id"))
          .foreignKey(foreignKey("fk_child_b", "b").references("parent", "id"))
          );
      for (TableDef t : List.of(parent, child)) {
        db.execute(dialect.render(new Operation.CreateTable(t), n -> Optional.empty()).toArray(String[]::new));
      }
      db.execute("INSERT INTO parent VALUES (1)", "INSERT INTO child VALUES (1, 1)");
      SchemaDef schema = new SchemaDef(List.of(parent, child));
      for (Operation op : List.of(new Operation.DropIndex("child", "idx_child_b"), new Operation.DropPrimaryKey("child"))) {
        db.execute(dialect.render(op, Dialects.introspector(db.connection())).toArray(String[]::new));
        schema = dev.strata.internal.replay.Replayer.apply(schema, op);
      }
      assertEquals(server.project(schema), Dialects.introspector(db.connection()).schema());
      org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
          () -> db.execute("INSERT INTO child VALUES (1, 2)"), "fk_child_b still holds");
    }
  }
}
