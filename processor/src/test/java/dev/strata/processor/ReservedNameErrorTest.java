package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.strata.processor.Compiled.compile;
import static dev.strata.processor.ErrorAssertions.assertError;
import static dev.strata.processor.Sources.java;
import static dev.strata.processor.Sources.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names and defaults that javac accepts but a database refuses only when the table is created:
 * each is an error on its element.
 */
class ReservedNameErrorTest {

  @Test
  void columnsDifferingOnlyInCase() {
    JavaFileObject source = model("Person",
        "@Key long id;",
        "String name;",
        "@Column(name = \"Name\")",
        "String displayName;");
    Compilation compilation = compile(source);

    assertError(compilation, source, "@Column(name = \"Name\")", Messages.DUPLICATE_COLUMN_CASE,
        "Name", "displayName", "name", "name", "test.Person");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void tablesDifferingOnlyInCase() {
    JavaFileObject item = java("Item", "@Model(table = \"Item\")", "class Item { @Key long id; }");
    JavaFileObject other = java("Other", "@Model(table = \"item\")", "class Other { @Key long id; }");
    Compilation compilation = compile(item, other);

    assertError(compilation, item, "@Model", Messages.DUPLICATE_TABLE_CASE, "Item", "test.Item", "item",
        "test.Other");
    assertError(compilation, other, "@Model", Messages.DUPLICATE_TABLE_CASE, "item", "test.Other", "Item",
        "test.Item");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void indexNamesDifferingOnlyInCase() {
    JavaFileObject user = model("User", "@Key long id;", "@Index(name = \"By_Name\") String name;");
    JavaFileObject team = model("Team", "@Key long id;", "@Index(name = \"by_name\") String name;");
    Compilation compilation = compile(user, team);

    assertError(compilation, user, "By_Name", Messages.DUPLICATE_INDEX, "By_Name", "users", "teams");
    assertThat(compilation).hadErrorCount(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"xmin", "ctid", "cmin", "cmax", "xmax", "tableoid", "oid", "XMIN"})
  void postgresqlSystemColumns(String column) {
    JavaFileObject source = model("Row",
        "@Key long id;",
        "@Column(name = \"" + column + "\")",
        "long version;");
    Compilation compilation = compile(source);

    assertError(compilation, source, "@Column", Messages.SYSTEM_COLUMN, column, "test.Row", "version");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aFieldNamedLikeASystemColumn() {
    JavaFileObject source = model("Row", "@Key long id;", "long xmax;");

    assertError(compile(source), source, "long xmax", Messages.SYSTEM_COLUMN, "xmax", "test.Row", "xmax");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite_stat", "SQLITE_things", "sqlite_"})
  void sqliteTablePrefix(String table) {
    JavaFileObject source = java("Stat", "@Model(table = \"" + table + "\")", "class Stat { @Key long id; }");
    Compilation compilation = compile(source);

    assertError(compilation, source, "@Model", Messages.SQLITE_TABLE_NAME, table, "test.Stat");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void theHistoryTable() {
    JavaFileObject source = java("History", "@Model(table = \"strata_schema_history\")",
        "class History { @Key long id; }");
    Compilation compilation = compile(source);

    assertError(compilation, source, "@Model", Messages.HISTORY_TABLE_NAME, "strata_schema_history",
        "test.History");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aForeignKeyNameThatIsNoIdentifier() {
    JavaFileObject author = model("Author", "@Key long id;");
    JavaFileObject book = model("Book", "@Key long id;", "@References(value = Author.class, name = \"bad name\")",
        "long authorId;");
    Compilation compilation = compile(author, book);

    assertError(compilation, book, "@References", Messages.INVALID_IDENTIFIER, "Foreign key name", "bad name",
        "test.Book.authorId", dev.strata.internal.schema.naming.Names.identifierProblem("bad name"),
        Messages.FIX_INDEX_NAME);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void defaultWithAnUnbalancedQuote() {
    JavaFileObject source = model("Note",
        "@Key long id;",
        "@Column(defaultValue = \"'it's'\")",
        "String text;");
    Compilation compilation = compile(source);

    assertError(compilation, source, "@Column", Messages.MALFORMED_DEFAULT, "test.Note", "text", "'it's'",
        ModelValidator.defaultValueProblem("'it's'"));
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void defaultWithAnUnclosedParenthesis() {
    JavaFileObject source = model("Note",
        "@Key long id;",
        "@Column(defaultValue = \"(1 + 2\")",
        "int total;");

    assertError(compile(source), source, "@Column", Messages.MALFORMED_DEFAULT, "test.Note", "total", "(1 + 2",
        "1 '(' never closed");
  }

  @Test
  void wellFormedDefaultsCompile() {
    JavaFileObject source = model("Note",
        "@Key long id;",
        "@Column(defaultValue = \"'it''s'\") String text;",
        "@Column(defaultValue = \"'a (b'\") String paren;",
        "@Column(defaultValue = \"(lower('X'))\") String expr;",
        "@Column(defaultValue = \"CURRENT_TIMESTAMP\") java.time.Instant at;",
        "@Column(defaultValue = \"-1\") int count;");

    assertThat(compile(source)).succeeded();
  }

  @Test
  void defaultProblemsNameWhereTheyAre() {
    assertEquals("the quote ' at position 6 is never closed (write a quote inside a string literal twice:"
        + " 'it''s')", ModelValidator.defaultValueProblem("'it's'"));
    assertEquals("the ')' at position 2 closes no '('", ModelValidator.defaultValueProblem("1)"));
    assertNull(ModelValidator.defaultValueProblem("'C:\\temp'"));
    assertNull(ModelValidator.defaultValueProblem("\"quoted\"\"name\""));
  }
}
