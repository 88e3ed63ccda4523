package dev.strata.generator.codegen;

import dev.strata.fixtures.Defs;
import static dev.strata.ddl.Ddl.BIGINT;
import static dev.strata.ddl.Ddl.BLOB;
import static dev.strata.ddl.Ddl.BOOLEAN;
import static dev.strata.ddl.Ddl.DATE;
import static dev.strata.ddl.Ddl.DOUBLE;
import static dev.strata.ddl.Ddl.INTEGER;
import static dev.strata.ddl.Ddl.REAL;
import static dev.strata.ddl.Ddl.SMALLINT;
import static dev.strata.ddl.Ddl.TIME;
import static dev.strata.ddl.Ddl.TINYINT;
import static dev.strata.ddl.Ddl.TIMESTAMP;
import static dev.strata.ddl.Ddl.TIMESTAMP_TZ;
import static dev.strata.ddl.Ddl.UUID;
import static dev.strata.ddl.Ddl.character;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.decimal;
import static dev.strata.ddl.Ddl.foreignKey;
import static dev.strata.ddl.Ddl.index;
import static dev.strata.ddl.Ddl.raw;
import static dev.strata.ddl.Ddl.table;
import static dev.strata.ddl.Ddl.unique;
import static dev.strata.ddl.Ddl.varchar;
import static dev.strata.generator.fixtures.Schemas.comparable;
import static dev.strata.generator.fixtures.Schemas.schema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.strata.ErrorCode;
import dev.strata.annotations.Dialect;
import dev.strata.Migration;
import dev.strata.StrataException;
import dev.strata.ddl.TableBuilder;
import dev.strata.generator.diff.DiffResult;
import dev.strata.generator.diff.SchemaDiff;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.operation.OperationRecorder;
import dev.strata.internal.replay.Replayer;
import dev.strata.annotations.ReferentialAction;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import dev.strata.fixtures.Golden;
import dev.strata.fixtures.InMemoryCompiler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per change kind: the diff's changes are written as Java, compiled in memory, loaded,
 * and recorded; the recorded operations must be the diff's, and replay both ways must land on
 * the right schema.
 */
class MigrationSourceTest {
  private static final String VERSION = "20260102030405";

  private record Generated(String source, List<Operation> up, List<Operation> down, DiffResult diff) {}

  private static Generated generate(SchemaDef current, SchemaDef desired, boolean allowDestructive, String message) {
    DiffResult diff = SchemaDiff.compare(current, desired, allowDestructive);
    assertEquals(List.of(), diff.refusals());
    JavaFile file = MigrationSource.build(diff.changes(), VERSION, message, null);
    String className = file.packageName() + "." + file.typeSpec().name();
    String source = file.toString();
    Migration migration = InMemoryCompiler.migration(InMemoryCompiler.compile(className, source), className);
    List<Operation> up = OperationRecorder.up(migration);
    List<Operation> down = OperationRecorder.down(migration);
    assertEquals(diff.upOperations(), up, source);
    assertEquals(diff.downOperations(), down, source);
    SchemaDef after = Replayer.replay(current, up, "up");
    assertEquals(comparable(desired), comparable(after), source);
    assertEquals(comparable(current), comparable(Replayer.replay(after, down, "down")), source);
    return new Generated(source, up, down, diff);
  }

  private static Generated generate(SchemaDef current, SchemaDef desired) {
    return generate(current, desired, false, "change");
  }

  private static TableBuilder users() {
    return table("users")
        .column(column("id", BIGINT).auto())
        .column(column("email", varchar(255)))
        .column(column("name", varchar(100)))
        .primaryKey("id")
        .index(unique("uq_users_email", "email"));
  }

  private static TableBuilder posts() {
    return table("posts")
        .column(column("id", BIGINT).auto())
        .column(column("user_id", BIGINT))
        .column(column("title", varchar(200)))
        .primaryKey("id");
  }

  private static void assertContains(String source, String... lines) {
    for (String line : lines) {
      assertTrue(source.contains(line), "expected\n" + line + "\nin\n" + source);
    }
  }

