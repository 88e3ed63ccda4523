package dev.strata.internal.replay;

import static dev.strata.ddl.Ddl.BIGINT;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.foreignKey;
import static dev.strata.ddl.Ddl.index;
import static dev.strata.ddl.Ddl.table;
import static dev.strata.ddl.Ddl.unique;
import static dev.strata.ddl.Ddl.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ErrorCode;
import dev.strata.Migration;
import dev.strata.MigrationContext;
import dev.strata.StrataException;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.operation.OperationRecorder;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.annotations.ReferentialAction;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayerTest {

  private static List<Operation> record(java.util.function.Consumer<OperationRecorder> body) {
    OperationRecorder recorder = new OperationRecorder();
    body.accept(recorder);
    return recorder.operations();
  }

  private static SchemaDef blog() {
    return Replayer.replay(SchemaDef.EMPTY, record(db -> {
      db.createTable(table("users")
          .column(column("id", BIGINT).auto())
          .column(column("email", varchar(255)))
          .primaryKey("id")
          .index(unique("uq_users_email", "email")));
      db.createTable(table("posts")
          .column(column("id", BIGINT).auto())
          .column(column("user_id", BIGINT))
          .column(column("title", varchar(200)))
          .primaryKey("id")
          .foreignKey(foreignKey("fk_posts_user_id", "user_id").references("users", "id")
              .onDelete(ReferentialAction.CASCADE)));
      db.createIndex("posts", index("idx_posts_title", "title"));
    }), "test");
  }

  @Test
  void createsTablesWithKeysIndexesAndForeignKeys() {
    SchemaDef schema = blog();
    TableDef posts = schema.table("posts").orElseThrow();
    assertEquals(List.of("id", "user_id", "title"), posts.columnNames());
    assertEquals(List.of("id"), posts.primaryKey());
    assertEquals("users", posts.foreignKey("fk_posts_user_id").orElseThrow().referencedTable());
    assertTrue(posts.index("idx_posts_title").isPresent());
    assertTrue(schema.table("users").orElseThrow().index("uq_users_email").orElseThrow().unique());
  }

  @Test
  void renamesFollowIntoKeysIndexesAndReferences() {
    SchemaDef schema = Replayer.replay(blog(), record(db -> {
      db.renameTable("users", "accounts");
      db.renameColumn("accounts", "id", "account_id");
      db.renameColumn("posts", "title", "headline");
    }), "test");
    TableDef accounts = schema.table("accounts").orElseThrow();
    assertEquals(List.of("account_id"), accounts.primaryKey());
    TableDef posts = schema.table("posts").orElseThrow();
    assertEquals("accounts", posts.foreignKey("fk_posts_user_id").orElseThrow().referencedTable());
    assertEquals(List.of("account_id"), posts.foreignKey("fk_posts_user_id").orElseThrow().referencedColumns());
    assertEquals(List.of("headline"), posts.index("idx_posts_title").orElseThrow().columns());
  }

  @Test
  void alterColumnChangesTypeNullabilityAndDefault() {
    SchemaDef schema = Replayer.replay(blog(), record(db ->
        db.alterColumn("posts", column("title", varchar(50)).nullable().defaultValue("'untitled'"))), "test");
    var title = schema.table("posts").orElseThrow().column("title").orElseThrow();
    assertEquals(ColumnType.varchar(50), title.type());
    assertTrue(title.nullable());
    assertEquals("'untitled'", title.defaultValue());
  }

  @Test
  void refusesWhatADatabaseWouldRefuse() {
    SchemaDef schema = blog();
    assertInvalid(schema, db -> db.dropTable("users"), "foreign key fk_posts_user_id of table posts references it");
    assertInvalid(schema, db -> db.dropColumn("posts", "title"), "index idx_posts_title uses it");
    assertInvalid(schema, db -> db.dropColumn("posts", "id"), "part of the primary key");
    assertInvalid(schema, db -> db.addColumn("nope", column("x", BIGINT)), "table nope does not exist");
    assertInvalid(schema, db -> db.addColumn("posts", column("title", BIGINT)), "already exists");
    assertInvalid(schema, db -> db.dropIndex("posts", "idx_missing"), "has no such index");
  }

  @Test
  void errorsNameTheSource() {
    StrataException e = assertThrows(StrataException.class,
        () -> Replayer.replay(SchemaDef.EMPTY, record(db -> db.dropTable("ghosts")), "migration 1 (V1__x)"));
    assertTrue(e.getMessage().startsWith("migration 1 (V1__x), operation 1 of 1 (dropTable ghosts): table ghosts does not"
        + " exist"), e.getMessage());
    assertTrue(e.getMessage().contains("Fix that operation"), e.getMessage());
  }

  /** Creates table a, then adds a column to a table no migration made. */
  static final class AddsToGhosts implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.createTable(table("a").column(column("id", BIGINT)));
      db.addColumn("ghosts", column("x", BIGINT));
    }
  }

  @Test
  void replayingMigrationsNamesTheMigrationAndTheOperation() {
    StrataException e = assertThrows(StrataException.class,
        () -> Replayer.replay(List.of(new ResolvedMigration("7", "ghosts", new AddsToGhosts()))));
    assertEquals(ErrorCode.INVALID_OPERATION, e.code());
    assertTrue(e.getMessage().startsWith("migration 7 (" + AddsToGhosts.class.getName() + "), operation 2 of 2"
        + " (addColumn ghosts.x): table ghosts does not exist"), e.getMessage());
  }

  @Test
  void rawSqlAndCodeStepsLeaveTheStateAlone() {
    SchemaDef schema = blog();
    assertEquals(schema, Replayer.replay(schema, record(db -> {
      db.executeSql("ALTER TABLE users ADD COLUMN legacy TEXT");
      db.run(connection -> {});
    }), "test"));
  }

  private static void assertInvalid(SchemaDef schema, java.util.function.Consumer<OperationRecorder> body, String expected) {
    StrataException e = assertThrows(StrataException.class, () -> Replayer.replay(schema, record(body), "test"));
    assertEquals(ErrorCode.INVALID_OPERATION, e.code());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
