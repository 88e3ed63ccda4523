package dev.strata.internal.runner;

import static dev.strata.ddl.Ddl.BOOLEAN;
import static dev.strata.ddl.Ddl.INTEGER;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.foreignKey;
import static dev.strata.ddl.Ddl.table;
import static dev.strata.internal.runner.RunnerTests.migrator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.Database;
import dev.strata.ErrorCode;
import dev.strata.Migration;
import dev.strata.MigrationContext;
import dev.strata.StrataException;
import dev.strata.ValidateResult;
import dev.strata.ValidateResult.Problem;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DriftValidationTest {
  private static final String ADVICE = "; undo it by hand or record it in a new migration";

  @ParameterizedTest
  @EnumSource(Kind.class)
  void anUntouchedDatabaseHasNoDrift(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      migrator(db, DriftMigrations.all()).migrate();

      ValidateResult result = migrator(db, DriftMigrations.all()).validate();

      assertEquals(List.of(), result.problems());
      assertEquals(List.of(), result.notes());
      assertEquals(3, result.applied());
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void everyChangeMadeBehindStrataIsReportedInPlainWords(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      migrator(db, DriftMigrations.all()).migrate();
      db.execute("INSERT INTO users (name, email) VALUES ('ann', 'ann@example.com')",
          "INSERT INTO tags (id, label, weight) VALUES (1, 'java', 3)");
      db.execute(DriftMigrations.ADD_COLUMN);
      db.execute(DriftMigrations.dropForeignKey(kind).toArray(String[]::new));
      db.execute(DriftMigrations.dropIndex(kind));
      db.execute(DriftMigrations.changeTags(kind).toArray(String[]::new));
      db.execute(DriftMigrations.ADD_TABLE);
      db.execute(DriftMigrations.ADD_INDEX);

      ValidateResult result = migrator(db, DriftMigrations.all()).validate();

      List<String> expected = new ArrayList<>();
      expected.add("audit_log: table audit_log exists in the database but in no migration");
      if (kind == Kind.MYSQL) {
        // InnoDB keeps the index it made for the foreign key when the key is dropped by hand.
        expected.add("posts: index fk_posts_user on posts exists in the database but in no migration");
      }
      expected.add("posts: index idx_posts_title is missing");
      expected.add("posts: foreign key fk_posts_user is missing");
      expected.add("tags: column tags.label is nullable in the database but NOT NULL in the migrations");
      expected.add("tags: column tags.weight is " + (kind == Kind.SQLITE ? "REAL" : "DOUBLE")
          + " in the database but INTEGER in the migrations");
      expected.add("users: column users.nickname exists in the database but in no migration");
      expected.add("users: index idx_users_name on users exists in the database but in no migration");
      assertEquals(expected, describe(result.problems()));
      assertTrue(result.problems().stream().allMatch(p -> p.code() == ErrorCode.DRIFT_DETECTED));
      assertFalse(result.isValid());
      StrataException e = assertThrows(StrataException.class, result::throwIfInvalid);
      assertEquals(ErrorCode.DRIFT_DETECTED, e.code());
      assertTrue(e.getMessage().contains("  - column users.nickname exists in the database but in no migration" + ADVICE),
          e.getMessage());
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void tablesRawSqlMayChangeAreLeftOutAndNamedInANote(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      List<ResolvedMigration> code = new ArrayList<>(DriftMigrations.all());
      code.add(new ResolvedMigration("4", "raw sql", new RawSql(kind == Kind.POSTGRESQL ? Database.SQLITE : Database.POSTGRESQL)));
      migrator(db, code).migrate();

      ValidateResult clean = migrator(db, code).validate();
      assertEquals(List.of(), clean.problems());
      assertEquals(List.of("drift not checked for table users: raw SQL in migration 4 (executeSql) may change it"),
          clean.notes());

      db.execute("ALTER TABLE tags ADD COLUMN hidden INTEGER", DriftMigrations.dropIndex(kind));
      ValidateResult drifted = migrator(db, code).validate();
      // The INSERT into tags and the SQL meant for another database leave tags and posts checked.
      assertEquals(List.of("posts: index idx_posts_title is missing",
          "tags: column tags.hidden exists in the database but in no migration"), describe(drifted.problems()));
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aSchemaChangeMadeInACodeStepIsDriftWithANote(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      List<ResolvedMigration> code = new ArrayList<>(DriftMigrations.all());
      code.add(new ResolvedMigration("4", "code step", new CodeStep()));
      migrator(db, code).migrate();

      ValidateResult result = migrator(db, code).validate();

      assertEquals(List.of("tags: column tags.hidden exists in the database but in no migration"),
          describe(result.problems()));
      assertEquals(1, result.notes().size());
      assertTrue(result.notes().get(0).startsWith("migration 4 has code steps (run)"), result.notes().toString());
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void withABaselineOnlyTablesCreatedAboveItAreChecked(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      db.execute("CREATE TABLE customers (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50))",
          "CREATE TABLE misc (id INTEGER)");
      List<ResolvedMigration> code = List.of(
          new ResolvedMigration("4", "create customers", new CreateCustomers()),
          new ResolvedMigration("6", "create orders", new CreateOrders()));
      migrator(db, code).baseline("5");
      migrator(db, code).migrate();

      ValidateResult clean = migrator(db, code).validate();
      assertEquals(List.of(), clean.problems());
      assertEquals(List.of(
          "drift not checked for table customers: it was created before the baseline 5",
          "drift not checked for table misc: no migration above the baseline 5 creates it, so its shape is not known"),
          clean.notes());

      db.execute("ALTER TABLE orders ADD COLUMN extra INTEGER", "ALTER TABLE misc ADD COLUMN extra INTEGER");
      assertEquals(List.of("orders: column orders.extra exists in the database but in no migration"),
          describe(migrator(db, code).validate().problems()));
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void commonDefaultsInTheDatabasesOwnSpellingAreNoDrift(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      List<ResolvedMigration> code = List.of(new ResolvedMigration("1", "events", new DriftMigrations.CreateEvents()));
      migrator(db, code).migrate();

      ValidateResult result = migrator(db, code).validate();

      // PostgreSQL reads '2020-01-02' back as '2020-01-02 00:00:00', MariaDB as '2020-01-02 00:00:00.000000'.
      assertEquals(List.of(), describe(result.problems()));
    }
  }

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = "SQLITE")
  void driftIsNotCheckedWhileAnAppliedMigrationIsMissingFromTheCode(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      migrator(db, DriftMigrations.all()).migrate();
      db.execute(DriftMigrations.ADD_COLUMN);

      ValidateResult result = migrator(db, DriftMigrations.all().subList(0, 2)).validate();

      assertEquals(List.of(ErrorCode.VALIDATION_FAILED), result.problems().stream().map(Problem::code).toList());
      assertEquals(1, result.notes().size());
      assertTrue(result.notes().get(0).startsWith("drift not checked: what migration 3 did is not known"),
          result.notes().get(0));
    }
  }

  private static List<String> describe(List<Problem> problems) {
    List<String> out = new ArrayList<>();
    for (Problem p : problems) {
      assertTrue(p.message().endsWith(ADVICE), p.message());
      out.add(p.subject() + ": " + p.message().substring(0, p.message().length() - ADVICE.length()));
    }
    return out;
  }

  /** Raw SQL: a schema change to users, rows into tags, and an index on posts for another database. */
  static final class RawSql implements Migration {
    private final Database other;

    RawSql(Database other) {
      this.other = other;
    }

    @Override
    public void up(MigrationContext db) {
      db.executeSql("ALTER TABLE users ADD COLUMN legacy VARCHAR(20)");
      db.executeSql("-- seed\nINSERT INTO tags (id, label, weight) VALUES (7, 'seven', 7)");
      db.executeSql(other, "CREATE INDEX idx_posts_score ON posts (score)");
    }
  }

  /** A code step that changes the schema, which Strata cannot see. */
  public static final class CodeStep implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.run(connection -> {
        try (Statement s = connection.createStatement()) {
          s.execute("ALTER TABLE tags ADD COLUMN hidden INTEGER");
        }
      });
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aBaselineAtAMigrationOfTheCodeChecksEveryTableAgainstThatMigration(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      db.execute("CREATE TABLE customers (id INTEGER NOT NULL PRIMARY KEY)");
      List<ResolvedMigration> code = List.of(
          new ResolvedMigration("4", "create customers", new CreateCustomers()),
          new ResolvedMigration("6", "create orders", new CreateOrders()));
      migrator(db, code).baseline("4");
      migrator(db, code).migrate();

      ValidateResult clean = migrator(db, code).validate();
      assertEquals(List.of(), clean.problems());
      assertEquals(List.of(), clean.notes());

      db.execute("ALTER TABLE customers ADD COLUMN nickname VARCHAR(20)");
      assertEquals(List.of("customers: column customers.nickname exists in the database but in no migration"),
          describe(migrator(db, code).validate().problems()));
    }
  }

  /** The legacy table, as a migration at or below the baseline that never runs. */
  public static final class CreateCustomers implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.createTable(table("customers").column(column("id", INTEGER)).primaryKey("id"));
    }
  }

  /** A table referencing the legacy one, and a column added to the legacy one. */
  public static final class CreateOrders implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.createTable(table("orders")
          .column(column("id", INTEGER))
          .column(column("customer_id", INTEGER))
          .primaryKey("id")
          .foreignKey(foreignKey("fk_orders_customer", "customer_id").references("customers", "id")));
      db.addColumn("customers", column("vip", BOOLEAN).nullable());
    }
  }
}
