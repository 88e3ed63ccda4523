package dev.strata.internal.introspect;

import dev.strata.fixtures.Defs;
import static dev.strata.ddl.Ddl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.internal.database.postgresql.PostgresDialect;
import dev.strata.internal.database.sqlite.SqliteDialect;
import dev.strata.annotations.ReferentialAction;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDriftTest {
  private final SchemaDrift postgres = new SchemaDrift(PostgresDialect.INSTANCE);

  private static TableDef users() {
    return Defs.def(table("users").column(column("id", BIGINT).auto()).column(column("name", varchar(255)))
        .column(column("status", varchar(20)).defaultValue("'draft'")).primaryKey("id")
        .index(unique("uq_users_name", "name")));
  }

  private static TableDef posts() {
    return Defs.def(table("posts").column(column("id", BIGINT)).column(column("user_id", BIGINT))
        .column(column("title", varchar(200))).primaryKey("id")
        .index(index("idx_posts_title", "title"))
        .foreignKey(foreignKey("fk_posts_user_id", "user_id").references("users", "id")));
  }

  private static SchemaDef expected() {
    return new SchemaDef(List.of(users(), posts()));
  }

  @Test
  void noDifferencesWhenTheDatabaseHoldsTheProjection() {
    assertEquals(List.of(), postgres.differences(expected(), PostgresDialect.INSTANCE.project(expected())));
  }

  @Test
  void sizesSqliteCannotStoreAreNoDifference() {
    SchemaDef actual = SqliteDialect.INSTANCE.project(expected());
    SchemaDef wider = expected().mapTable("users", t -> t.mapColumn("name", c -> c.withType(Defs.def(varchar(999)))));
    assertEquals(List.of(), new SchemaDrift(SqliteDialect.INSTANCE).differences(wider, actual));
  }

  @Test
  void columnDifferencesInPlainWords() {
    SchemaDef actual = expected()
        .mapTable("users", t -> t.withColumn(Defs.def(column("nickname", varchar(30)).nullable()))
            .mapColumn("name", c -> c.withType(Defs.def(varchar(100))).withNullable(true))
            .mapColumn("status", c -> c.withDefaultValue(null)))
        .mapTable("posts", t -> t.withoutIndex("idx_posts_title").withoutColumn("title"));
    assertEquals(List.of(
        "column posts.title is missing",
        "index idx_posts_title is missing",
        "column users.nickname exists in the database but in no migration",
        "column users.name is VARCHAR(100) in the database but VARCHAR(255) in the migrations",
        "column users.name is nullable in the database but NOT NULL in the migrations",
        "column users.status has no default in the database but default 'draft' in the migrations"),
        postgres.differences(expected(), actual));
  }

  @Test
  void tableKeyIndexAndForeignKeyDifferences() {
    SchemaDef actual = expected()
        .withTable(Defs.def(table("audit").column(column("at", TIMESTAMP))))
        .mapTable("users", t -> t.withPrimaryKey(List.of()).withIndex(Defs.def(index("idx_users_status", "status")))
            .withoutIndex("uq_users_name").withIndex(Defs.def(index("uq_users_name", "name", "status"))))
        .mapTable("posts", t -> t.withoutForeignKey("fk_posts_user_id").withForeignKey(
            Defs.def(foreignKey("fk_posts_user_id", "user_id").references("users", "id")
                .onDelete(ReferentialAction.CASCADE))));
    assertEquals(List.of(
        "table audit exists in the database but in no migration",
        "foreign key fk_posts_user_id on posts is (user_id) -> users(id) ON DELETE CASCADE in the database"
            + " but (user_id) -> users(id) in the migrations",
        "primary key of users is absent in the database but (id) in the migrations",
        "index idx_users_status on users exists in the database but in no migration",
        "index uq_users_name on users is (name, status) in the database but unique (name) in the migrations"),
        postgres.differences(expected(), actual));
  }

  @Test
  void aPartialIndexDiffersOnlyWhenItsPredicateDoes() {
    SchemaDef wanted = expected().mapTable("users", t -> t.withoutIndex("uq_users_name")
        .withIndex(Defs.def(unique("uq_users_name", "name").where("status = 'active'"))));
    SchemaDef printed = expected().mapTable("users", t -> t.withoutIndex("uq_users_name")
        .withIndex(Defs.def(unique("uq_users_name", "name").where("((status)::text = 'active'::text)"))));
    assertEquals(List.of(), postgres.differences(wanted, printed), "PostgreSQL's spelling is no drift");
    SchemaDef other = expected().mapTable("users", t -> t.withoutIndex("uq_users_name")
        .withIndex(Defs.def(unique("uq_users_name", "name").where("((status)::text <> 'active'::text)"))));
    assertEquals(List.of("index uq_users_name on users is unique (name) WHERE ((status)::text <> 'active'::text) in the"
        + " database but unique (name) WHERE status = 'active' in the migrations"), postgres.differences(wanted, other));
    assertEquals(List.of("index uq_users_name on users is unique (name) in the database but unique (name)"
        + " WHERE status = 'active' in the migrations"), postgres.differences(wanted, expected()));
  }

  @Test
  void missingTableAndGeneratedColumn() {
    SchemaDef actual = new SchemaDef(List.of(PostgresDialect.INSTANCE.project(expected()).table("users")
        .orElseThrow().mapColumn("id", c -> c.withAuto(false))));
    assertEquals(List.of(
        "table posts is missing",
        "column users.id is not generated in the database but generated (identity/auto-increment) in the migrations"),
        postgres.differences(expected(), actual));
  }
}