  @Test
  void createTableWithEverything() {
    TableBuilder users = table("users")
        .column(column("id", BIGINT).auto())
        .column(column("email", varchar(255)))
        .column(column("bio", varchar(255)).nullable())
        .column(column("status", varchar(20)).defaultValue("'active'"))
        .column(column("balance", decimal(19, 2)).defaultValue("0"))
        .column(column("created_at", TIMESTAMP_TZ))
        .column(column("avatar", BLOB).nullable())
        .column(column("settings", raw("jsonb")).nullable())
        .primaryKey("id")
        .index(unique("uq_users_email", "email"))
        .index(index("idx_users_created_at", "created_at"));
    TableBuilder posts = posts()
        .foreignKey(foreignKey("fk_posts_user_id", "user_id").references("users", "id")
            .onDelete(ReferentialAction.CASCADE));
    Generated g = generate(SchemaDef.EMPTY, schema(posts, users), false, "Create users and posts");
    Golden.assertMatches("create_users_and_posts.java.txt", g.source());
  }

  @Test
  void dropTableCarriesADestructiveCommentAndDownRestoresItsStructure() {
    Generated g = generate(schema(users(), posts()), schema(users()), true, "drop posts");
    assertContains(g.source(),
        "    // Destructive: removes table posts and all its rows\n    db.dropTable(\"posts\");\n",
        "    // Restores the structure of table posts; its rows cannot be restored\n"
            + "    db.createTable(table(\"posts\")\n");
  }

  @Test
  void renameTableAndColumn() {
    TableDef accounts = Defs.def(users()).withName("accounts").withRenamedFrom("users")
        .mapColumn("name", c -> c.withName("full_name").withRenamedFrom("name"));
    TableDef current = Defs.def(posts().foreignKey(foreignKey("fk_posts_user_id", "user_id").references("users", "id")));
    TableDef desiredPosts = current.withForeignKeys(List.of(current.foreignKeys().get(0).withReferencedTable("accounts")));
    Generated g = generate(schema(Defs.def(users()), current), schema(accounts, desiredPosts), false,
        "rename users to accounts");
    Golden.assertMatches("rename_users_to_accounts.java.txt", g.source());
  }

  @Test
  void typeChanges() {
    SchemaDef current = schema(table("products")
        .column(column("id", BIGINT).auto())
        .column(column("name", varchar(255)))
        .column(column("stock", INTEGER))
        .column(column("price", decimal(10, 2)))
        .column(column("note", varchar(40)).nullable())
        .primaryKey("id"));
    SchemaDef desired = schema(table("products")
        .column(column("id", BIGINT).auto())
        .column(column("name", varchar(50)))
        .column(column("stock", BIGINT))
        .column(column("price", decimal(12, 2)))
        .column(column("note", varchar(40)).defaultValue("''"))
        .primaryKey("id"));
    Generated g = generate(current, desired, true, "Shorten product names, widen stock and price");
    Golden.assertMatches("shorten_product_names.java.txt", g.source());
  }

  @Test
  void addColumn() {
    Generated g = generate(schema(users()), schema(users()
        .column(column("bio", varchar(255)).nullable())
        .column(column("score", INTEGER).defaultValue("0"))));
    assertContains(g.source(),
        "    db.addColumn(\"users\", column(\"bio\", varchar(255)).nullable());\n",
        "    db.addColumn(\"users\", column(\"score\", INTEGER).defaultValue(\"0\"));\n",
        "  public void down(MigrationContext db) {\n"
            + "    db.dropColumn(\"users\", \"score\");\n"
            + "    db.dropColumn(\"users\", \"bio\");\n  }\n");
  }

