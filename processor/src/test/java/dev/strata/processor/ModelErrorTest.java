package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.strata.processor.Compiled.compile;
import static dev.strata.processor.ErrorAssertions.assertError;
import static dev.strata.processor.Sources.java;
import static dev.strata.processor.Sources.model;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per error of a single model; each asserts the text and the line. */
class ModelErrorTest {

  @Test
  void modelOnAnInterface() {
    JavaFileObject source = java("Shape", "@Model", "interface Shape {}");

    assertError(compile(source), source, "@Model", Messages.MODEL_NOT_CLASS, "test.Shape");
  }

  @Test
  void noKey() {
    JavaFileObject source = model("Note", "String text;");

    assertError(compile(source), source, "@Model", Messages.NO_KEY, "test.Note");
  }

  @Test
  void unsupportedFieldType() {
    JavaFileObject source = model("Note", "@Key long id;", "Object payload;");

    assertError(compile(source), source, "Object payload", Messages.UNSUPPORTED_TYPE,
        "test.Note", "payload", "java.lang.Object");
  }

  @Test
  void unsupportedTypesIncludeCharArraysCollectionsAndNestedOptionals() {
    JavaFileObject source = model("Note",
        "@Key long id;",
        "char[] flags;",
        "List<String> tags;",
        "Optional<Optional<String>> maybe;",
        "int[] numbers;");
    Compilation compilation = compile(source);

    assertError(compilation, source, "char[] flags", Messages.UNSUPPORTED_TYPE, "test.Note", "flags", "char[]");
    assertError(compilation, source, "List<String> tags", Messages.UNSUPPORTED_TYPE,
        "test.Note", "tags", "java.util.List<java.lang.String>");
    assertError(compilation, source, "maybe", Messages.UNSUPPORTED_TYPE,
        "test.Note", "maybe", "java.util.Optional<java.util.Optional<java.lang.String>>");
    assertError(compilation, source, "numbers", Messages.UNSUPPORTED_TYPE, "test.Note", "numbers", "int[]");
    assertThat(compilation).hadErrorCount(4);
  }

  @Test
  void unsupportedTypeOfARecordComponent() {
    JavaFileObject source = java("Pair",
        "@Model",
        "record Pair(",
        "    @Key long id,",
        "    Thread owner) {}");

    assertError(compile(source), source, "Thread owner", Messages.UNSUPPORTED_TYPE,
        "test.Pair", "owner", "java.lang.Thread");
  }

  @Test
  void varcharLengthBelowOne() {
    JavaFileObject source = model("Note",
        "@Key long id;",
        "@Column(length = 0)",
        "String text;");

    assertError(compile(source), source, "@Column", Messages.INVALID_LENGTH, "test.Note", "text", 0);
  }

  @Test
  void decimalScaleAbovePrecision() {
    JavaFileObject source = model("Price",
        "@Key long id;",
        "@Column(precision = 4, scale = 6)",
        "BigDecimal amount;");

    assertError(compile(source), source, "@Column", Messages.INVALID_DECIMAL, "test.Price", "amount", 4, 6);
  }

  @Test
  void nullableKey() {
    JavaFileObject source = model("Note",
        "@Key",
        "Optional<Long> id;");

    assertError(compile(source), source, "@Key", Messages.NULLABLE_KEY, "test.Note", "id", "Optional");
  }

  @Test
  void autoOnANonIntegralKey() {
    JavaFileObject source = model("Note",
        "@Key",
        "@Auto",
        "String id;");

    assertError(compile(source), source, "@Auto", Messages.AUTO_NOT_INTEGRAL, "test.Note", "id", "VARCHAR");
  }

  @Test
  void autoOnAShortKeyIsNotAccepted() {
    JavaFileObject source = model("Note", "@Key", "@Auto", "short id;");

    assertError(compile(source), source, "@Auto", Messages.AUTO_NOT_INTEGRAL, "test.Note", "id", "SMALLINT");
  }

  @Test
  void autoOnAByteOrYearKeyIsNotAccepted() {
    JavaFileObject bytes = model("Note", "@Key", "@Auto", "byte id;");
    JavaFileObject years = model("Vintage", "@Key", "@Auto", "Year id;");

    assertError(compile(bytes), bytes, "@Auto", Messages.AUTO_NOT_INTEGRAL, "test.Note", "id", "TINYINT");
    assertError(compile(years), years, "@Auto", Messages.AUTO_NOT_INTEGRAL, "test.Vintage", "id", "INTEGER");
  }

