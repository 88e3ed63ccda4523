package dev.strata.processor;

import static dev.strata.processor.Compiled.column;
import static dev.strata.processor.Compiled.schemaOf;
import static dev.strata.processor.Compiled.table;
import static dev.strata.processor.Sources.java;
import static dev.strata.processor.Sources.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Tables and columns: names, types, nullability, keys, defaults, hints, skipped fields. */
class ColumnManifestTest {

  @Test
  void tableAndColumnNamesDefaultToSnakeCase() {
    SchemaDef schema = schemaOf(
        model("UserRole", "@Key long id;", "String displayName;", "LocalDateTime createdAt;"),
        model("Category", "@Key long id;"),
        model("Address", "@Key long id;"));

    TableDef roles = table(schema, "user_roles");
    assertEquals("test.UserRole", roles.sourceClass());
    assertEquals(List.of("id", "display_name", "created_at"), roles.columnNames());
    assertEquals(List.of("addresses", "categories", "user_roles"),
        schema.tables().stream().map(TableDef::name).toList());
  }

  @Test
  void modelAndColumnAnnotationsNameTablesAndColumns() {
    SchemaDef schema = schemaOf(java("Person",
        "@Model(table = \"people\")",
        "class Person {",
        "  @Key long id;",
        "  @Column(name = \"e_mail\") String email;",
        "}"));

    assertEquals(List.of("id", "e_mail"), table(schema, "people").columnNames());
  }

  @Test
  void reservedWordsAreLegalNames() {
    SchemaDef schema = schemaOf(java("Order",
        "@Model(table = \"order\")",
        "class Order {",
        "  @Key long id;",
        "  @Column(name = \"user\") String owner;",
        "  String group;",
        "}"));

    assertEquals(List.of("id", "user", "group"), table(schema, "order").columnNames());
  }

  @Test
  void everyJavaTypeMapsToItsColumnType() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("boolean a;", "BOOLEAN");
    expected.put("Boolean b;", "BOOLEAN");
    expected.put("short c;", "SMALLINT");
    expected.put("Short d;", "SMALLINT");
    expected.put("int e;", "INTEGER");
    expected.put("Integer f;", "INTEGER");
    expected.put("long g;", "BIGINT");
    expected.put("Long h;", "BIGINT");
    expected.put("float i;", "REAL");
    expected.put("Float j;", "REAL");
    expected.put("double k;", "DOUBLE");
    expected.put("Double l;", "DOUBLE");
    expected.put("BigDecimal m;", "DECIMAL(19,2)");
    expected.put("String n;", "VARCHAR(255)");
    expected.put("char o;", "CHAR(1)");
    expected.put("Character p;", "CHAR(1)");
    expected.put("byte[] q;", "BLOB");
    expected.put("UUID r;", "UUID");
    expected.put("LocalDate s;", "DATE");
    expected.put("LocalTime t;", "TIME");
    expected.put("LocalDateTime u;", "TIMESTAMP");
    expected.put("Instant v;", "TIMESTAMP_TZ");
    expected.put("OffsetDateTime w;", "TIMESTAMP_TZ");
    expected.put("java.util.concurrent.TimeUnit x;", "VARCHAR(255)");
    expected.put("byte y;", "TINYINT");
    expected.put("Byte z;", "TINYINT");
    expected.put("Year aa;", "INTEGER");
    List<String> fields = new java.util.ArrayList<>(List.of("@Key long id;"));
    fields.addAll(expected.keySet());

    TableDef table = table(schemaOf(model("Everything", fields.toArray(String[]::new))), "everythings");

