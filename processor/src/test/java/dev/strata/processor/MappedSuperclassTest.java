package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.strata.processor.Compiled.column;
import static dev.strata.processor.Compiled.compile;
import static dev.strata.processor.Compiled.schemaOf;
import static dev.strata.processor.Compiled.table;
import static dev.strata.processor.ErrorAssertions.assertError;
import static dev.strata.processor.Sources.java;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.LogicalType;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @MappedSuperclass}: inherited fields are columns of the model, with all their annotations. */
class MappedSuperclassTest {

  private static final JavaFileObject ENTITY = java("Entity",
      "@MappedSuperclass",
      "abstract class Entity {",
      "  @Key @Auto long id;",
      "}");

  private static final JavaFileObject AUDITED = java("Audited",
      "@MappedSuperclass",
      "abstract class Audited extends Entity {",
      "  @Index Instant createdAt;",
      "  @Column(nullable = true) Instant updatedAt;",
      "}");

  @Test
  void checksOnAMappedSuperclassAndOnItsFieldsAreChecksOfEveryModelThatExtendsIt() {
    JavaFileObject priced = java("Priced",
        "@MappedSuperclass",
        "@Check(\"price <= list_price\")",
        "abstract class Priced {",
        "  @Key long id;",
        "  @Check(\"price >= 0\") int price;",
        "  int listPrice;",
        "}");
    JavaFileObject offer = java("Offer",
        "@Model",
        "@Check(name = \"ck_offer_name\", value = \"name <> ''\")",
        "@Check(\"list_price < 1000\")",
        "class Offer extends Priced {",
        "  String name;",
        "}");

    TableDef offers = table(schemaOf(priced, offer), "offers");

    // Class-level checks are numbered from the top of the hierarchy down: the superclass's first.
    assertEquals(List.of(
        CheckDef.of("ck_offer_name", "name <> ''"),
        CheckDef.of("ck_offers_1", "price <= list_price"),
        CheckDef.of("ck_offers_3", "list_price < 1000"),
        CheckDef.of("ck_offers_price", "price >= 0")), offers.checks());
  }

  @Test
  void aClassLevelIndexOrForeignKeyOnAMappedSuperclassIsAnErrorThere() {
    JavaFileObject base = java("Base",
        "@MappedSuperclass",
        "@Index(columns = {\"id\", \"code\"})",
        "@ForeignKey(columns = \"id\", references = Other.class)",
        "@ForeignKey(columns = \"code\", references = Other.class, referencedColumns = \"code\")",
        "abstract class Base {",
        "  @Key long id;",
        "  @Unique String code;",
        "}");
    JavaFileObject other = java("Other", "@Model", "class Other { @Key long id; @Unique String code; }");
    JavaFileObject item = java("Item", "@Model", "class Item extends Base { String name; }");

    Compilation compilation = compile(base, other, item);

    assertError(compilation, base, "@Index", Messages.TABLE_LEVEL_ON_SUPERCLASS, "Index", "test.Base");
    assertThat(compilation).hadErrorContaining(String.format(Messages.TABLE_LEVEL_ON_SUPERCLASS, "ForeignKey",
        "test.Base"));
  }

  @Test
  void inheritedColumnsComeFirstFromTheTopOfTheHierarchyDown() {
    JavaFileObject post = java("Post",
        "@Model",
        "class Post extends Audited {",
        "  String title;",
        "}");

    TableDef posts = table(schemaOf(ENTITY, AUDITED, post), "posts");

    assertEquals(List.of("id", "created_at", "updated_at", "title"), posts.columnNames());
    assertEquals(List.of("id"), posts.primaryKey());
    assertTrue(column(posts, "id").auto());
    assertFalse(column(posts, "created_at").nullable());
    assertTrue(column(posts, "updated_at").nullable());
    assertEquals(ColumnType.of(LogicalType.TIMESTAMP_TZ), column(posts, "created_at").type());
    assertEquals(List.of(IndexDef.of("idx_posts_created_at", false, "created_at")), posts.indexes());
  }

  @Test
  void everyModelThatExtendsItGetsTheColumnsUnderItsOwnTableNames() {
    JavaFileObject post = java("Post", "@Model", "class Post extends Audited { String title; }");
    JavaFileObject tag = java("Tag", "@Model", "class Tag extends Audited { @Unique String name; }");

    SchemaDef schema = schemaOf(ENTITY, AUDITED, post, tag);

    assertEquals(List.of("id", "created_at", "updated_at", "name"), table(schema, "tags").columnNames());
    assertEquals(List.of(IndexDef.of("idx_tags_created_at", false, "created_at"),
        IndexDef.of("uq_tags_name", true, "name")), table(schema, "tags").indexes());
    assertEquals(List.of(IndexDef.of("idx_posts_created_at", false, "created_at")), table(schema, "posts").indexes());
  }

