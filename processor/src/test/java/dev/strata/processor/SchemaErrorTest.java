package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.strata.processor.Compiled.compile;
import static dev.strata.processor.ErrorAssertions.assertError;
import static dev.strata.processor.Sources.java;
import static dev.strata.processor.Sources.lineOf;
import static dev.strata.processor.Sources.model;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Errors that involve several models: tables, index names, references; and many errors at once. */
class SchemaErrorTest {

  @Test
  void twoModelsWithTheSameTable() {
    JavaFileObject user = model("User", "@Key long id;");
    JavaFileObject account = java("Account", "@Model(table = \"users\")", "class Account { @Key long id; }");
    Compilation compilation = compile(user, account);

    assertError(compilation, account, "@Model", Messages.DUPLICATE_TABLE, "users", "test.Account", "test.User");
    assertError(compilation, user, "@Model", Messages.DUPLICATE_TABLE, "users", "test.User", "test.Account");
  }

  @Test
  void duplicateIndexNamesAcrossTables() {
    JavaFileObject user = model("User", "@Key long id;", "@Index(name = \"by_name\") String name;");
    JavaFileObject team = model("Team", "@Key long id;", "@Unique(name = \"by_name\")", "String name;");
    Compilation compilation = compile(user, team);

    // Models are checked in class-name order: test.Team first, so the clash is reported on User.
    assertError(compilation, user, "by_name", Messages.DUPLICATE_INDEX, "by_name", "users", "teams");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void duplicateDefaultIndexNamesInOneTable() {
    JavaFileObject source = java("User",
        "@Model",
        "@Index(columns = \"email\")",
        "class User {",
        "  @Key long id;",
        "  @Index String email;",
        "}");

    assertError(compile(source), source, "@Index(columns", Messages.DUPLICATE_INDEX,
        "idx_users_email", "users", "users");
  }

  @Test
  void referenceToAClassThatIsNotAModel() {
    JavaFileObject plain = java("Plain", "class Plain { long id; }");
    JavaFileObject source = model("Note", "@Key long id;", "@References(Plain.class)", "long plainId;");

    assertError(compile(plain, source), source, "@References", Messages.REFERENCE_NOT_MODEL,
        "test.Note", "plainId", "test.Plain");
  }

  @Test
  void referenceWithAnotherKeyType() {
    JavaFileObject author = model("Author", "@Key long id;");
    JavaFileObject book = model("Book", "@Key long id;", "@References(Author.class)", "int authorId;");

    assertError(compile(author, book), book, "@References", Messages.REFERENCE_TYPE_MISMATCH,
        "test.Book", "authorId", "INTEGER", "authors", "id", "BIGINT");
  }

  @Test
  void referenceToACompositeKeyWithoutColumn() {
    JavaFileObject slot = model("Slot", "@Key long day;", "@Key int hour;");
    JavaFileObject booking = model("Booking", "@Key long id;", "@References(Slot.class)", "long slotDay;");

    assertError(compile(slot, booking), booking, "@References", Messages.REFERENCE_NO_SINGLE_KEY,
        "test.Booking", "slotDay", "test.Slot", "[day, hour]");
  }

  @Test
  void referenceToAnUnknownColumn() {
    JavaFileObject author = model("Author", "@Key long id;", "String name;");
    JavaFileObject book = model("Book",
        "@Key long id;",
        "@References(value = Author.class, column = \"author_id\")",
        "long authorId;");

    assertError(compile(author, book), book, "@References", Messages.REFERENCE_UNKNOWN_COLUMN,
        "test.Book", "authorId", "author_id", "authors", "id, name");
  }

  @Test
  void referenceToAColumnThatIsNotUnique() {
    JavaFileObject author = model("Author", "@Key long id;", "String name;");
    JavaFileObject book = model("Book",
        "@Key long id;",
        "@References(value = Author.class, column = \"name\")",
        "String authorName;");

    assertError(compile(author, book), book, "@References", Messages.REFERENCE_NOT_UNIQUE,
        "test.Book", "authorName", "name", "authors");
  }

  @Test
  void everyErrorOfEveryModelIsReported() {
    JavaFileObject first = model("First",
        "String name;",
        "Object payload;",
        "@Column(name = \"bad name\") String label;");
    JavaFileObject second = model("Second",
        "@Key",
        "@Auto",
        "String id;",
        "@References(First.class) long firstId;");
    Compilation compilation = compile(first, second);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(String.format(Messages.NO_KEY, "test.First"))
        .inFile(first).onLine(lineOf(first, "@Model"));
    assertThat(compilation).hadErrorContaining(
            String.format(Messages.UNSUPPORTED_TYPE, "test.First", "payload", "java.lang.Object"))
        .inFile(first).onLine(lineOf(first, "payload"));
    assertThat(compilation).hadErrorContaining("Column name 'bad name' of test.First.label")
        .inFile(first).onLine(lineOf(first, "bad name"));
    assertThat(compilation).hadErrorContaining(
            String.format(Messages.AUTO_NOT_INTEGRAL, "test.Second", "id", "VARCHAR"))
        .inFile(second).onLine(lineOf(second, "@Auto"));
    assertThat(compilation).hadErrorCount(4);
  }

  @Test
  void aMissingTypeIsLeftToJavac() {
    JavaFileObject source = model("Note", "@Key long id;", "Missing thing;");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(source).onLine(lineOf(source, "Missing"));
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aReferenceToAModelWithAMissingTypeIsLeftToJavac() {
    JavaFileObject author = model("Author", "@Key long id;", "Missing thing;");
    JavaFileObject book = model("Book", "@Key long id;", "@References(Author.class) long authorId;");
    Compilation compilation = compile(author, book);

    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(author).onLine(lineOf(author, "Missing"));
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anotherErrorInTheCompilationIsNotHidden() {
    JavaFileObject note = model("Note", "@Key long id;");
    JavaFileObject broken = java("Broken", "class Broken { int x = \"text\"; }");
    Compilation compilation = compile(note, broken);

    assertThat(compilation).hadErrorContaining("incompatible types");
    assertThat(compilation).hadErrorCount(1);
  }
}
