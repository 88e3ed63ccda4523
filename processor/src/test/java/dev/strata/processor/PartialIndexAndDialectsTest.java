package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.strata.processor.Compiled.generated;
import static dev.strata.processor.Compiled.table;
import static dev.strata.processor.ErrorAssertions.assertError;
import static dev.strata.processor.Sources.java;
import static dev.strata.processor.Sources.migration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.strata.internal.manifest.ManifestCodec;
import dev.strata.internal.schema.index.MigrationIndex;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Index(where)} and the target dialects option {@code -Astrata.dialects}. */
class PartialIndexAndDialectsTest {

  private static final JavaFileObject ORDER = java("Order",
      "@Model",
      "@Index(columns = {\"customer_id\", \"placed_at\"}, where = \"status = 'open'\")",
      "class Order {",
      "  @Key long id;",
      "  long customerId;",
      "  LocalDateTime placedAt;",
      "  String status;",
      "  @Index(unique = true, where = \"deleted_at IS NULL\") String reference;",
      "  Optional<LocalDateTime> deletedAt;",
      "}");

  private static final String DEFAULT =
      "-Astrata.dialects (not set, so all three are targets: set -Astrata.dialects=sqlite,postgresql)";

  private static Compilation compile(String dialects, JavaFileObject... sources) {
    Compiler javac = Compiler.javac().withProcessors(new StrataProcessor());
    if (dialects != null) {
      javac = javac.withOptions("-Astrata.dialects=" + dialects);
    }
    return javac.compile(sources);
  }

  @Test
  void partialIndexesOnClassAndFieldCarryTheirPredicate() {
    Compilation compilation = compile("sqlite,postgresql", ORDER);
    assertThat(compilation).succeededWithoutWarnings();
    TableDef orders = table(ManifestCodec.read(Compiled.manifestText(compilation)), "orders");
    assertEquals(List.of(
            new IndexDef("idx_orders_customer_id_placed_at", List.of("customer_id", "placed_at"), false,
                "status = 'open'"),
            new IndexDef("uq_orders_reference", List.of("reference"), true, "deleted_at IS NULL")),
        orders.indexes());
  }

  @Test
  void aPartialIndexIsAnErrorWhileMysqlIsATarget() {
    Compilation byDefault = compile(null, ORDER);
    assertError(byDefault, ORDER, "where = \"status = 'open'\"", Messages.PARTIAL_INDEX_ON_MYSQL,
        "idx_orders_customer_id_placed_at", "orders",
        DEFAULT);
    assertError(byDefault, ORDER, "String reference;", Messages.PARTIAL_INDEX_ON_MYSQL,
        "uq_orders_reference", "orders", DEFAULT);

    Compilation listed = compile("postgresql, MariaDB", ORDER);
    assertError(listed, ORDER, "where = \"status = 'open'\"", Messages.PARTIAL_INDEX_ON_MYSQL,
        "idx_orders_customer_id_placed_at", "orders", "-Astrata.dialects=postgresql, MariaDB");
  }

  @Test
  void aMalformedPredicateIsAnErrorAtTheIndex() {
    JavaFileObject source = java("Ticket",
        "@Model",
        "class Ticket {",
        "  @Key long id;",
        "  @Index(where = \"WHERE state = 'new'\") String state;",
        "  @Index(where = \"(title <> 'x'\") String title;",
        "}");
    Compilation compilation = compile("postgresql", source);
    assertError(compilation, source, "String state;", Messages.MALFORMED_WHERE, "idx_tickets_state", "tickets",
        "WHERE state = 'new'", "it starts with WHERE, which Strata writes itself");
    assertError(compilation, source, "String title;", Messages.MALFORMED_WHERE, "idx_tickets_title", "tickets",
        "(title <> 'x'", "1 '(' never closed");
  }

  @Test
  void badOptionValuesAreClearErrors() {
    Compilation unknown = compile("sqlite,oracle", ORDER);
    assertThat(unknown).failed();
    assertThat(unknown).hadErrorContaining(String.format(Messages.UNKNOWN_DIALECT, "sqlite,oracle", "oracle"));

    Compilation empty = compile(" , ", ORDER);
    assertThat(empty).failed();
    assertThat(empty).hadErrorContaining(String.format(Messages.NO_DIALECT, " , "));
  }

  @Test
  void theIndexRecordsTheTargetsAndItsDigestCoversThem() {
    JavaFileObject v1 = migration("V1__init", "1", "init");
    String restricted = generated(compile("sqlite, postgresql", v1, Sources.MIGRATION_API), MigrationIndex.PATH).orElseThrow();
    String[] lines = restricted.split("\n");
    assertTrue(lines[0].startsWith(MigrationIndex.DIGEST_PREFIX + "\t"), restricted);
    assertEquals(MigrationIndex.DIALECTS_PREFIX + "\tpostgresql,sqlite", lines[1]);
    assertEquals(List.of("postgresql", "sqlite"), MigrationIndex.readDialects(restricted));

    String all = generated(compile("mysql,sqlite,postgresql", v1, Sources.MIGRATION_API), MigrationIndex.PATH).orElseThrow();
    String byDefault = generated(compile(null, v1, Sources.MIGRATION_API), MigrationIndex.PATH).orElseThrow();
    assertEquals(byDefault, all, "naming all three is the default, with the default's digest");
    assertTrue(!byDefault.contains(MigrationIndex.DIALECTS_PREFIX), byDefault);
    assertTrue(!lines[0].equals(byDefault.split("\n")[0]), "the digest changes with the option");
  }

  @Test
  void aProjectThatExcludesADatabaseRecordsItBeforeItsFirstMigration() {
    JavaFileObject model = java("Note", "@Model", "class Note {", "  @Key long id;", "}");
    String index = generated(compile("sqlite", model), MigrationIndex.PATH).orElseThrow();
    assertEquals(MigrationIndex.DIALECTS_PREFIX + "\tsqlite\n", index);
    assertTrue(generated(compile(null, model), MigrationIndex.PATH).isEmpty());
  }
}
