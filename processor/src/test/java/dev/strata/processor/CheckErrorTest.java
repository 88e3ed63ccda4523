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

/** What the processor refuses, or warns about, in {@code @Check}. */
class CheckErrorTest {

  @Test
  void anUnclosedQuoteOnAField() {
    JavaFileObject source = model("Order",
        "@Key long id;",
        "@Check(\"status IN ('open', 'closed)\")",
        "String status;");

    assertError(compile(source), source, "@Check", Messages.MALFORMED_CHECK, "ck_orders_status",
        "test.Order.status", "status IN ('open', 'closed)",
        ModelValidator.defaultValueProblem("status IN ('open', 'closed)"));
  }

  @Test
  void unbalancedParenthesesOnTheClass() {
    JavaFileObject source = java("Order",
        "@Model",
        "@Check(name = \"ck_total\", value = \"(total > 0\")",
        "class Order {",
        "  @Key long id;",
        "  long total;",
        "}");

    assertError(compile(source), source, "ck_total", Messages.MALFORMED_CHECK, "ck_total", "test.Order",
        "(total > 0", "1 '(' never closed");
  }

  @Test
  void anEmptyExpression() {
    JavaFileObject source = model("Order", "@Key long id;", "@Check(\" \") long total;");

    assertError(compile(source), source, "@Check", Messages.CHECK_EMPTY, "test.Order.total");
  }

  @Test
  void anInvalidName() {
    JavaFileObject source = java("Order",
        "@Model",
        "@Check(name = \"total-positive\", value = \"total > 0\")",
        "class Order {",
        "  @Key long id;",
        "  long total;",
        "}");

    assertError(compile(source), source, "total-positive", Messages.INVALID_IDENTIFIER, "Check name",
        "total-positive", "test.Order", "does not match [A-Za-z_][A-Za-z0-9_]*", Messages.FIX_CHECK_NAME);
  }

  @Test
  void twoChecksOfOneFieldShareTheDefaultName() {
    JavaFileObject source = model("Order",
        "@Key long id;",
        "@Check(\"total > 0\")",
        "@Check(\"total < 100\")",
        "long total;");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
        String.format(Messages.DUPLICATE_CHECK, "ck_orders_total", "orders", "orders"));
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void checkNamesAreUniqueInTheSchemaIgnoringCase() {
    JavaFileObject order = java("Order",
        "@Model",
        "@Check(name = \"positive\", value = \"total > 0\")",
        "class Order { @Key long id; long total; }");
    JavaFileObject invoice = java("Invoice",
        "@Model",
        "@Check(name = \"POSITIVE\", value = \"amount > 0\")",
        "class Invoice { @Key long id; long amount; }");
    Compilation compilation = compile(order, invoice);

    // Models are checked in class-name order: test.Invoice first, so the clash is reported on Order.
    assertError(compilation, order, "positive", Messages.DUPLICATE_CHECK, "positive", "orders", "invoices");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aCheckNamedLikeAnIndexOrForeignKeyOfItsTable() {
    JavaFileObject user = model("User", "@Key long id;");
    JavaFileObject source = java("Order",
        "@Model",
        "@Check(name = \"idx_orders_total\", value = \"total > 0\")",
        "@Check(name = \"FK_ORDERS_USER_ID\", value = \"user_id > 0\")",
        "class Order {",
        "  @Key long id;",
        "  @Index long total;",
        "  @References(User.class) long userId;",
        "}");
    Compilation compilation = compile(user, source);

    assertError(compilation, source, "idx_orders_total", Messages.CHECK_NAME_CLASH, "idx_orders_total",
        "orders", "index", "idx_orders_total");
    assertError(compilation, source, "FK_ORDERS_USER_ID", Messages.CHECK_NAME_CLASH, "FK_ORDERS_USER_ID",
        "orders", "foreign key", "fk_orders_user_id");
  }

  @Test
  void aWordThatIsNoColumnIsAWarningOnly() {
    JavaFileObject source = java("Order",
        "@Model",
        "@Check(\"totalAmount > 0 AND length(note) < 10 AND CAST(total AS INTEGER) < 5 AND note <> 'x y'\")",
        "class Order {",
        "  @Key long id;",
        "  long total;",
        "  String note;",
        "}");
    Compilation compilation = compile(source);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(String.format(Messages.CHECK_UNKNOWN_COLUMN,
            "ck_orders_1", "test.Order", "totalAmount", "orders", "id, total, note"))
        .inFile(source).onLine(lineOf(source, "@Check"));
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void postgresqlsSpellingReadByInitFromDbGivesNoWarning() {
    JavaFileObject source = java("Order",
        "@Model",
        "@Check(name = \"ck_status\", value = \"(status)::text = ANY ((ARRAY['open'::character varying,"
            + " 'closed'::character varying])::text[]) AND total >= (0)::numeric\")",
        "class Order {",
        "  @Key long id;",
        "  long total;",
        "  String status;",
        "}");

    assertThat(compile(source)).succeededWithoutWarnings();
  }

  @Test
  void columnsKeywordsFunctionsAndLiteralsGiveNoWarning() {
    JavaFileObject source = java("Order",
        "@Model",
        "@Check(\"\\\"total\\\" BETWEEN 0 AND 1e6 AND status IN ('open', 'it''s') AND note IS NULL OR"
            + " lower(note) LIKE 'a%' ESCAPE '!' AND total::numeric > 0 AND CASE WHEN total > 1 THEN TRUE ELSE FALSE END\")",
        "class Order {",
        "  @Key long id;",
        "  long total;",
        "  String status;",
        "  @Column(nullable = true) String note;",
        "}");

    assertThat(compile(source)).succeededWithoutWarnings();
  }
}
