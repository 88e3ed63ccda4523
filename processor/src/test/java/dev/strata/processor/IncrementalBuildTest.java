package dev.strata.processor;

import static dev.strata.processor.Compiled.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.BuildDirectory.Result;
import dev.strata.internal.schema.index.MigrationIndex;
import dev.strata.internal.schema.index.MigrationIndex.Entry;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental builds: only some sources recompiled against the class output of earlier builds, as
 * IDEs and Gradle do. The manifest and the index must always describe every class there.
 */
class IncrementalBuildTest {

  @TempDir Path root;
  private BuildDirectory build;

  @BeforeEach
  void setUp() {
    build = new BuildDirectory(root);
  }

  private static void assertSuccess(Result result) {
    assertTrue(result.success(), () -> "compilation failed: " + result.diagnostics());
    assertEquals(List.of(), result.messages(Diagnostic.Kind.WARNING));
  }

  private List<String> tableNames() {
    return build.schema().tables().stream().map(TableDef::name).toList();
  }

  @Test
  void recompilingOneModelKeepsTheOthers() {
    build.model("Author", "@Key long id;").model("Book", "@Key long id;", "String title;");
    assertSuccess(build.compile("Author", "Book"));
    TableDef book = table(build.schema(), "books");

    build.model("Author", "@Key long id;", "String name;");
    assertSuccess(build.compile("Author"));

    SchemaDef schema = build.schema();
    assertEquals(List.of("id", "name"), table(schema, "authors").columnNames());
    assertEquals(book, table(schema, "books"));
  }

  @Test
  void anIncrementalBuildWritesWhatAFullBuildWrites() {
    build.model("Author", "@Key long id;").model("Book", "@Key long id;");
    assertSuccess(build.compile("Author", "Book"));
    build.model("Author", "@Key long id;", "@Index String name;");
    assertSuccess(build.compile("Author"));
    String incremental = build.manifestText();

    BuildDirectory full = new BuildDirectory(root.resolve("full"));
    full.model("Author", "@Key long id;", "@Index String name;").model("Book", "@Key long id;");
    assertSuccess(full.compile("Author", "Book"));

    assertEquals(full.manifestText(), incremental);
  }

  @Test
  void recompilingOnlyAMappedSuperclassUpdatesEveryModelThatExtendsIt() {
    build.source("Base", "@MappedSuperclass", "abstract class Base { @Key long id; }")
        .source("Post", "@Model", "class Post extends Base { String title; }")
        .source("Tag", "@Model", "class Tag extends Base { String name; }")
        .model("Author", "@Key long id;");
    assertSuccess(build.compile("Base", "Post", "Tag", "Author"));
    TableDef authors = table(build.schema(), "authors");

    build.source("Base", "@MappedSuperclass", "abstract class Base { @Key long id; @Index Instant createdAt; }");
    assertSuccess(build.compile("Base"));

    SchemaDef schema = build.schema();
    assertEquals(List.of("id", "created_at", "title"), table(schema, "posts").columnNames());
    assertEquals(List.of("id", "created_at", "name"), table(schema, "tags").columnNames());
    assertEquals(List.of("idx_tags_created_at"), table(schema, "tags").indexes().stream().map(i -> i.name()).toList());
    assertEquals(authors, table(schema, "authors"));

    BuildDirectory full = new BuildDirectory(root.resolve("full"));
    full.source("Base", "@MappedSuperclass", "abstract class Base { @Key long id; @Index Instant createdAt; }")
        .source("Post", "@Model", "class Post extends Base { String title; }")
        .source("Tag", "@Model", "class Tag extends Base { String name; }")
        .model("Author", "@Key long id;");
    assertSuccess(full.compile("Base", "Post", "Tag", "Author"));
    assertEquals(full.manifestText(), build.manifestText());
  }

