package dev.strata.cli;

import static dev.strata.cli.ProjectBuild.compile;
import static dev.strata.cli.ProjectBuild.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import dev.strata.internal.database.Dialects;
import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A schema shaped like a real application's, written with the whole model language (a mapped
 * superclass for {@code last_update}, an embeddable address embedded twice, named foreign keys, a
 * composite foreign key, checks at class and field level, named unique and multi-column indexes),
 * taken the way a user takes it: compiled with the processor, {@code strata generate}, compiled
 * again, {@code strata up} on each database. The database then holds exactly what the models
 * declare (read back by introspection), enforces it on rows, and a second {@code generate} and
 * {@code validate} find nothing.
 */
class RealSchemaRoundTripTest {
  private static final String PACKAGE = "com/example/library";
  private static final List<String> MODELS = List.of(
      "Audited", "Address", "Branch", "Member", "Book", "Edition", "Copy", "Loan");

  @TempDir Path project;

  @ParameterizedTest
  @EnumSource(Kind.class)
  void theDatabaseHoldsExactlyWhatTheModelsDeclareAndASecondGenerateFindsNothing(Kind kind) throws Exception {
    Path sources = project.resolve("src/main/java");
    Path migrations = sources.resolve("db/migration");
    copyModels(sources);
    ProjectBuild.Result generate = run("generate", "--classes", compile(project, sources).toString(),
        "--dir", migrations.toString(), "-m", "create library");
    assertEquals(0, generate.code(), generate.err() + generate.out());
    Path classes = compile(project, sources);

    try (TestDatabase db = TestDatabases.open(kind)) {
      ProjectBuild.Result up = run("up", "--url", db.url(), "--classes", classes.toString());
      assertEquals(0, up.code(), up.err() + up.out());

      SchemaDef live = Dialects.introspector(db.connection()).read().schema();
      assertEquals(List.of("books", "branches", "copies", "editions", "loans", "members"),
          live.tables().stream().map(TableDef::name).filter(n -> !n.startsWith("strata_")).sorted().toList());

      assertEquals(List.of("last_update", "id", "home_branch_id", "email", "billing_line1", "billing_line2",
          "billing_city", "billing_postal_code", "active"), table(live, "members").columnNames());
      assertEquals(List.of("last_update", "id", "name", "address_line1", "address_line2", "address_city",
          "address_postal_code"), table(live, "branches").columnNames());
      TableDef members = table(live, "members");
      for (String col : List.of("billing_line1", "billing_line2", "billing_city", "billing_postal_code")) {
        assertTrue(members.column(col).map(ColumnDef::nullable).orElseThrow(), col + " is nullable with its group");
      }
      TableDef branches = table(live, "branches");
      assertTrue(branches.column("address_line2").map(ColumnDef::nullable).orElseThrow());
      assertTrue(!branches.column("address_city").map(ColumnDef::nullable).orElseThrow());

      assertEquals(Map.of(
              "books", List.of("isbn"), "branches", List.of("id"), "copies", List.of("id"),
              "editions", List.of("isbn", "edition_no"), "loans", List.of("id"), "members", List.of("id")),
          primaryKeys(live));
      assertEquals(Map.of(
              "fk_copy_branch", "copies(branch_id) -> branches(id) NO_ACTION",
              "fk_copy_edition", "copies(isbn, edition_no) -> editions(isbn, edition_no) CASCADE",
              "fk_edition_book", "editions(isbn) -> books(isbn) CASCADE",
              "fk_loan_copy", "loans(copy_id) -> copies(id) NO_ACTION",
              "fk_loan_member", "loans(member_id) -> members(id) CASCADE",
              "fk_member_home_branch", "members(home_branch_id) -> branches(id) RESTRICT"),
          foreignKeys(live));
      assertEquals(List.of("books.ck_book_pages", "copies.ck_copy_price", "loans.ck_loan_dates", "members.ck_member_email"),
          checks(live));
      assertEquals(List.of("copies.idx_copy_branch_isbn(branch_id, isbn)", "loans.idx_loan_due_on(due_on)",
          "branches.uq_branch_name(name) unique", "members.uq_member_email(email) unique").stream().sorted().toList(),
          indexes(live, kind));

      enforcedOnRows(db, kind);

      ProjectBuild.Result check = run("generate", "--check", "--classes", classes.toString(),
          "--dir", migrations.toString());
      assertEquals(0, check.code(), check.err() + check.out());
      assertTrue(check.out().contains("No schema changes detected"), check.out());
      ProjectBuild.Result valid = run("validate", "--url", db.url(), "--classes", classes.toString());
      assertEquals(0, valid.code(), valid.err() + valid.out());
    }
  }