  @Test
  void referencesColumnRenamesAndTransientWorkOnInheritedFields() {
    JavaFileObject author = java("Author", "@Model", "class Author { @Key long id; }");
    JavaFileObject owned = java("Owned",
        "@MappedSuperclass",
        "abstract class Owned {",
        "  @Key long id;",
        "  @References(value = Author.class, onDelete = ReferentialAction.CASCADE) long ownerId;",
        "  @RenamedFrom(\"label\") @Column(name = \"title\", length = 80) String name;",
        "  @Transient String cache;",
        "  transient String scratch;",
        "  static int counter;",
        "}");
    JavaFileObject note = java("Note", "@Model", "class Note extends Owned { String body; }");

    TableDef notes = table(schemaOf(author, owned, note), "notes");

    assertEquals(List.of("id", "owner_id", "title", "body"), notes.columnNames());
    assertEquals(ColumnType.varchar(80), column(notes, "title").type());
    assertEquals("label", column(notes, "title").renamedFrom());
    assertEquals(1, notes.foreignKeys().size());
    ForeignKeyDef fk = notes.foreignKeys().get(0);
    assertEquals("fk_notes_owner_id", fk.name());
    assertEquals(List.of("owner_id"), fk.columns());
    assertEquals("authors", fk.referencedTable());
  }

  @Test
  void aReferenceToAModelWhoseKeyIsInheritedUsesThatKey() {
    JavaFileObject post = java("Post", "@Model", "class Post extends Audited { String title; }");
    JavaFileObject comment = java("Comment", "@Model",
        "class Comment { @Key long id; @References(Post.class) long postId; }");

    TableDef comments = table(schemaOf(ENTITY, AUDITED, post, comment), "comments");

    assertEquals(List.of(ForeignKeyDef.of("fk_comments_post_id", "post_id", "posts", "id")), comments.foreignKeys());
  }

  @Test
  void aTypeVariableOfAGenericSuperclassTakesTheModelsTypeArgument() {
    JavaFileObject base = java("Base",
        "@MappedSuperclass",
        "abstract class Base<ID, S extends Enum<S>> {",
        "  @Key ID id;",
        "  S state;",
        "}");
    JavaFileObject middle = java("Middle", "@MappedSuperclass",
        "abstract class Middle<K> extends Base<K, Middle.State> { enum State { OPEN } }");
    JavaFileObject ticket = java("Ticket", "@Model", "class Ticket extends Middle<String> {}");

    TableDef tickets = table(schemaOf(base, middle, ticket), "tickets");

    assertEquals(ColumnType.varchar(255), column(tickets, "id").type());
    assertEquals(ColumnType.varchar(255), column(tickets, "state").type());
    assertEquals(List.of("id"), tickets.primaryKey());
  }

  @Test
  void aSuperclassThatIsNotMappedButHasNoColumnFieldsIsFine() {
    JavaFileObject base = java("Base",
        "abstract class Base {",
        "  static final int VERSION = 1;",
        "  transient Object lock;",
        "  @Transient String cache;",
        "}");
    JavaFileObject note = java("Note", "@Model", "class Note extends Base { @Key long id; }");

    assertEquals(List.of("id"), table(schemaOf(base, note), "notes").columnNames());
  }

  @Test
  void aMappedSuperclassAboveAnUnmappedOneStillGivesItsColumns() {
    JavaFileObject middle = java("Middle", "abstract class Middle extends Entity { static int unused; }");
    JavaFileObject note = java("Note", "@Model", "class Note extends Middle { String body; }");

    assertEquals(List.of("id", "body"), table(schemaOf(ENTITY, middle, note), "notes").columnNames());
  }

  @Test
  void aSuperclassWithFieldsThatIsNotMappedIsAnError() {
    JavaFileObject base = java("Base",
        "abstract class Base {",
        "  long id;",
        "  String name;",
        "  @Transient String cache;",
        "}");
    JavaFileObject note = java("Note", "@Model", "class Note extends Base { @Key long key; }");

    assertError(compile(base, note), note, "class Note", Messages.UNMAPPED_SUPERCLASS,
        "test.Note", "test.Base", "id, name", "test.Base");
  }

  @Test
  void aFieldRepeatingAnInheritedColumnIsAnErrorOnBothFields() {
    JavaFileObject post = java("Post",
        "@Model",
        "class Post extends Audited {",
        "  @Column(name = \"Created_At\") Instant created;",
        "}");
    Compilation compilation = compile(ENTITY, AUDITED, post);

    Object[] args = {"created_at", "field createdAt inherited from test.Audited",
        "Created_At", "field created of test.Post", "test.Post", ""};
    assertError(compilation, post, "Instant created;", Messages.DUPLICATE_COLUMN_ACROSS, args);
    assertError(compilation, AUDITED, "Instant createdAt", Messages.DUPLICATE_COLUMN_ACROSS, args);
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void errorsOfAnInheritedFieldAreReportedOnItNamingTheModel() {
    JavaFileObject base = java("Base",
        "@MappedSuperclass",
        "abstract class Base {",
        "  @Key long id;",
        "  Object payload;",
        "}");
    JavaFileObject note = java("Note", "@Model", "class Note extends Base {}");

    assertError(compile(base, note), base, "Object payload", Messages.UNSUPPORTED_TYPE,
        "test.Note", "payload", "java.lang.Object");
  }

  @Test
  void aMappedSuperclassAloneWritesNoTable() {
    Compilation compilation = compile(ENTITY);

    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(Compiled.generated(compilation, "META-INF/strata/schema.json").isEmpty());
  }
}