  /**
   * A down() that drops what its own up() created loses only rows written since: no destructive
   * comment there, while dropping what up() did not create keeps it, in up() and in down().
   */
  @Test
  void destructiveCommentsOnlyWhereDataFromBeforeTheMigrationIsLost() {
    Generated created = generate(SchemaDef.EMPTY, schema(users()), false, "create users");
    assertContains(created.source(), "  public void down(MigrationContext db) {\n    db.dropTable(\"users\");\n  }\n");
    assertTrue(!created.source().contains("Destructive"), created.source());

    Generated dropped = generate(schema(users(), posts()), schema(users()), true, "drop posts");
    assertContains(dropped.source(), "    // Destructive: removes table posts and all its rows\n");

    Generated widened = generate(schema(table("t").column(column("n", INTEGER))),
        schema(table("t").column(column("n", BIGINT))), false, "widen n");
    assertContains(widened.source(), "  public void up(MigrationContext db) {\n"
        + "    db.alterColumn(\"t\", column(\"n\", BIGINT));\n  }\n", "  public void down(MigrationContext db) {\n"
        + "    // Destructive: narrows t.n from BIGINT to INTEGER: values that do not fit are lost or make the\n"
        + "    // migration fail\n    db.alterColumn(\"t\", column(\"n\", INTEGER));\n  }\n");
  }

  /**
   * A dropped NOT NULL column without default comes back in down() so that it works on a table
   * with rows: with a temporary zero default, or after a check, first in down(), that the table
   * is empty when no one value can fill the rows.
   */
  @Test
  void droppedNotNullColumnsComeBackWithAZeroValueOrAfterAnEmptyTableCheck() {
    TableBuilder before = table("t").column(column("id", INTEGER)).column(column("n", INTEGER))
        .column(column("code", varchar(10))).index(unique("uq_t_code", "code")).primaryKey("id");
    Generated g = generate(schema(before), schema(table("t").column(column("id", INTEGER)).primaryKey("id")), true,
        "drop n and code");
    assertContains(g.source(), "  public void down(MigrationContext db) {\n"
        + "    // Refuses the rollback while t has rows: down() cannot restore column t.code: it is NOT NULL\n"
        + "    // without a default and is in unique index uq_t_code, so no one value can fill the rows it was\n"
        + "    // dropped from\n"
        + "    db.run(new EmptyTableCheck(\"t\",\n        \"down() cannot restore column t.code: it is NOT NULL without a default and is in unique index uq_t_code, so no one value can fill the rows it was dropped from\"));\n",
        "    // Restores the structure of column t.n with 0 in every row (it is NOT NULL without a default,\n"
            + "    // and its data cannot be restored)\n"
            + "    db.addColumn(\"t\", column(\"n\", INTEGER).defaultValue(\"0\"));\n"
            + "    // Drops the temporary default of t.n\n"
            + "    db.alterColumn(\"t\", column(\"n\", INTEGER));\n");
    assertContains(g.source(), "import dev.strata.EmptyTableCheck;\n");
  }

  /** Imports as a person writes them: the types and each DSL member used, no fully qualified name beyond the one clash. */
  @Test
  void importsNameWhatIsUsedAndNothingIsQualifiedThatAnImportServes() {
    TableBuilder posts = posts().foreignKey(foreignKey("fk_posts_user_id", "user_id").references("users", "id")
        .onDelete(ReferentialAction.CASCADE));
    String source = generate(SchemaDef.EMPTY, schema(users(), posts), false, "init").source();
    List<String> imports = source.lines().filter(l -> l.startsWith("import ")).toList();
    assertEquals(List.of(
        "import static dev.strata.ddl.Ddl.BIGINT;",
        "import static dev.strata.ddl.Ddl.column;",
        "import static dev.strata.ddl.Ddl.foreignKey;",
        "import static dev.strata.ddl.Ddl.table;",
        "import static dev.strata.ddl.Ddl.unique;",
        "import static dev.strata.ddl.Ddl.varchar;",
        "import dev.strata.MigrationContext;",
        "import dev.strata.annotations.Migration;",
        "import dev.strata.annotations.ReferentialAction;"), imports);
    String body = source.substring(source.indexOf("@Migration("));
    // the interface shares the annotation's simple name, so it alone is written out
    assertEquals(List.of("dev.strata.Migration"), qualifiedNames(body));
    assertContains(body, ".onDelete(ReferentialAction.CASCADE)");

    String renames = generate(schema(table("a").column(column("x", INTEGER))),
        schema(Defs.def(table("b").column(column("x", INTEGER))).withRenamedFrom("a")), false, "rename").source();
    assertTrue(renames.lines().noneMatch(l -> l.startsWith("import static")), renames);
  }

