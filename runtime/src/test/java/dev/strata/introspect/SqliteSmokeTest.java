package dev.strata.introspect;

import static dev.strata.ddl.Ddl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.dialect.SqliteDialect;
import dev.strata.operation.Operation;
import dev.strata.schema.model.ReferentialAction;
import dev.strata.schema.model.SchemaDef;
import dev.strata.schema.model.TableDef;
import dev.strata.testing.TestDatabases;
import dev.strata.testing.TestDatabases.Kind;
import dev.strata.testing.TestDatabases.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteSmokeTest {
  @Test
  void createsAndReadsBack() throws Exception {
    TableDef users = table("user").column(column("id", BIGINT).auto()).column(column("order", varchar(50)).defaultValue("'x'"))
        .column(column("group", INTEGER).nullable()).primaryKey("id").index(unique("uq_user_order", "order")).toDef();
    TableDef posts = table("posts").column(column("id", BIGINT)).column(column("user_id", BIGINT).nullable())
        .primaryKey("id").index(index("idx_posts_user_id", "user_id"))
        .foreignKey(foreignKey("fk_posts_user_id", "user_id").references("user", "id").onDelete(ReferentialAction.CASCADE))
        .toDef();
    try (TestDatabase db = TestDatabases.open(Kind.SQLITE)) {
      for (TableDef t : List.of(users, posts)) {
        for (String sql : SqliteDialect.INSTANCE.render(new Operation.CreateTable(t), name -> java.util.Optional.empty())) {
          db.execute(sql);
        }
      }
      SchemaDef read = Introspector.forConnection(db.connection()).schema();
      assertEquals(SqliteDialect.INSTANCE.project(new SchemaDef(List.of(users, posts))), read);
    }
  }
}
