package dev.strata.internal.dialect;

import dev.strata.internal.database.Dialects;
import static dev.strata.ddl.Ddl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.annotations.Dialect;
import dev.strata.fixtures.Defs;
import dev.strata.internal.database.mysql.MysqlDialect;
import dev.strata.internal.database.postgresql.PostgresDialect;
import dev.strata.internal.schema.model.SchemaDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every dialect's {@link SqlDialect#project}, on what no single database owns. */
class ProjectionTest {

  @Test
  void projectionIsIdempotentForRawTypes() {
    var schema = new SchemaDef(List.of(Defs.def(table("t")
        .column(column("a", raw("int4"))).column(column("b", raw("VARCHAR(20)")))
        .column(column("c", raw("text"))).column(column("d", raw("TINYINT(1)"))))));
    for (SqlDialect d : Dialects.all()) {
      assertEquals(d.project(schema), d.project(d.project(schema)), d.database().name());
    }
    assertEquals(Defs.def(INTEGER), PostgresDialect.INSTANCE.project(schema).tables().get(0).columns().get(0).type());
    assertEquals(Defs.def(BOOLEAN), MysqlDialect.MYSQL.project(schema).tables().get(0).columns().get(3).type());
  }

  /** What introspection reads back: a byte column is a SMALLINT on PostgreSQL, a raw type its database's own. */
  @Test
  void bytesAndRawTypesPerDatabaseProjectToWhatEachDatabaseReadsBack() {
    var schema = new SchemaDef(List.of(Defs.def(table("t").column(column("a", TINYINT))
        .column(column("b", raw(Dialect.POSTGRESQL, "JSONB").on(Dialect.MYSQL, "JSON")
            .on(Dialect.SQLITE, "TEXT"))))));
    var pg = PostgresDialect.INSTANCE.project(schema).tables().get(0).columns();
    var my = MysqlDialect.MARIADB.project(schema).tables().get(0).columns();
    var lite = dev.strata.internal.database.sqlite.SqliteDialect.INSTANCE.project(schema).tables().get(0).columns();
    assertEquals(List.of(Defs.def(SMALLINT), Defs.def(raw("jsonb"))), List.of(pg.get(0).type(), pg.get(1).type()));
    assertEquals(List.of(Defs.def(TINYINT), Defs.def(raw("json"))), List.of(my.get(0).type(), my.get(1).type()));
    assertEquals(List.of(Defs.def(INTEGER), Defs.def(raw("TEXT"))), List.of(lite.get(0).type(), lite.get(1).type()));
  }
}