  @Test
  void recompilingOnlyAnEmbeddableUpdatesTheModelsThatEmbedItThroughASuperclassToo() {
    build.source("Address", "@Embeddable", "record Address(String street) {}")
        .source("Base", "@MappedSuperclass", "abstract class Base { @Key long id; Address address; }")
        .source("Shop", "@Model", "class Shop extends Base {}")
        .model("Customer", "@Key long id;", "@Embedded(prefix = \"home_\") Address home;");
    assertSuccess(build.compile("Address", "Base", "Shop", "Customer"));

    build.source("Address", "@Embeddable", "record Address(String street, @Column(nullable = true) String zip) {}");
    assertSuccess(build.compile("Address"));

    SchemaDef schema = build.schema();
    assertEquals(List.of("id", "address_street", "address_zip"), table(schema, "shops").columnNames());
    assertEquals(List.of("id", "home_street", "home_zip"), table(schema, "customers").columnNames());
  }

  @Test
  void aSuperclassChangeThatBreaksAModelCompiledEarlierIsAnErrorAndKeepsTheOldManifest() {
    build.source("Base", "@MappedSuperclass", "abstract class Base { @Key long id; }")
        .source("Post", "@Model", "class Post extends Base { String title; }");
    assertSuccess(build.compile("Base", "Post"));
    String before = build.manifestText();

    build.source("Base", "@MappedSuperclass", "abstract class Base { @Key long id; String title; }");
    Result result = build.compile("Base");

    assertFalse(result.success());
    // On both fields: the superclass's in its source, the model's (read from its class file) without a line.
    String message = String.format(Messages.DUPLICATE_COLUMN_ACROSS, "title", "field title inherited from test.Base",
        "title", "field title of test.Post", "test.Post", "");
    assertEquals(List.of(message, message), result.messages(Diagnostic.Kind.ERROR));
    assertEquals(before, build.manifestText());
  }

  @Test
  void aKeptPartialIndexIsCheckedAgainstTheTargetsOfThisCompilation() {
    build.model("Author", "@Key long id;").model("Book", "@Key long id;",
        "@Index(where = \"title IS NOT NULL\") Optional<String> title;");
    assertSuccess(build.compile(List.of("-Astrata.dialects=sqlite,postgresql"), "Author", "Book"));
    // Book is not recompiled, but mysql is a target now: its partial index cannot be carried.
    Result result = build.compile(List.of(), "Author");
    assertTrue(!result.success());
    assertEquals(List.of(String.format(Messages.PARTIAL_INDEX_ON_MYSQL, "idx_books_title", "books",
            "-Astrata.dialects (not set, so all three are targets: set -Astrata.dialects=sqlite,postgresql)")),
        result.messages(Diagnostic.Kind.ERROR));
    assertSuccess(build.compile(List.of("-Astrata.dialects=postgresql"), "Author"));
  }

  @Test
  void aDeletedModelLeavesTheManifest() {
    build.model("Author", "@Key long id;").model("Book", "@Key long id;");
    assertSuccess(build.compile("Author", "Book"));

    build.delete("Book");
    assertSuccess(build.compile("Author"));

    assertEquals(List.of("authors"), tableNames());
  }

  @Test
  void aRenamedModelReplacesItsEntry() {
    build.model("Author", "@Key long id;").model("Book", "@Key long id;");
    assertSuccess(build.compile("Author", "Book"));

    build.delete("Book").model("Volume", "@Key long id;");
    assertSuccess(build.compile("Volume"));

    SchemaDef schema = build.schema();
    assertEquals(List.of("authors", "volumes"), tableNames());
    assertEquals("test.Volume", table(schema, "volumes").sourceClass());
  }

  @Test
  void aClassThatIsNoLongerAModelLeavesTheManifest() {
    build.model("Author", "@Key long id;").model("Book", "@Key long id;");
    assertSuccess(build.compile("Author", "Book"));

    build.source("Book", "class Book { long id; }");
    assertSuccess(build.compile("Author", "Book"));

    assertEquals(List.of("authors"), tableNames());
  }