  /** The {@code dev.strata...} names written out in {@code code}. */
  private static List<String> qualifiedNames(String code) {
    List<String> names = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("dev\\.strata(\\.\\w+)+").matcher(code);
    while (m.find()) {
      names.add(m.group());
    }
    return names;
  }

  @Test
  void dropColumn() {
    Generated g = generate(schema(users().column(column("bio", varchar(255)).nullable())), schema(users()), true,
        "drop bio");
    Golden.assertMatches("drop_bio.java.txt", g.source());
  }

  @Test
  void alterNullabilityAndDefault() {
    Generated g = generate(
        schema(table("t").column(column("a", INTEGER)).column(column("b", varchar(10)).defaultValue("'x'"))),
        schema(table("t").column(column("a", INTEGER).nullable()).column(column("b", varchar(10)))));
    assertContains(g.source(),
        "    db.alterColumn(\"t\", column(\"a\", INTEGER).nullable());\n",
        "    db.alterColumn(\"t\", column(\"b\", varchar(10)));\n",
        "    db.alterColumn(\"t\", column(\"b\", varchar(10)).defaultValue(\"'x'\"));\n",
        "    // Destructive: makes t.a NOT NULL without a default: rows holding NULL make the migration fail\n"
            + "    db.alterColumn(\"t\", column(\"a\", INTEGER));\n");
  }

  @Test
  void indexesAndUniqueConstraints() {
    Generated g = generate(schema(users().index(index("idx_users_name", "name"))),
        schema(users().index(index("idx_users_name", "name", "email")).index(unique("uq_users_name", "name"))));
    assertContains(g.source(),
        "    db.dropIndex(\"users\", \"idx_users_name\");\n"
            + "    db.createIndex(\"users\", index(\"idx_users_name\", \"name\", \"email\"));\n"
            + "    db.createIndex(\"users\", unique(\"uq_users_name\", \"name\"));\n",
        "    db.dropIndex(\"users\", \"uq_users_name\");\n"
            + "    db.dropIndex(\"users\", \"idx_users_name\");\n"
            + "    db.createIndex(\"users\", index(\"idx_users_name\", \"name\"));\n");
  }

  @Test
  void foreignKeysWithActionsAndLongLinesBroken() {
    Generated g = generate(schema(users(), posts()), schema(users(), posts()
        .foreignKey(foreignKey("fk_posts_user_id", "user_id").references("users", "id"))
        .foreignKey(foreignKey("fk_posts_user_id_cascading_on_delete_and_update", "user_id").references("users", "id")
            .onDelete(ReferentialAction.CASCADE).onUpdate(ReferentialAction.SET_NULL))));
    assertContains(g.source(),
        "    db.addForeignKey(\"posts\", foreignKey(\"fk_posts_user_id\", \"user_id\").references(\"users\", \"id\"));\n",
        "    db.addForeignKey(\"posts\", foreignKey(\"fk_posts_user_id_cascading_on_delete_and_update\", \"user_id\")\n"
            + "        .references(\"users\", \"id\")\n"
            + "        .onDelete(ReferentialAction.CASCADE)\n"
            + "        .onUpdate(ReferentialAction.SET_NULL));\n",
        "import dev.strata.annotations.ReferentialAction;\n",
        "    db.dropForeignKey(\"posts\", \"fk_posts_user_id\");\n");
  }

