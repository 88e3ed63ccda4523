package dev.strata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.MigrateResult;
import dev.strata.MigrationState;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link StrataTest} and {@link MigrationTester} do, on each database (a subclass per
 * database). The test migrations: 20260301000000 creates {@code accounts(full_name)} and
 * {@code transfers}; 20260302000000 splits {@code full_name} into {@code first_name} and
 * {@code last_name} in Java code, which is what the models say.
 */
@ExtendWith(Servers.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class MigrationTesterContract {
  static final String CREATE_ACCOUNTS = "20260301000000";
  static final String SPLIT_NAMES = "20260302000000";

  /** The previous test's database, to show the next test gets another and the previous is gone. */
  private static final List<String> earlierDatabases = new ArrayList<>();

  private MigrationTester fromBeforeEach;

  /** Whether the database that {@code jdbcUrl} reaches still exists. */
  abstract boolean exists(String jdbcUrl) throws Exception;

  @BeforeEach
  void remember(MigrationTester db) {
    fromBeforeEach = db;
  }

  @Test
  @Order(1)
  void aTestDatabaseStartsEmpty(MigrationTester db) throws Exception {
    assertEquals(2, db.migrator().status().inState(MigrationState.PENDING).size());
    AssertionError empty = assertThrows(AssertionError.class, db::assertMatchesModels);
    assertTrue(empty.getMessage().contains("with no migration applied does not match the models"), empty.getMessage());
    assertTrue(empty.getMessage().contains("table accounts is in the models but not in the database"),
        empty.getMessage());
    db.migrate();
    earlierDatabases.add(db.jdbcUrl());
  }

  @Test
  @Order(2)
  void eachTestHasItsOwnDatabaseAndTheLastOneIsGone(MigrationTester db) throws Exception {
    assertFalse(earlierDatabases.isEmpty(), "the first test ran");
    String earlier = earlierDatabases.get(earlierDatabases.size() - 1);
    assertNotEquals(earlier, db.jdbcUrl());
    assertFalse(exists(earlier), "the first test's database was dropped: " + earlier);
    assertEquals(2, db.migrator().status().inState(MigrationState.PENDING).size());
    assertTrue(exists(db.jdbcUrl()));
  }

  @Test
  void theBeforeEachMethodGetsTheTestsTester(MigrationTester db) {
    assertSame(fromBeforeEach, db);
  }

  @Test
  void rowsInsertedAtTheFirstVersionAreSplitByTheSecond(MigrationTester db) throws Exception {
    MigrateResult first = db.migrateTo(CREATE_ACCOUNTS);
    assertEquals(CREATE_ACCOUNTS, first.currentVersion());
    long ada = insertAccount(db, "Ada Lovelace");
    insertAccount(db, "Grace Brewster Hopper");
    insertAccount(db, "Plato");
    insertTransfer(db, ada, 1200);

    MigrateResult second = db.migrate();

    assertEquals(SPLIT_NAMES, second.currentVersion());
    assertEquals(List.of("Ada|Lovelace", "Grace|Brewster Hopper", "Plato|"),
        strings(db, "SELECT first_name, last_name FROM accounts ORDER BY id"));
    assertEquals(List.of(ada + "|1200"), strings(db, "SELECT account_id, amount_cents FROM transfers"));
    db.assertMatchesModels();
  }

  @Test
  void rollbackJoinsTheNamesAgain(MigrationTester db) throws Exception {
    db.migrateTo(CREATE_ACCOUNTS);
    insertAccount(db, "Ada Lovelace");
    db.migrate();

    assertEquals(CREATE_ACCOUNTS, db.rollback(1).currentVersion());

    assertEquals(List.of("Ada Lovelace"), strings(db, "SELECT full_name FROM accounts"));
    AssertionError behind = assertThrows(AssertionError.class, db::assertMatchesModels);
    assertTrue(behind.getMessage().contains("at version " + CREATE_ACCOUNTS), behind.getMessage());
    assertTrue(behind.getMessage().contains("column accounts.full_name is in the database but in no model"),
        behind.getMessage());
  }

  @Test
  void aModelChangedWithoutAMigrationIsNamed(MigrationTester db, @TempDir Path dir) throws Exception {
    db.migrate();
    db.assertMatchesModels();

    MigrationTester changed = db.withClassLoader(ChangedModels.withNickname(dir));

    AssertionError error = assertThrows(AssertionError.class, changed::assertMatchesModels);
    assertEquals("the database at version " + SPLIT_NAMES + " does not match the models:\n"
        + "  - column accounts.nickname is in the models but not in the database\n"
        + "Write a migration for the change (strata generate), or change the models back.", error.getMessage());
  }

  @Test
  void migrateToAnUnknownVersionNamesTheKnownOnes(MigrationTester db) {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> db.migrateTo("20260301"));
    assertEquals("no migration on the class path has version 20260301; the versions are "
        + CREATE_ACCOUNTS + ", " + SPLIT_NAMES, error.getMessage());
  }

  @Test
  void migrateToNeverRollsBack(MigrationTester db) {
    db.migrate();
    IllegalStateException error = assertThrows(IllegalStateException.class, () -> db.migrateTo(CREATE_ACCOUNTS));
    assertTrue(error.getMessage().contains("already at " + SPLIT_NAMES), error.getMessage());
  }

  static long insertAccount(MigrationTester db, String fullName) throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement insert = c.prepareStatement("INSERT INTO accounts (full_name) VALUES (?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, fullName);
      insert.executeUpdate();
      try (ResultSet key = insert.getGeneratedKeys()) {
        key.next();
        return key.getLong(1);
      }
    }
  }

  static void insertTransfer(MigrationTester db, long account, long cents) throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement insert = c.prepareStatement(
            "INSERT INTO transfers (account_id, amount_cents) VALUES (?, ?)")) {
      insert.setLong(1, account);
      insert.setLong(2, cents);
      insert.executeUpdate();
    }
  }

  /** Each row of {@code sql}, its columns joined by {@code |}. */
  static List<String> strings(MigrationTester db, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(i > 1 ? "|" : "").append(r.getString(i));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }
}