  @Test
  void aDialectTypeForSomeTargetDatabasesOnlyNamesTheOthersAndTheOption() {
    JavaFileObject source = model("Note",
        "@Key long id;",
        "@DialectType(dialect = Dialect.POSTGRESQL, type = \"jsonb\")",
        "String settings;");

    Compilation compilation = compile(source);

    assertError(compilation, source, "Dialect.POSTGRESQL", Messages.DIALECT_TYPE_MISSING,
        "test.Note", "settings", "mysql, sqlite");
    assertThat(compilation).hadErrorContaining("-Astrata.dialects");
    assertThat(compilation).hadErrorCount(1);
  }

  /** javac keeps no position for an annotation it wrapped in a container: errors are on the field. */
  @Test
  void aDialectTypeNeedsATypeOnlyForTheTargetDatabasesOfTheOption() {
    JavaFileObject source = model("Note",
        "@Key long id;",
        "@DialectType(dialect = Dialect.POSTGRESQL, type = \"jsonb\")",
        "@DialectType(dialect = Dialect.SQLITE, type = \"TEXT\")",
        "String settings;");

    assertThat(Compiler.javac().withProcessors(new StrataProcessor()).withOptions("-Astrata.dialects=sqlite,postgresql").compile(source)).succeeded();
    Compilation withMysql = Compiler.javac().withProcessors(new StrataProcessor()).withOptions("-Astrata.dialects=postgresql,mariadb").compile(source);
    assertError(withMysql, source, "Dialect.POSTGRESQL", Messages.DIALECT_TYPE_MISSING,
        "test.Note", "settings", "mysql");
    assertThat(withMysql).hadErrorCount(1);
  }