  /** Rows that keep every rule go in; one breaking each kind of constraint is refused. */
  private static void enforcedOnRows(TestDatabase db, Kind kind) throws SQLException {
    if (kind == Kind.SQLITE) {
      db.execute("PRAGMA foreign_keys = ON");
    }
    db.execute(
        "INSERT INTO branches (id, name, address_line1, address_city, address_postal_code)"
            + " VALUES (1, 'Central', '1 Main St', 'Springfield', '12345')",
        "INSERT INTO members (id, home_branch_id, email, active) VALUES (1, 1, 'ada@example.com', " + bool(kind) + ")",
        "INSERT INTO books (isbn, title, pages) VALUES ('9780000000001', 'Strata', 321)",
        "INSERT INTO editions (isbn, edition_no, published) VALUES ('9780000000001', 2, 2024)",
        "INSERT INTO copies (id, isbn, edition_no, branch_id, price) VALUES (1, '9780000000001', 2, 1, 12.50)",
        "INSERT INTO loans (id, copy_id, member_id, loaned_on, due_on) VALUES (1, 1, 1, '2026-01-02', '2026-01-30')");
    assertEquals(1, db.count("loans"));
    List<String> refused = List.of(
        "INSERT INTO copies (id, isbn, edition_no, branch_id, price) VALUES (2, '9780000000001', 2, 1, -1)",
        "INSERT INTO copies (id, isbn, edition_no, branch_id, price) VALUES (3, '9780000000001', 9, 1, 1)",
        "INSERT INTO books (isbn, title, pages) VALUES ('9780000000002', 'Empty', 0)",
        "INSERT INTO members (id, home_branch_id, email, active) VALUES (2, 1, 'no-at-sign', " + bool(kind) + ")",
        "INSERT INTO loans (id, copy_id, member_id, loaned_on, due_on, returned_on)"
            + " VALUES (2, 1, 1, '2026-02-02', '2026-02-20', '2026-02-01')",
        "DELETE FROM branches WHERE id = 1");
    for (String sql : refused) {
      assertThrows(SQLException.class, () -> db.execute(sql), sql);
    }
    db.execute("DELETE FROM loans", "DELETE FROM books");
    assertEquals(0, db.count("editions"), "deleting a book deletes its editions");
    assertEquals(0, db.count("copies"), "and their copies, over both columns of the composite key");
  }

  private static String bool(Kind kind) {
    return kind == Kind.SQLITE ? "1" : "TRUE";
  }

  private static TableDef table(SchemaDef schema, String name) {
    return schema.table(name).orElseThrow(() -> new AssertionError("no table " + name));
  }

  private static Map<String, List<String>> primaryKeys(SchemaDef schema) {
    Map<String, List<String>> keys = new TreeMap<>();
    schema.tables().stream().filter(t -> !t.name().startsWith("strata_")).forEach(t -> keys.put(t.name(), t.primaryKey()));
    return keys;
  }

  private static Map<String, String> foreignKeys(SchemaDef schema) {
    Map<String, String> keys = new TreeMap<>();
    for (TableDef table : schema.tables()) {
      for (ForeignKeyDef fk : table.foreignKeys()) {
        keys.put(fk.name(), table.name() + "(" + String.join(", ", fk.columns()) + ") -> " + fk.referencedTable()
            + "(" + String.join(", ", fk.referencedColumns()) + ") " + fk.onDelete());
      }
    }
    return keys;
  }

  private static List<String> checks(SchemaDef schema) {
    return schema.tables().stream()
        .flatMap(t -> t.checks().stream().map(CheckDef::name).map(n -> t.name() + "." + n))
        .sorted().toList();
  }

  /**
   * The indexes, sorted; on MySQL and MariaDB without the index InnoDB adds for a foreign key
   * whose columns no index leads with (named after the constraint).
   */
  private static List<String> indexes(SchemaDef schema, Kind kind) {
    return schema.tables().stream()
        .flatMap(t -> t.indexes().stream()
            .filter(i -> kind != Kind.MYSQL || t.foreignKey(i.name()).isEmpty())
            .map(i -> t.name() + "." + describe(i)))
        .sorted().toList();
  }

  private static String describe(IndexDef index) {
    return index.name() + "(" + String.join(", ", index.columns()) + ")" + (index.unique() ? " unique" : "");
  }

  private static void copyModels(Path sources) throws IOException {
    Path dir = Files.createDirectories(sources.resolve(PACKAGE));
    for (String model : MODELS) {
      try (InputStream in = RealSchemaRoundTripTest.class.getResourceAsStream("/library/" + model + ".java")) {
        Files.copy(in, dir.resolve(model + ".java"));
      }
    }
  }
}