  @Test
  void compositeForeignKeysListTheirColumnsInPairsAndAChangeIsDropAndAdd() {
    TableBuilder slots = table("slots")
        .column(column("room", varchar(20)))
        .column(column("slot", INTEGER))
        .primaryKey("room", "slot");
    TableBuilder bookings = table("bookings")
        .column(column("id", BIGINT))
        .column(column("slot_no", INTEGER))
        .column(column("slot_room", varchar(20)))
        .primaryKey("id");
    TableDef withKey = Defs.def(bookings.foreignKey(foreignKey("fk_bookings_slot_room_slot_no", "slot_room", "slot_no")
        .references("slots", "room", "slot").onDelete(ReferentialAction.CASCADE)));
    Generated added = generate(schema(slots, table("bookings")
            .column(column("id", BIGINT)).column(column("slot_no", INTEGER)).column(column("slot_room", varchar(20)))
            .primaryKey("id")),
        new SchemaDef(List.of(Defs.def(slots), withKey)));
    assertContains(added.source(),
        "    db.addForeignKey(\"bookings\", foreignKey(\"fk_bookings_slot_room_slot_no\", \"slot_room\", \"slot_no\")\n"
            + "        .references(\"slots\", \"room\", \"slot\")\n"
            + "        .onDelete(ReferentialAction.CASCADE));\n",
        "    db.dropForeignKey(\"bookings\", \"fk_bookings_slot_room_slot_no\");\n");

    TableDef onUpdate = withKey.withForeignKeys(List.of(new ForeignKeyDef("fk_bookings_slot_room_slot_no",
        List.of("slot_room", "slot_no"), "slots", List.of("room", "slot"), ReferentialAction.CASCADE,
        ReferentialAction.CASCADE)));
    Generated changed = generate(new SchemaDef(List.of(Defs.def(slots), withKey)),
        new SchemaDef(List.of(Defs.def(slots), onUpdate)));
    assertEquals(List.of("DropForeignKey", "AddForeignKey"),
        changed.up().stream().map(op -> op.getClass().getSimpleName()).toList(), changed.source());
  }

  @Test
  void primaryKeyChange() {
    Generated g = generate(
        schema(table("t").column(column("a", INTEGER)).column(column("b", INTEGER)).primaryKey("a")),
        schema(table("t").column(column("a", INTEGER)).column(column("b", INTEGER)).primaryKey("a", "b")));
    assertContains(g.source(),
        "  public void up(MigrationContext db) {\n"
            + "    db.dropPrimaryKey(\"t\");\n"
            + "    db.addPrimaryKey(\"t\", \"a\", \"b\");\n  }\n",
        "  public void down(MigrationContext db) {\n"
            + "    db.dropPrimaryKey(\"t\");\n"
            + "    db.addPrimaryKey(\"t\", \"a\");\n  }\n");
  }

  @Test
  void foreignKeyCycleIsAddedAfterBothTables() {
    Generated g = generate(SchemaDef.EMPTY, schema(
        table("a").column(column("id", INTEGER)).column(column("b_id", INTEGER).nullable()).primaryKey("id")
            .foreignKey(foreignKey("fk_a_b", "b_id").references("b", "id")),
        table("b").column(column("id", INTEGER)).column(column("a_id", INTEGER).nullable()).primaryKey("id")
            .foreignKey(foreignKey("fk_b_a", "a_id").references("a", "id"))));
    assertContains(g.source(),
        "        .foreignKey(foreignKey(\"fk_b_a\", \"a_id\").references(\"a\", \"id\")));\n"
            + "    db.addForeignKey(\"a\", foreignKey(\"fk_a_b\", \"b_id\").references(\"b\", \"id\"));\n");
  }

  @Test
  void checksInCreateTableAndAddedDroppedOrChanged() {
    Generated created = generate(SchemaDef.EMPTY, schema(posts().check(dev.strata.ddl.Ddl.check("ck_posts_title",
        "title <> ''"))));
    assertContains(created.source(), "        .check(check(\"ck_posts_title\", \"title <> ''\")));\n",
        "import static dev.strata.ddl.Ddl.check;\n");

    Generated changed = generate(schema(posts().check(dev.strata.ddl.Ddl.check("ck_posts_title", "title <> ''"))),
        schema(posts().check(dev.strata.ddl.Ddl.check("ck_posts_title", "length(title) > 2"))
            .check(dev.strata.ddl.Ddl.check("ck_posts_user", "user_id > 0"))));
    assertContains(changed.source(),
        "    // Drops check ck_posts_title of posts (title <> '') to add it again with its new expression\n"
            + "    db.dropCheck(\"posts\", \"ck_posts_title\");\n",
        "    db.addCheck(\"posts\", check(\"ck_posts_title\", \"length(title) > 2\"));\n",
        "    db.addCheck(\"posts\", check(\"ck_posts_user\", \"user_id > 0\"));\n");
  }