  @Test
  void aReferenceToAModelCompiledEarlierIsResolvedFromItsClassFile() {
    build.model("Author", "@Key @Auto long id;");
    assertSuccess(build.compile("Author"));

    build.model("Book", "@Key long id;", "@References(Author.class) long authorId;");
    assertSuccess(build.compile("Book"));

    assertEquals(List.of(ForeignKeyDef.of("fk_books_author_id", "author_id", "authors", "id")),
        table(build.schema(), "books").foreignKeys());
    assertEquals(List.of("authors", "books"), tableNames());
  }

  @Test
  void aClashWithAModelCompiledEarlierIsAnErrorAndKeepsTheOldManifest() {
    build.model("Author", "@Key long id;");
    assertSuccess(build.compile("Author"));
    String before = build.manifestText();

    build.source("Writer", "@Model(table = \"authors\")", "class Writer { @Key long id; }");
    Result result = build.compile("Writer");

    assertFalse(result.success());
    assertEquals(List.of(String.format(Messages.DUPLICATE_TABLE_EARLIER, "authors", "test.Writer", "test.Author", "test.Author")),
        result.messages(Diagnostic.Kind.ERROR));
    assertEquals(before, build.manifestText());
  }

  @Test
  void anIndexNameClashWithAModelCompiledEarlierIsAnError() {
    build.model("Author", "@Key long id;", "@Index(name = \"by_name\") String name;");
    assertSuccess(build.compile("Author"));

    build.model("Book", "@Key long id;", "@Index(name = \"by_name\") String name;");
    Result result = build.compile("Book");

    assertEquals(List.of(String.format(Messages.DUPLICATE_INDEX, "by_name", "books", "authors")),
        result.messages(Diagnostic.Kind.ERROR));
  }

  @Test
  void anUnreadableManifestIsRebuiltFromWhatIsCompiled() {
    build.model("Author", "@Key long id;");
    BuildDirectory.write(build.manifestFile(), "{ not json");

    Result result = build.compile("Author");

    assertTrue(result.success());
    assertEquals(1, result.messages(Diagnostic.Kind.WARNING).size());
    assertTrue(result.messages(Diagnostic.Kind.WARNING).get(0).startsWith("Ignoring the unreadable META-INF/strata/schema.json"));
    assertEquals(List.of("authors"), tableNames());
  }

  @Test
  void recompilingOneMigrationKeepsTheOthers() {
    build.migrationApi().migration("V1__create", "1", "create").migration("V2__alter", "2", "alter");
    assertSuccess(build.compile("dev.strata.Migration", "V1__create", "V2__alter"));

    build.migration("V1__create", "1", "create tables");
    assertSuccess(build.compile("V1__create"));

    assertEquals(List.of(new Entry("test.V1__create", "1", "create tables"), new Entry("test.V2__alter", "2", "alter")),
        build.migrations());
  }

  @Test
  void deletedAndRenamedMigrationsLeaveTheIndex() {
    build.migrationApi()
        .migration("V1__create", "1", "create")
        .migration("V2__alter", "2", "alter")
        .migration("V3__seed", "3", "seed");
    assertSuccess(build.compile("dev.strata.Migration", "V1__create", "V2__alter", "V3__seed"));

    build.delete("V2__alter").delete("V3__seed").migration("V3__seed_users", "3", "seed users");
    assertSuccess(build.compile("V1__create", "V3__seed_users"));

    assertEquals(List.of(new Entry("test.V1__create", "1", "create"), new Entry("test.V3__seed_users", "3", "seed users")),
        build.migrations());
  }

  @Test
  void aVersionClashWithAMigrationCompiledEarlierIsAnError() {
    build.migrationApi().migration("V1__create", "1", "create");
    assertSuccess(build.compile("dev.strata.Migration", "V1__create"));

    build.migration("V1__other", "1", "other");
    Result result = build.compile("V1__other");

    assertEquals(List.of(String.format(Messages.DUPLICATE_VERSION, "1", "test.V1__other", "test.V1__create")),
        result.messages(Diagnostic.Kind.ERROR));
    assertEquals(List.of(new Entry("test.V1__create", "1", "create")), build.migrations());
  }

