package dev.strata.generator.diff;

import dev.strata.fixtures.Defs;
import static dev.strata.ddl.Ddl.BIGINT;
import static dev.strata.ddl.Ddl.DATE;
import static dev.strata.ddl.Ddl.TIMESTAMP_TZ;
import static dev.strata.ddl.Ddl.DOUBLE;
import static dev.strata.ddl.Ddl.INTEGER;
import static dev.strata.ddl.Ddl.REAL;
import static dev.strata.ddl.Ddl.TIMESTAMP;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.decimal;
import static dev.strata.ddl.Ddl.foreignKey;
import static dev.strata.ddl.Ddl.index;
import static dev.strata.ddl.Ddl.raw;
import static dev.strata.ddl.Ddl.table;
import static dev.strata.ddl.Ddl.unique;
import static dev.strata.ddl.Ddl.varchar;
import static dev.strata.generator.fixtures.Schemas.comparable;
import static dev.strata.generator.fixtures.Refusals.message;
import static dev.strata.generator.fixtures.Refusals.messages;
import static dev.strata.generator.fixtures.Schemas.schema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.ddl.TableBuilder;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.replay.Replayer;
import dev.strata.annotations.ReferentialAction;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SchemaDiffTest {

  private static TableBuilder users() {
    return table("users")
        .column(column("id", BIGINT).auto())
        .column(column("email", varchar(255)))
        .primaryKey("id")
        .index(unique("uq_users_email", "email"));
  }

  private static TableBuilder posts() {
    return table("posts")
        .column(column("id", BIGINT).auto())
        .column(column("user_id", BIGINT))
        .column(column("title", varchar(200)))
        .primaryKey("id")
        .foreignKey(foreignKey("fk_posts_user_id", "user_id").references("users", "id"));
  }

  /** Diffs, checks the round trip both ways and that a second diff is empty, returns the result. */
  private static DiffResult diff(SchemaDef current, SchemaDef desired, boolean allowDestructive) {
    DiffResult result = SchemaDiff.compare(current, desired, allowDestructive);
    assertEquals(List.of(), messages(result), "refusals");
    SchemaDef after = Replayer.replay(current, result.upOperations(), "up");
    assertEquals(comparable(desired), comparable(after), "up must reach the desired schema");
    assertEquals(after, result.result());
    assertTrue(SchemaDiff.compare(after, desired).isEmpty(), "second diff must be empty");
    SchemaDef back = Replayer.replay(after, result.downOperations(), "down");
    assertEquals(comparable(current), comparable(back), "down must return to the current schema");
    return result;
  }

  private static DiffResult diff(SchemaDef current, SchemaDef desired) {
    return diff(current, desired, false);
  }

  private static List<String> up(DiffResult result) {
    return result.upOperations().stream().map(Operation::canonical).toList();
  }

  private static List<String> down(DiffResult result) {
    return result.downOperations().stream().map(Operation::canonical).toList();
  }

  @Test
  void equalSchemasGiveNoChange() {
    assertTrue(SchemaDiff.compare(schema(users(), posts()), schema(users(), posts())).isEmpty());
    assertTrue(SchemaDiff.compare(SchemaDef.EMPTY, SchemaDef.EMPTY).isEmpty());
  }

  @Test
  void sourceClassAndHintsAloneGiveNoChange() {
    TableDef hinted = Defs.def(users()).withSourceClass("com.example.User").withRenamedFrom("people")
        .mapColumn("email", c -> c.withRenamedFrom("mail"));
    assertTrue(SchemaDiff.compare(schema(users()), schema(hinted)).isEmpty());
  }

  @Test
  void createTableIsAdditiveAndDroppedOnDown() {
    DiffResult result = diff(SchemaDef.EMPTY, schema(users()));
    assertEquals(List.of("createTable users{id:BIGINT notnull auto, email:VARCHAR(255) notnull; pk=[id]; "
        + "unique uq_users_email[email]; }"), up(result));
    assertEquals(Impact.ADDITIVE, result.changes().get(0).impact());
    assertEquals(List.of("dropTable users"), down(result));
    assertEquals(Impact.DESTRUCTIVE, result.changes().get(0).down().get(0).impact());
  }

  @Test
  void dropTableIsRefusedUnlessAllowed() {
    DiffResult refused = SchemaDiff.compare(schema(users(), posts()), schema(users()));
    assertEquals(List.of("Refused: dropping table posts removes all its rows. Pass --allow-destructive to generate "
        + "it anyway."), messages(refused));
    assertEquals(new Refusal(Refusal.Reason.DESTRUCTIVE, Refusal.Subject.table("posts"),
        "dropping table posts removes all its rows", null), refused.refusals().get(0));

    DiffResult result = diff(schema(users(), posts()), schema(users()), true);
    assertEquals(List.of("dropForeignKey posts fk_posts_user_id", "dropTable posts"), up(result));
    Change drop = result.changes().get(1);
    assertEquals(Impact.DESTRUCTIVE, drop.impact());
    assertEquals("removes table posts and all its rows", drop.comment());
    assertEquals("restores the structure of table posts; its rows cannot be restored", drop.down().get(0).comment());
    assertEquals(List.of("createTable posts{id:BIGINT notnull auto, user_id:BIGINT notnull, title:VARCHAR(200) "
            + "notnull; pk=[id]; ; }",
        "addForeignKey posts fk_posts_user_id[user_id]->users[id] onDelete=NO_ACTION onUpdate=NO_ACTION"), down(result));
  }

  @Test
  void renameTableFollowsTheHintAndStaleHintIsHarmless() {
    SchemaDef desired = schema(Defs.def(users()).withName("accounts").withRenamedFrom("users"), Defs.def(posts())
        .withForeignKeys(List.of(Defs.def(posts()).foreignKeys().get(0).withReferencedTable("accounts"))));
    DiffResult result = diff(schema(users(), posts()), desired);
    assertEquals(List.of("renameTable users accounts"), up(result));
    assertEquals(Impact.MODIFYING, result.changes().get(0).impact());
    assertEquals(List.of("renameTable accounts users"), down(result));
  }

  @Test
  void renameHintIsIgnoredWhenTheOldNameIsGoneOrTheNewOneExists() {
    TableDef accounts = Defs.def(users()).withName("accounts").withRenamedFrom("nobody");
    DiffResult created = diff(SchemaDef.EMPTY, schema(accounts));
    assertEquals(List.of("createTable"), up(created).stream().map(s -> s.split(" ")[0]).toList());
    SchemaDef both = schema(users(), table("accounts").column(column("id", BIGINT)));
    TableDef hinted = Defs.def(table("accounts").column(column("id", BIGINT))).withRenamedFrom("users");
    assertTrue(SchemaDiff.compare(both, schema(Defs.def(users()), hinted)).isEmpty());
  }

  @Test
  void addNullableColumnAndNotNullWithDefault() {
    SchemaDef desired = schema(users()
        .column(column("bio", varchar(500)).nullable())
        .column(column("score", INTEGER).defaultValue("0")));
    DiffResult result = diff(schema(users()), desired);
    assertEquals(List.of("addColumn users bio:VARCHAR(500) null", "addColumn users score:INTEGER notnull default=0"),
        up(result));
    assertEquals(List.of("dropColumn users score", "dropColumn users bio"), down(result));
    assertTrue(result.changes().stream().allMatch(c -> c.impact() == Impact.ADDITIVE));
  }

  @Test
  void addNotNullColumnWithoutDefaultToExistingTableIsRefusedEvenWhenDestructiveIsAllowed() {
    SchemaDef desired = schema(users().column(column("age", INTEGER)));
    for (boolean allow : new boolean[] {false, true}) {
      DiffResult result = SchemaDiff.compare(schema(users()), desired, allow);
      assertEquals(1, result.refusals().size());
      Refusal refusal = result.refusals().get(0);
      assertEquals(Refusal.Reason.NOT_NULL_WITHOUT_DEFAULT, refusal.reason());
      assertEquals(Refusal.Subject.column("users", "age"), refusal.subject());
      assertEquals("Cannot add column users.age: it is NOT NULL without a default, so the rows users already has "
          + "would have no value for it. Either give it a default with `@Column(defaultValue = \"...\")` (an SQL "
          + "literal such as \"0\" or \"'none'\"), or make it nullable (an `Optional<...>` field, a `@Nullable` "
          + "annotation, or `@Column(nullable = true)`).", message(refusal));
    }
  }

  @Test
  void newTableMayHaveNotNullColumnsAndAnAutoColumnMayBeAdded() {
    diff(SchemaDef.EMPTY, schema(table("t").column(column("a", INTEGER)).column(column("b", varchar(3)))));
    DiffResult result = diff(schema(table("t").column(column("a", INTEGER))),
        schema(table("t").column(column("a", INTEGER)).column(column("id", BIGINT).auto()).primaryKey("id")));
    assertEquals(List.of("addColumn t id:BIGINT notnull auto", "addPrimaryKey t [id]"), up(result));
  }

  @Test
  void dropColumnIsRefusedUnlessAllowedAndRestoredAsStructure() {
    SchemaDef current = schema(users().column(column("bio", varchar(500)).nullable()));
    assertEquals(List.of("Refused: dropping column users.bio removes its data. Pass --allow-destructive to generate "
        + "it anyway."), messages(SchemaDiff.compare(current, schema(users()))));
    DiffResult result = diff(current, schema(users()), true);
    assertEquals(List.of("dropColumn users bio"), up(result));
    assertEquals("removes column users.bio and its data", result.changes().get(0).comment());
    assertEquals(List.of("addColumn users bio:VARCHAR(500) null"), down(result));
    assertEquals("restores the structure of column users.bio; its data cannot be restored",
        result.changes().get(0).down().get(0).comment());
  }

  @Test
  void renameColumnFollowsTheHintAndCarriesIndexesAndForeignKeys() {
    SchemaDef current = schema(users(), posts());
    TableDef renamedUsers = Defs.def(users()).mapColumn("id", c -> c.withName("user_id").withRenamedFrom("id"))
        .withPrimaryKey(List.of("user_id"));
    TableDef renamedPosts = Defs.def(posts()).mapColumn("user_id", c -> c.withName("author_id").withRenamedFrom("user_id"))
        .withForeignKeys(List.of(Defs.def(posts()).foreignKeys().get(0)
            .withColumns(List.of("author_id")).withReferencedColumns(List.of("user_id"))));
    DiffResult result = diff(current, schema(renamedPosts, renamedUsers));
    assertEquals(List.of("renameColumn posts user_id author_id", "renameColumn users id user_id"), up(result));
    assertEquals(List.of("renameColumn users user_id id", "renameColumn posts author_id user_id"), down(result));
  }

  @Test
  void renamedTableAndColumnCanChangeInTheSameDiff() {
    SchemaDef current = schema(table("people").column(column("id", INTEGER)).column(column("name", varchar(50)))
        .primaryKey("id").index(index("idx_people_name", "name")));
    TableDef desired = Defs.def(table("persons").column(column("id", INTEGER)).column(column("full_name", varchar(80)).nullable())
        .column(column("age", INTEGER).nullable()).primaryKey("id")
        .index(index("idx_people_name", "full_name")).index(index("idx_persons_age", "age")))
        .withRenamedFrom("people").mapColumn("full_name", c -> c.withRenamedFrom("name"));
    DiffResult result = diff(current, schema(desired));
    assertEquals(List.of("renameTable people persons", "renameColumn persons name full_name",
        "addColumn persons age:INTEGER null", "alterColumn persons full_name:VARCHAR(80) null",
        "createIndex persons index idx_persons_age[age]"), up(result));
    assertEquals(List.of("dropIndex persons idx_persons_age", "alterColumn persons full_name:VARCHAR(50) notnull",
        "dropColumn persons age", "renameColumn persons full_name name", "renameTable persons people"), down(result));
  }

  @Test
  void unhintedColumnRenameIsRefusedWithTheWayOut() {
    SchemaDef current = schema(table("users").column(column("id", BIGINT)).column(column("name", varchar(100))));
    SchemaDef desired = schema(table("users").column(column("id", BIGINT)).column(column("full_name", varchar(100))));
    DiffResult refused = SchemaDiff.compare(current, desired);
    assertEquals(List.of("Table users: did you rename `name` to `full_name`? add `@RenamedFrom(\"name\")` on "
        + "`full_name`, or pass `--allow-destructive` (which drops `name` with its data and adds `full_name`)"),
        messages(refused));
    assertEquals(Refusal.Reason.POSSIBLE_RENAME, refused.refusals().get(0).reason());
    assertEquals("users.name", refused.refusals().get(0).subject().toString());
    assertEquals("drops `name` with its data and adds `full_name`", refused.refusals().get(0).ifAllowed());

    DiffResult allowed = SchemaDiff.compare(current, desired, true);
    assertEquals(List.of(Refusal.Reason.NOT_NULL_WITHOUT_DEFAULT),
        allowed.refusals().stream().map(Refusal::reason).toList());
  }

  @Test
  void unhintedColumnRenameWithNotNullColumnIsDropAndAddWhenAllowed() {
    SchemaDef current = schema(table("users").column(column("id", BIGINT)).column(column("name", varchar(100))));
    SchemaDef desired = schema(table("users").column(column("id", BIGINT))
        .column(column("full_name", varchar(100)).nullable()));
    DiffResult result = diff(current, desired, true);
    assertEquals(List.of("addColumn users full_name:VARCHAR(100) null", "dropColumn users name"), up(result));
  }

  @Test
  void unhintedTableRenameIsRefusedWithTheWayOut() {
    TableDef accounts = Defs.def(users()).withName("accounts").withSourceClass("com.example.Account")
        .withIndexes(List.of(Defs.def(unique("uq_accounts_email", "email"))));
    DiffResult refused = SchemaDiff.compare(schema(users()), schema(accounts));
    assertEquals(List.of("did you rename table `users` to `accounts`? add `@RenamedFrom(\"users\")` on class "
        + "`com.example.Account`, or pass `--allow-destructive` (which drops table `users` with its rows and creates "
        + "`accounts`)"), messages(refused));
    assertEquals(Refusal.Subject.table("users"), refused.refusals().get(0).subject());
    DiffResult allowed = diff(schema(users()), schema(accounts), true);
    assertEquals(List.of("createTable", "dropTable"), up(allowed).stream().map(s -> s.split(" ")[0]).toList());
  }

  @Test
  void wideningTypeChangeIsModifying() {
    SchemaDef current = schema(table("t").column(column("name", varchar(50))).column(column("n", INTEGER))
        .column(column("x", REAL)).column(column("d", decimal(10, 2))));
    SchemaDef desired = schema(table("t").column(column("name", varchar(255))).column(column("n", BIGINT))
        .column(column("x", DOUBLE)).column(column("d", decimal(12, 3))));
    DiffResult result = diff(current, desired);
    assertEquals(List.of("alterColumn t name:VARCHAR(255) notnull", "alterColumn t n:BIGINT notnull",
        "alterColumn t x:DOUBLE notnull", "alterColumn t d:DECIMAL(12,3) notnull"), up(result));
    assertTrue(result.changes().stream().allMatch(c -> c.impact() == Impact.MODIFYING));
    assertEquals(List.of("alterColumn t d:DECIMAL(10,2) notnull", "alterColumn t x:REAL notnull",
        "alterColumn t n:INTEGER notnull", "alterColumn t name:VARCHAR(50) notnull"), down(result));
    assertTrue(result.changes().stream().allMatch(c -> c.down().get(0).impact() == Impact.DESTRUCTIVE));
  }

  @Test
  void everyNarrowingChangeIsListedInTheRefusal() {
    SchemaDef current = schema(table("t").column(column("name", varchar(255))).column(column("n", BIGINT))
        .column(column("x", DOUBLE)).column(column("d", decimal(10, 2))).column(column("e", decimal(10, 2)))
        .column(column("at", TIMESTAMP)).column(column("note", varchar(20)).nullable()));
    SchemaDef desired = schema(table("t").column(column("name", varchar(50))).column(column("n", INTEGER))
        .column(column("x", REAL)).column(column("d", decimal(8, 2))).column(column("e", decimal(10, 1)))
        .column(column("at", INTEGER)).column(column("note", varchar(20))));
    DiffResult refused = SchemaDiff.compare(current, desired);
    assertEquals(List.of(
        "Refused: altering column t.name narrows it from VARCHAR(255) to VARCHAR(50): values that do not fit are lost"
            + " or make the migration fail. Pass --allow-destructive to generate it anyway.",
        "Refused: altering column t.n narrows it from BIGINT to INTEGER: values that do not fit are lost or make the "
            + "migration fail. Pass --allow-destructive to generate it anyway.",
        "Refused: altering column t.x narrows it from DOUBLE to REAL: values that do not fit are lost or make the "
            + "migration fail. Pass --allow-destructive to generate it anyway.",
        "Refused: altering column t.d narrows it from DECIMAL(10,2) to DECIMAL(8,2): values that do not fit are lost "
            + "or make the migration fail. Pass --allow-destructive to generate it anyway.",
        "Refused: altering column t.e narrows it from DECIMAL(10,2) to DECIMAL(10,1): values that do not fit are lost "
            + "or make the migration fail. Pass --allow-destructive to generate it anyway.",
        "Refused: altering column t.at narrows it from TIMESTAMP to INTEGER: values that do not fit are lost or make "
            + "the migration fail. Pass --allow-destructive to generate it anyway.",
        "Refused: altering column t.note makes it NOT NULL without a default: rows holding NULL make the migration "
            + "fail. Pass --allow-destructive to generate it anyway."), messages(refused));
    assertEquals(List.of("t.name", "t.n", "t.x", "t.d", "t.e", "t.at", "t.note"),
        refused.refusals().stream().map(r -> r.subject().toString()).toList());
    DiffResult allowed = diff(current, desired, true);
    assertEquals(7, allowed.changes().size());
    assertTrue(allowed.changes().stream().allMatch(c -> c.impact() == Impact.DESTRUCTIVE));
    assertEquals("narrows t.name from VARCHAR(255) to VARCHAR(50): values that do not fit are lost or make the "
        + "migration fail", allowed.changes().get(0).comment());
  }

  /** A change that widens as a logical type but loses data on one database is refused, naming it. */
  @Test
  void aChangeThatLosesDataOnOneDatabaseIsRefusedNamingIt() {
    SchemaDef current = schema(table("t").column(column("at", TIMESTAMP)).column(column("day", DATE))
        .column(column("since", DATE)));
    SchemaDef desired = schema(table("t").column(column("at", TIMESTAMP_TZ)).column(column("day", TIMESTAMP_TZ))
        .column(column("since", TIMESTAMP)));
    DiffResult refused = SchemaDiff.compare(current, desired);
    assertEquals(List.of(
        "Refused: altering column t.at changes it from DATETIME(6) to TIMESTAMP(6) on MySQL and MariaDB, where "
            + "TIMESTAMP(6) holds only 1970-01-01 00:00:01 to 2038-01-19 03:14:07 UTC, DATETIME(6) years 1000 to 9999:"
            + " rows outside that range make the migration fail. Pass --allow-destructive to generate it anyway.",
        "Refused: altering column t.day changes it from DATE to TIMESTAMP(6) on MySQL and MariaDB, where "
            + "TIMESTAMP(6) holds only 1970-01-01 00:00:01 to 2038-01-19 03:14:07 UTC, DATE years 1000 to 9999:"
            + " rows outside that range make the migration fail. Pass --allow-destructive to generate it anyway."),
        messages(refused));
    DiffResult allowed = diff(current, desired, true);
    assertEquals(Impact.DESTRUCTIVE, allowed.changes().get(0).impact());
    assertEquals(Impact.MODIFYING, allowed.changes().get(2).impact());
    assertTrue(allowed.changes().get(0).comment().startsWith("changes t.at from DATETIME(6) to TIMESTAMP(6) on MySQL"),
        allowed.changes().get(0).comment());
  }

  @Test
  void nullabilityAndDefaultChanges() {
    SchemaDef current = schema(table("t").column(column("a", INTEGER)).column(column("b", INTEGER).nullable())
        .column(column("c", INTEGER).defaultValue("1")));
    SchemaDef desired = schema(table("t").column(column("a", INTEGER).nullable())
        .column(column("b", INTEGER).defaultValue("0")).column(column("c", INTEGER).defaultValue(" 2 ")));
    DiffResult result = diff(current, desired);
    assertEquals(List.of("alterColumn t a:INTEGER null", "alterColumn t b:INTEGER notnull default=0",
        "alterColumn t c:INTEGER notnull default= 2 "), up(result));
    assertTrue(result.changes().stream().allMatch(c -> c.impact() == Impact.MODIFYING));
  }

  @Test
  void equalTypesInOtherSpellingsAndTrimmedDefaultsGiveNoChange() {
    SchemaDef current = schema(table("t").column(column("a", INTEGER)).column(column("b", varchar(255)))
        .column(column("c", raw("TEXT"))).column(column("d", BIGINT).defaultValue("0")));
    SchemaDef desired = schema(table("t").column(column("a", raw("int4"))).column(column("b", raw("varchar(255)")))
        .column(column("c", raw("text"))).column(column("d", raw("INT8")).defaultValue(" 0 ")));
    assertTrue(SchemaDiff.compare(current, desired).isEmpty());
  }

  @Test
  void alterKeepsTheCurrentSpellingOfAnEquivalentType() {
    SchemaDef current = schema(table("t").column(column("a", INTEGER)));
    SchemaDef desired = schema(table("t").column(column("a", raw("int4")).nullable()));
    assertEquals(List.of("alterColumn t a:INTEGER null"), up(diff(current, desired)));
  }

  @Test
  void addingOrRemovingAutoIsRefusedEvenWhenDestructiveIsAllowed() {
    SchemaDef current = schema(table("t").column(column("id", BIGINT)).primaryKey("id"));
    SchemaDef desired = schema(table("t").column(column("id", BIGINT).auto()).primaryKey("id"));
    DiffResult result = SchemaDiff.compare(current, desired, true);
    assertEquals(List.of("Cannot add @Auto to t.id: an existing column cannot start or stop being generated by the "
        + "database. Do it in two steps: remove the field and generate with --allow-destructive, then add it back "
        + "and generate again."), messages(result));
    assertEquals(Refusal.Reason.UNSUPPORTED, result.refusals().get(0).reason());
    assertEquals(Refusal.Subject.column("t", "id"), result.refusals().get(0).subject());
  }

  @Test
  void indexesAndUniqueConstraints() {
    SchemaDef current = schema(users().column(column("name", varchar(100))).index(index("idx_users_name", "name")));
    SchemaDef desired = schema(users().column(column("name", varchar(100)))
        .index(index("idx_users_name", "name", "email")).index(unique("uq_users_name", "name")));
    DiffResult result = diff(current, desired);
    assertEquals(List.of("dropIndex users idx_users_name", "createIndex users index idx_users_name[name, email]",
        "createIndex users unique uq_users_name[name]"), up(result));
    assertEquals(List.of(Impact.MODIFYING, Impact.ADDITIVE, Impact.ADDITIVE),
        result.changes().stream().map(Change::impact).toList());

    DiffResult dropUnique = diff(schema(users()), schema(table("users").column(column("id", BIGINT).auto())
        .column(column("email", varchar(255))).primaryKey("id")));
    assertEquals(List.of("dropIndex users uq_users_email"), up(dropUnique));
    assertEquals(List.of("createIndex users unique uq_users_email[email]"), down(dropUnique));
  }

  @Test
  void foreignKeysAddDropAndChangeActions() {
    TableDef plainPosts = Defs.def(table("posts").column(column("id", BIGINT).auto()).column(column("user_id", BIGINT))
        .column(column("title", varchar(200))).primaryKey("id"));
    DiffResult add = diff(schema(Defs.def(users()), plainPosts), schema(users(), posts()));
    assertEquals(List.of("addForeignKey posts fk_posts_user_id[user_id]->users[id] onDelete=NO_ACTION "
        + "onUpdate=NO_ACTION"), up(add));
    assertEquals(List.of("dropForeignKey posts fk_posts_user_id"), down(add));

    SchemaDef cascade = schema(Defs.def(users()), plainPosts.withForeignKey(Defs.def(foreignKey("fk_posts_user_id", "user_id")
        .references("users", "id").onDelete(ReferentialAction.CASCADE).onUpdate(ReferentialAction.SET_NULL))));
    DiffResult changed = diff(schema(users(), posts()), cascade);
    assertEquals(List.of("dropForeignKey posts fk_posts_user_id", "addForeignKey posts fk_posts_user_id[user_id]->"
        + "users[id] onDelete=CASCADE onUpdate=SET_NULL"), up(changed));

    DiffResult drop = diff(schema(users(), posts()), schema(Defs.def(users()), plainPosts));
    assertEquals(List.of("dropForeignKey posts fk_posts_user_id"), up(drop));
    assertEquals(Impact.MODIFYING, drop.changes().get(0).impact());
  }

  @Test
  void foreignKeyOnAnAlteredColumnIsDroppedAndAddedBack() {
    SchemaDef current = schema(table("a").column(column("id", INTEGER)).primaryKey("id"),
        table("b").column(column("a_id", INTEGER)).foreignKey(foreignKey("fk_b_a", "a_id").references("a", "id")));
    SchemaDef desired = schema(table("a").column(column("id", BIGINT)).primaryKey("id"),
        table("b").column(column("a_id", BIGINT)).foreignKey(foreignKey("fk_b_a", "a_id").references("a", "id")));
    DiffResult result = diff(current, desired);
    assertEquals(List.of("dropForeignKey b fk_b_a", "alterColumn a id:BIGINT notnull",
        "alterColumn b a_id:BIGINT notnull", "addForeignKey b fk_b_a[a_id]->a[id] onDelete=NO_ACTION "
            + "onUpdate=NO_ACTION"), up(result));
  }

  @Test
  void primaryKeyChangeIsDropAndAdd() {
    SchemaDef current = schema(table("t").column(column("a", INTEGER)).column(column("b", INTEGER)).primaryKey("a"));
    DiffResult result = diff(current,
        schema(table("t").column(column("a", INTEGER)).column(column("b", INTEGER)).primaryKey("a", "b")));
    assertEquals(List.of("dropPrimaryKey t", "addPrimaryKey t [a, b]"), up(result));
    assertEquals(List.of("dropPrimaryKey t", "addPrimaryKey t [a]"), down(result));
    DiffResult removed = diff(current, schema(table("t").column(column("a", INTEGER)).column(column("b", INTEGER))));
    assertEquals(List.of("dropPrimaryKey t"), up(removed));
  }

  @Test
  void newTablesAreCreatedReferencedFirstWithTheirForeignKeysInline() {
    DiffResult result = diff(SchemaDef.EMPTY, schema(posts(), users(),
        table("comments").column(column("id", BIGINT)).column(column("post_id", BIGINT)).primaryKey("id")
            .foreignKey(foreignKey("fk_comments_post_id", "post_id").references("posts", "id"))));
    assertEquals(List.of("users", "posts", "comments"), result.upOperations().stream().map(Operation::table).toList());
    assertEquals(List.of("comments", "posts", "users"), result.downOperations().stream().map(Operation::table).toList());
  }

  @Test
  void aCycleIsBrokenByAddingTheForeignKeyAfterBothTablesExist() {
    SchemaDef desired = schema(
        table("a").column(column("id", INTEGER)).column(column("b_id", INTEGER).nullable()).primaryKey("id")
            .foreignKey(foreignKey("fk_a_b", "b_id").references("b", "id")),
        table("b").column(column("id", INTEGER)).column(column("a_id", INTEGER).nullable()).primaryKey("id")
            .foreignKey(foreignKey("fk_b_a", "a_id").references("a", "id")),
        table("c").column(column("id", INTEGER)).column(column("b_id", INTEGER)).primaryKey("id")
            .foreignKey(foreignKey("fk_c_b", "b_id").references("b", "id")));
    DiffResult result = diff(SchemaDef.EMPTY, desired);
    List<String> up = up(result);
    assertEquals(4, up.size());
    assertTrue(up.get(0).startsWith("createTable a{") && !up.get(0).contains("fk_a_b"), up.get(0));
    assertTrue(up.get(1).startsWith("createTable b{") && up.get(1).contains("fk_b_a"), up.get(1));
    assertTrue(up.get(2).startsWith("createTable c{") && up.get(2).contains("fk_c_b"), up.get(2));
    assertTrue(up.get(3).startsWith("addForeignKey a fk_a_b"), up.get(3));

    DiffResult dropped = diff(desired, SchemaDef.EMPTY, true);
    assertEquals(List.of("dropForeignKey a fk_a_b", "dropForeignKey b fk_b_a", "dropForeignKey c fk_c_b",
        "dropTable c", "dropTable b", "dropTable a"), up(dropped));
  }

  @Test
  void newTableReferencingAColumnAddedInTheSameDiffGetsItsForeignKeyLast() {
    SchemaDef current = schema(table("users").column(column("id", BIGINT)).primaryKey("id"));
    SchemaDef desired = schema(
        table("users").column(column("id", BIGINT)).column(column("code", varchar(10)).nullable()).primaryKey("id")
            .index(unique("uq_users_code", "code")),
        table("badges").column(column("code", varchar(10)))
            .foreignKey(foreignKey("fk_badges_code", "code").references("users", "code")));
    DiffResult result = diff(current, desired);
    assertEquals(List.of("createTable badges{code:VARCHAR(10) notnull; pk=[]; ; }",
        "addColumn users code:VARCHAR(10) null", "createIndex users unique uq_users_code[code]",
        "addForeignKey badges fk_badges_code[code]->users[code] onDelete=NO_ACTION onUpdate=NO_ACTION"), up(result));
  }

  @Test
  void phasesRunInTheDocumentedOrder() {
    SchemaDef current = schema(
        table("old_people").column(column("id", INTEGER)).column(column("name", varchar(50)))
            .column(column("legacy", INTEGER).nullable()).primaryKey("id").index(index("idx_name", "name"))
            .index(index("idx_legacy", "legacy")),
        table("gone").column(column("id", INTEGER)).column(column("person_id", INTEGER))
            .foreignKey(foreignKey("fk_gone_person", "person_id").references("old_people", "id")));
    TableDef people = Defs.def(table("people").column(column("id", INTEGER))
        .column(column("full_name", varchar(80)).nullable()).column(column("age", INTEGER).defaultValue("0"))
        .primaryKey("id", "age").index(index("idx_name", "full_name", "age")))
        .withRenamedFrom("old_people").mapColumn("full_name", c -> c.withRenamedFrom("name"));
    TableDef pets = Defs.def(table("pets").column(column("id", INTEGER)).column(column("owner_id", INTEGER))
        .column(column("owner_age", INTEGER)).foreignKey(foreignKey("fk_pets_owner", "owner_id", "owner_age")
            .references("people", "id", "age")));
    DiffResult result = diff(current, schema(people, pets), true);
    assertEquals(List.of(
        "dropForeignKey gone fk_gone_person",
        "dropIndex old_people idx_legacy",
        "dropIndex old_people idx_name",
        "renameTable old_people people",
        "renameColumn people name full_name",
        "createTable pets{id:INTEGER notnull, owner_id:INTEGER notnull, owner_age:INTEGER notnull; pk=[]; ; }",
        "addColumn people age:INTEGER notnull default=0",
        "dropPrimaryKey people",
        "alterColumn people full_name:VARCHAR(80) null",
        "addPrimaryKey people [id, age]",
        "dropColumn people legacy",
        "dropTable gone",
        "createIndex people index idx_name[full_name, age]",
        "addForeignKey pets fk_pets_owner[owner_id, owner_age]->people[id, age] onDelete=NO_ACTION onUpdate=NO_ACTION"),
        up(result));
  }

  @Test
  void indexNameReusedFromADroppedTableIsDroppedFirst() {
    SchemaDef current = schema(table("a").column(column("x", INTEGER)).index(index("idx_x", "x")));
    SchemaDef desired = schema(table("b").column(column("y", INTEGER)).index(index("idx_x", "y")));
    DiffResult result = diff(current, desired, true);
    assertEquals(List.of("dropIndex a idx_x", "createTable b{y:INTEGER notnull; pk=[]; index idx_x[y]; }",
        "dropTable a"), up(result));
  }

  @Test
  void sameInputInAnyOrderGivesTheSameChanges() {
    List<TableBuilder> tables = new ArrayList<>(List.of(users(), posts(),
        table("tags").column(column("id", INTEGER)).column(column("name", varchar(20))).primaryKey("id"),
        table("post_tags").column(column("post_id", BIGINT)).column(column("tag_id", INTEGER))
            .primaryKey("post_id", "tag_id")
            .foreignKey(foreignKey("fk_pt_post", "post_id").references("posts", "id"))
            .foreignKey(foreignKey("fk_pt_tag", "tag_id").references("tags", "id"))
            .index(index("idx_pt_tag", "tag_id"))));
    List<Operation> expected = SchemaDiff.compare(SchemaDef.EMPTY,
        schema(tables.toArray(TableBuilder[]::new))).upOperations();
    Random random = new Random(7);
    for (int i = 0; i < 10; i++) {
      Collections.shuffle(tables, random);
      assertEquals(expected, SchemaDiff.compare(SchemaDef.EMPTY,
          schema(tables.toArray(TableBuilder[]::new))).upOperations());
    }
  }

  @Test
  void inconsistentDesiredSchemaIsReportedWithItsCause() {
    SchemaDef desired = schema(table("posts").column(column("user_id", BIGINT))
        .foreignKey(foreignKey("fk_posts_user_id", "user_id").references("users", "id")));
    StrataException e = assertThrows(StrataException.class, () -> SchemaDiff.compare(SchemaDef.EMPTY, desired));
    assertEquals(ErrorCode.INVALID_OPERATION, e.code());
    assertTrue(e.getMessage().contains("references table users, which does not exist"), e.getMessage());
  }

  @Test
  void refusedDiffStillReturnsItsChanges() {
    DiffResult refused = SchemaDiff.compare(schema(users(), posts()), SchemaDef.EMPTY);
    assertTrue(refused.isRefused());
    assertFalse(refused.changes().isEmpty());
    assertEquals(2, refused.refusals().size());
    assertTrue(refused.result().tables().isEmpty());
  }
}