    List<String> types = table.columns().stream().skip(1).map(c -> c.type().toString()).toList();
    assertEquals(List.copyOf(expected.values()), types);
  }

  @Test
  void dialectTypesGiveTheSqlTypePerDatabaseWithColumnTypeForTheOthers() {
    TableDef table = table(schemaOf(model("Profile",
        "@Key long id;",
        "@DialectType(dialect = Dialect.SQLITE, type = \"TEXT\")",
        "@DialectType(dialect = Dialect.POSTGRESQL, type = \"jsonb\")",
        "@DialectType(dialect = Dialect.MYSQL, type = \"JSON\")",
        "String settings;",
        "@Column(type = \"TEXT\")",
        "@DialectType(dialect = Dialect.POSTGRESQL, type = \"tsvector\")",
        "String search;",
        "@DialectType(dialect = Dialect.POSTGRESQL, type = \"jsonb\")",
        "@DialectType(dialect = Dialect.MYSQL, type = \"JSON\")",
        "@DialectType(dialect = Dialect.SQLITE, type = \"TEXT\")",
        "Object payload;")), "profiles");

    assertEquals("RAW{postgresql 'jsonb', mysql 'JSON', sqlite 'TEXT'}", column(table, "settings").type().toString());
    assertEquals("RAW{postgresql 'tsvector', other 'TEXT'}", column(table, "search").type().toString());
    assertEquals("RAW{postgresql 'jsonb', mysql 'JSON', sqlite 'TEXT'}", column(table, "payload").type().toString());
  }

  @Test
  void columnSizesComeFromColumnAnnotation() {
    TableDef table = table(schemaOf(model("Product",
        "@Key long id;",
        "@Column(length = 80) String name;",
        "@Column(precision = 10, scale = 4) BigDecimal price;",
        "@Column(length = 20) Status status;",
        "enum Status { DRAFT, LIVE }")), "products");

    assertEquals("VARCHAR(80)", column(table, "name").type().toString());
    assertEquals("DECIMAL(10,4)", column(table, "price").type().toString());
    assertEquals("VARCHAR(20)", column(table, "status").type().toString());
  }

  @Test
  void rawTypeIsUsedVerbatimForAnyFieldType() {
    TableDef table = table(schemaOf(model("Doc",
        "@Key long id;",
        "@Column(type = \"JSONB\") Map<String, Object> body;",
        "@Column(type = \"NUMERIC(30, 10)\") Optional<BigDecimal> amount;",
        "@Column(type = \"TEXT\") String notes;")), "docs");

    assertEquals("RAW(JSONB)", column(table, "body").type().toString());
    assertFalse(column(table, "body").nullable());
    assertEquals("RAW(NUMERIC(30, 10))", column(table, "amount").type().toString());
    assertTrue(column(table, "amount").nullable());
    assertEquals("RAW(TEXT)", column(table, "notes").type().toString());
  }

  @Test
  void nullability() {
    JavaFileObject declarationNullable = JavaFileObjects.forSourceString("other.Nullable",
        "package other;\n"
            + "import java.lang.annotation.*;\n"
            + "@Retention(RetentionPolicy.CLASS)\n"
            + "@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})\n"
            + "public @interface Nullable {}\n");
    JavaFileObject typeUseNullable = JavaFileObjects.forSourceString("typeuse.Nullable",
        "package typeuse;\n"
            + "import java.lang.annotation.*;\n"
            + "@Retention(RetentionPolicy.CLASS)\n"
            + "@Target(ElementType.TYPE_USE)\n"
            + "public @interface Nullable {}\n");
    TableDef table = table(schemaOf(declarationNullable, typeUseNullable, model("Person",
        "@Key long id;",
        "int age;",
        "Integer score;",
        "String name;",
        "Optional<String> nickname;",
        "Optional<Integer> height;",
        "@other.Nullable String middleName;",
        "@typeuse.Nullable String title;",
        "java.lang.@typeuse.Nullable String suffix;",
        "@Column(nullable = true) LocalDate birthday;")), "persons");

    Map<String, Boolean> nullable = new LinkedHashMap<>();
    table.columns().forEach(c -> nullable.put(c.name(), c.nullable()));
    Map<String, Boolean> expected = new LinkedHashMap<>();
    expected.put("id", false);
    expected.put("age", false);
    expected.put("score", false);
    expected.put("name", false);
    expected.put("nickname", true);
    expected.put("height", true);
    expected.put("middle_name", true);
    expected.put("title", true);
    expected.put("suffix", true);
    expected.put("birthday", true);
    assertEquals(expected, nullable);
    assertEquals("VARCHAR(255)", column(table, "nickname").type().toString());
    assertEquals("INTEGER", column(table, "height").type().toString());
  }

  @Test
  void recordsUseTheirComponents() {
    JavaFileObject nullable = JavaFileObjects.forSourceString("other.Nullable",
        "package other;\n"
            + "@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)\n"
            + "public @interface Nullable {}\n");
    TableDef table = table(schemaOf(nullable, java("Point",
        "@Model",
        "record Point(",
        "    @Key @Auto long id,",
        "    @Column(name = \"x_pos\") double x,",
        "    @other.Nullable String label,",
        "    Optional<Instant> seenAt,",
        "    @Transient String ignored) {",
        "  static final int ORIGIN = 0;",
        "}")), "points");

    assertEquals(List.of("id", "x_pos", "label", "seen_at"), table.columnNames());
    assertTrue(column(table, "id").auto());
    assertEquals("DOUBLE", column(table, "x_pos").type().toString());
    assertTrue(column(table, "label").nullable());
    assertTrue(column(table, "seen_at").nullable());
    assertEquals(List.of("id"), table.primaryKey());
  }

  @Test
  void compositeKeyIsInDeclarationOrder() {
    TableDef table = table(schemaOf(model("Membership",
        "@Key long teamId;",
        "String role;",
        "@Key long personId;")), "memberships");

    assertEquals(List.of("team_id", "person_id"), table.primaryKey());
    assertFalse(column(table, "team_id").auto());
  }

  @Test
  void autoMarksAGeneratedKey() {
    SchemaDef schema = schemaOf(
        model("A", "@Key @Auto int id;"),
        model("B", "@Key @Auto Long id;"));

    ColumnDef a = column(table(schema, "as"), "id");
    assertTrue(a.auto());
    assertEquals("INTEGER", a.type().toString());
    ColumnDef b = column(table(schema, "bs"), "id");
    assertTrue(b.auto());
    assertEquals("BIGINT", b.type().toString());
  }

  @Test
  void defaultValuesAreKeptVerbatim() {
    TableDef table = table(schemaOf(model("Post",
        "@Key long id;",
        "@Column(defaultValue = \"'draft'\") String status;",
        "@Column(defaultValue = \"CURRENT_TIMESTAMP\") Instant createdAt;",
        "@Column(defaultValue = \"0\") int views;",
        "String body;")), "posts");

    assertEquals("'draft'", column(table, "status").defaultValue());
    assertEquals("CURRENT_TIMESTAMP", column(table, "created_at").defaultValue());
    assertEquals("0", column(table, "views").defaultValue());
    assertNull(column(table, "body").defaultValue());
  }

  @Test
  void renameHintsOnClassAndField() {
    TableDef table = table(schemaOf(java("Customer",
        "@Model",
        "@RenamedFrom(\"clients\")",
        "class Customer {",
        "  @Key long id;",
        "  @RenamedFrom(\"mail\") String email;",
        "  String name;",
        "}")), "customers");

    assertEquals("clients", table.renamedFrom());
    assertEquals("mail", column(table, "email").renamedFrom());
    assertNull(column(table, "name").renamedFrom());
  }

  @Test
  void staticTransientAndTransientAnnotatedFieldsAreNotColumns() {
    TableDef table = table(schemaOf(model("Session",
        "static final long TTL = 60;",
        "@Key long id;",
        "transient Object cache;",
        "@Transient Map<String, Object> scratch;",
        "String token;")), "sessions");

    assertEquals(List.of("id", "token"), table.columnNames());
  }

  @Test
  void nestedModelsUseTheirCanonicalName() {
    SchemaDef schema = schemaOf(java("Outer",
        "class Outer {",
        "  @Model",
        "  static class Line {",
        "    @Key long id;",
        "  }",
        "}"));

    assertEquals("test.Outer.Line", table(schema, "lines").sourceClass());
  }
}