  @Test
  void everyTypeCompilesAndReadsBack() {
    Generated g = generate(SchemaDef.EMPTY, schema(table("all_types")
        .column(column("a", BOOLEAN)).column(column("b", SMALLINT)).column(column("c", INTEGER))
        .column(column("d", BIGINT)).column(column("e", REAL)).column(column("f", DOUBLE))
        .column(column("g", decimal(19, 4))).column(column("h", varchar(12))).column(column("i", character(1)))
        .column(column("j", BLOB)).column(column("k", UUID)).column(column("l", DATE)).column(column("m", TIME))
        .column(column("n", TIMESTAMP)).column(column("o", TIMESTAMP_TZ))
        .column(column("p", raw("text \"quoted\"\nsecond line")).nullable())
        .column(column("q", varchar(5)).defaultValue("'it''s \\ fine'"))
        .column(column("r", TINYINT))
        .column(column("s", raw(Dialect.POSTGRESQL, "jsonb").on(Dialect.MYSQL, "JSON").on(Dialect.SQLITE, "TEXT")))
        .column(column("t", raw("TEXT").on(Dialect.SQLITE, "it's \"odd\"")).nullable())));
    assertContains(g.source(), "column(\"o\", TIMESTAMP_TZ)", "column(\"i\", character(1))",
        "column(\"g\", decimal(19, 4))", "column(\"k\", UUID)", "column(\"r\", TINYINT)",
        "column(\"s\", raw(Dialect.POSTGRESQL, \"jsonb\").on(Dialect.MYSQL, \"JSON\").on(Dialect.SQLITE, \"TEXT\")))",
        "column(\"t\", raw(\"TEXT\").on(Dialect.SQLITE, \"it's \\\"odd\\\"\")).nullable()",
        "import dev.strata.annotations.Dialect;");
  }

  @Test
  void sameChangesGiveTheSameBytes() {
    SchemaDef desired = schema(users(), posts().foreignKey(foreignKey("fk", "user_id").references("users", "id")));
    DiffResult first = SchemaDiff.compare(SchemaDef.EMPTY, desired);
    List<TableDef> reversed = new ArrayList<>(desired.tables());
    Collections.reverse(reversed);
    DiffResult second = SchemaDiff.compare(SchemaDef.EMPTY, new SchemaDef(reversed));
    assertEquals(MigrationSource.build(first.changes(), VERSION, "init", "app.db").toString(),
        MigrationSource.build(second.changes(), VERSION, "init", "app.db").toString());
  }

  @Test
  void headerPackageAndClassShape() {
    String source = generate(SchemaDef.EMPTY, schema(users()), false, "Add users!").source();
    assertTrue(source.startsWith("// Generated by Strata from the difference between the models and the existing "
        + "migrations.\n// Review it before you commit it; you may edit it until it has been applied.\n"
        + "package db.migration;\n\nimport static dev.strata.ddl.Ddl.BIGINT;\n"), source);
    assertContains(source, "\nimport dev.strata.MigrationContext;\nimport dev.strata.annotations.Migration;\n\n"
        + "@Migration(\n    version = \"20260102030405\",\n"
        + "    description = \"Add users!\"\n)\n"
        + "public final class V20260102030405__add_users implements dev.strata.Migration {\n");
  }

  @Test
  void commentsAreWrappedAtWordsAndKeptOnCommentLines() {
    assertEquals("// Destructive: a b\n", MigrationSource.comment("Destructive: ", "a\n  b"));
    String wrapped = MigrationSource.comment("Destructive: ", "word ".repeat(30));
    assertEquals("// Destructive: " + "word ".repeat(15) + "word\n// " + "word ".repeat(13) + "word\n", wrapped);
    assertTrue(wrapped.lines().allMatch(l -> 4 + l.length() <= 100 && l.startsWith("// ")));
  }

  @Test
  void invalidPackageOrMessageIsAUsageError() {
    StrataException pkg = assertThrows(StrataException.class,
        () -> MigrationSource.build(List.of(), VERSION, "x", "db.1migration"));
    assertEquals(ErrorCode.USAGE, pkg.code());
    StrataException msg = assertThrows(StrataException.class,
        () -> MigrationSource.build(List.of(), VERSION, " -- ", null));
    assertEquals(ErrorCode.USAGE, msg.code());
  }
}
