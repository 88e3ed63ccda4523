package dev.strata.internal.dialect;

import dev.strata.internal.database.Dialects;
import static dev.strata.ddl.Ddl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