  @Test
  void modelsAndMigrationsKeepEachOther() {
    build.migrationApi().migration("V1__create", "1", "create").model("Author", "@Key long id;");
    assertSuccess(build.compile("dev.strata.Migration", "V1__create", "Author"));

    build.model("Book", "@Key long id;");
    assertSuccess(build.compile("Book"));
    build.migration("V2__books", "2", "books");
    assertSuccess(build.compile("V2__books"));

    assertEquals(List.of("authors", "books"), tableNames());
    assertEquals(List.of("test.V1__create", "test.V2__books"), build.migrations().stream().map(Entry::className).toList());
  }

  private static String digestOf(List<Entry> entries, String className) {
    return entries.stream().filter(e -> e.className().equals(className)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + className + " in " + entries)).sourceDigest();
  }

  private static String firstLine(String text) {
    return text.substring(0, text.indexOf('\n'));
  }

  @Test
  void migrationsNotRecompiledKeepTheirDigest() {
    build.migrationApi().migration("V1__create", "1", "create").migration("V2__alter", "2", "alter");
    assertSuccess(build.compile("dev.strata.Migration", "V1__create", "V2__alter"));
    List<Entry> before = build.entries();
    String indexBefore = build.indexText();

    build.model("Author", "@Key long id;");
    assertSuccess(build.compile("Author"));
    assertEquals(indexBefore, build.indexText());

    assertSuccess(build.compile("V1__create"));
    assertEquals(before, build.entries());
    assertEquals(indexBefore, build.indexText());
  }

  @Test
  void aRecompiledEditedMigrationChangesItsDigestAndTheIndexDigest() {
    build.migrationApi().migration("V1__create", "1", "create").migration("V2__alter", "2", "alter");
    assertSuccess(build.compile("dev.strata.Migration", "V1__create", "V2__alter"));
    List<Entry> before = build.entries();
    String indexBefore = build.indexText();

    String[] edited = {
        "@Migration(version = \"1\", description = \"create\")",
        "public class V1__create implements dev.strata.Migration {",
        "  @Override public void up(Object db) { System.out.println(\"edited\"); }",
        "}"};
    build.source("V1__create", edited);
    assertSuccess(build.compile("V1__create"));
    List<Entry> after = build.entries();

    assertNotEquals(digestOf(before, "test.V1__create"), digestOf(after, "test.V1__create"));
    assertEquals(digestOf(before, "test.V2__alter"), digestOf(after, "test.V2__alter"));
    assertNotEquals(firstLine(indexBefore), firstLine(build.indexText()));
    assertEquals("#digest\t" + MigrationIndex.digestOf(after), firstLine(build.indexText()));

    BuildDirectory full = new BuildDirectory(root.resolve("full"));
    full.migrationApi().migration("V2__alter", "2", "alter")
        .source("V1__create", edited);
    assertSuccess(full.compile("dev.strata.Migration", "V1__create", "V2__alter"));
    assertEquals(full.indexText(), build.indexText());
  }

  @Test
  void aKeptEntryWithoutADigestMeansNoIndexDigest() {
    build.migrationApi().migration("V1__create", "1", "create").migration("V2__alter", "2", "alter");
    assertSuccess(build.compile("dev.strata.Migration", "V1__create", "V2__alter"));
    // As a compiler without the Tree API would have left it.
    BuildDirectory.write(build.indexFile(), "test.V1__create\t1\tcreate\ntest.V2__alter\t2\talter\n");

    assertSuccess(build.compile("V1__create"));

    List<Entry> entries = build.entries();
    assertTrue(build.indexText().startsWith("test.V1__create\t"), build.indexText());
    assertNotNull(digestOf(entries, "test.V1__create"));
    assertNull(digestOf(entries, "test.V2__alter"));

    assertSuccess(build.compile("V2__alter"));
    assertEquals("#digest\t" + MigrationIndex.digestOf(build.entries()), firstLine(build.indexText()));
  }
}