  @Test
  void aDialectTypeTwiceOrWithoutTypeIsAnErrorOnThatRepeatedAnnotation() {
    JavaFileObject source = model("Note",
        "@Key long id;",
        "@Column(type = \"TEXT\")",
        "@DialectType(dialect = Dialect.POSTGRESQL, type = \"jsonb\")",
        "@DialectType(dialect = Dialect.POSTGRESQL, type = \"json\")",
        "@DialectType(dialect = Dialect.MYSQL, type = \" \")",
        "String settings;");

    Compilation compilation = compile(source);

    assertError(compilation, source, "type = \"json\")", Messages.DIALECT_TYPE_TWICE,
        "test.Note", "settings", "POSTGRESQL");
    assertError(compilation, source, "type = \" \")", Messages.DIALECT_TYPE_BLANK,
        "test.Note", "settings", "MYSQL");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aSingleBlankDialectTypeIsAnErrorAtTheAnnotation() {
    JavaFileObject source = model("Note",
        "@Key long id;",
        "@Column(type = \"TEXT\")",
        "@DialectType(dialect = Dialect.MYSQL, type = \"\")",
        "String settings;");

    assertError(compile(source), source, "@DialectType", Messages.DIALECT_TYPE_BLANK,
        "test.Note", "settings", "MYSQL");
  }

  @Test
  void autoOnANonKeyField() {
    JavaFileObject source = model("Note",
        "@Key long id;",
        "@Auto",
        "long counter;");

    assertError(compile(source), source, "@Auto", Messages.AUTO_NOT_KEY, "test.Note", "counter");
  }

  @Test
  void autoOnTwoFields() {
    JavaFileObject source = model("Note",
        "@Key @Auto long id;",
        "@Auto long other;");

    assertError(compile(source), source, "@Auto long other", Messages.AUTO_TWICE,
        "test.Note", "other", "test.Note", "id");
  }

  @Test
  void autoInACompositeKey() {
    JavaFileObject source = model("Note",
        "@Key",
        "@Auto",
        "long id;",
        "@Key long version;");

    assertError(compile(source), source, "@Auto", Messages.AUTO_IN_COMPOSITE_KEY, "test.Note", "id");
  }

  @Test
  void duplicateColumnNames() {
    JavaFileObject source = model("Note",
        "@Key long id;",
        "long userId;",
        "@Column(name = \"user_id\")",
        "long owner;");

    assertError(compile(source), source, "@Column", Messages.DUPLICATE_COLUMN,
        "user_id", "test.Note", "userId", "owner");
  }

  @Test
  void tableNameTooLong() {
    String name = "t".repeat(64);
    JavaFileObject source = java("Note",
        "@Model(table = \"" + name + "\")",
        "class Note { @Key long id; }");

    assertError(compile(source), source, "@Model", Messages.INVALID_IDENTIFIER,
        "Table name", name, "test.Note", "is 64 characters long; the limit is 63", Messages.FIX_TABLE_NAME);
  }

  @Test
  void tableNameWithIllegalCharacters() {
    JavaFileObject source = java("Note",
        "@Model(table = \"my-notes\")",
        "class Note { @Key long id; }");

    assertError(compile(source), source, "@Model", Messages.INVALID_IDENTIFIER,
        "Table name", "my-notes", "test.Note", "does not match [A-Za-z_][A-Za-z0-9_]*", Messages.FIX_TABLE_NAME);
  }

  @Test
  void columnNameStartingWithADigit() {
    JavaFileObject source = model("Note",
        "@Key long id;",
        "@Column(name = \"2nd\")",
        "String second;");

    assertError(compile(source), source, "@Column", Messages.INVALID_IDENTIFIER,
        "Column name", "2nd", "test.Note.second", "does not match [A-Za-z_][A-Za-z0-9_]*",
        Messages.FIX_COLUMN_NAME);
  }

  @Test
  void derivedColumnNameTooLong() {
    String field = "a".repeat(70);
    JavaFileObject source = model("Note", "@Key long id;", "String " + field + ";");

    assertError(compile(source), source, field, Messages.INVALID_IDENTIFIER,
        "Column name", field, "test.Note." + field, "is 70 characters long; the limit is 63",
        Messages.FIX_COLUMN_NAME);
  }

  @Test
  void indexNameWithIllegalCharacters() {
    JavaFileObject source = model("Note",
        "@Key long id;",
        "@Index(name = \"by title\")",
        "String title;");

    assertError(compile(source), source, "@Index", Messages.INVALID_IDENTIFIER,
        "Index name", "by title", "test.Note", "does not match [A-Za-z_][A-Za-z0-9_]*", Messages.FIX_INDEX_NAME);
  }

  @Test
  void renamedFromWithIllegalCharacters() {
    JavaFileObject source = model("Note",
        "@Key long id;",
        "@RenamedFrom(\"old-title\")",
        "String title;");

    assertError(compile(source), source, "@RenamedFrom", Messages.INVALID_IDENTIFIER,
        "Previous column name", "old-title", "test.Note.title", "does not match [A-Za-z_][A-Za-z0-9_]*",
        Messages.FIX_RENAMED_FROM);
  }

  @Test
  void classIndexNamingAnUnknownColumn() {
    JavaFileObject source = java("Note",
        "@Model",
        "@Index(columns = \"authorId\")",
        "class Note {",
        "  @Key long id;",
        "  long authorId;",
        "}");

    assertError(compile(source), source, "@Index", Messages.UNKNOWN_INDEX_COLUMN,
        "Index", "test.Note", "authorId", "notes", "id, author_id");
  }

  @Test
  void classUniqueNamingAnUnknownColumn() {
    JavaFileObject source = java("Note",
        "@Model",
        "@Unique(columns = {\"id\", \"missing\"})",
        "class Note {",
        "  @Key long id;",
        "}");

    assertError(compile(source), source, "@Unique", Messages.UNKNOWN_INDEX_COLUMN,
        "Unique", "test.Note", "missing", "notes", "id");
  }

  @Test
  void repeatedClassIndexNamingAnUnknownColumnIsReportedOnThatAnnotation() {
    JavaFileObject source = repeatedIndexes();

    assertError(compile(source), source, "\"missing\"", Messages.UNKNOWN_INDEX_COLUMN,
        "Index", "test.Note", "missing", "notes", "id");
  }

  @Test
  void withoutTheTreeApiARepeatedAnnotationsErrorIsReportedOnTheClass() {
    JavaFileObject source = repeatedIndexes();
    Compilation compilation = Compiler.javac().withProcessors(new TreelessProcessor()).compile(source);

    assertError(compilation, source, "class Note", Messages.UNKNOWN_INDEX_COLUMN,
        "Index", "test.Note", "missing", "notes", "id");
  }

  private static JavaFileObject repeatedIndexes() {
    return java("Note",
        "@Model",
        "@Index(columns = \"id\")",
        "@Index(columns = \"missing\")",
        "class Note {",
        "  @Key long id;",
        "}");
  }

  @Test
  void classIndexWithoutColumns() {
    JavaFileObject source = java("Note",
        "@Model",
        "@Index(name = \"by_nothing\")",
        "class Note {",
        "  @Key long id;",
        "}");

    assertError(compile(source), source, "@Index", Messages.INDEX_WITHOUT_COLUMNS, "Index", "test.Note");
  }
}
