package dev.strata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.testing.MigrationTester;
import dev.strata.testing.StrataTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The sample's migrations keep its users: a user written at the first version is still there, whole,
 * once every migration has run, and the migrated database is what the models describe. Runs on a
 * fresh SQLite file; with the PostgreSQL or MySQL driver added as a test dependency,
 * {@code STRATA_TEST_URL} runs it on that server instead.
 */
@StrataTest
class UsersMigrationTest {
  private static final String FIRST_VERSION = "20261123163258";

  @Test
  void aUserWrittenAtTheFirstVersionSurvivesEveryMigration(MigrationTester db) throws SQLException {
    db.migrateTo(FIRST_VERSION);
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement insert = c.prepareStatement("INSERT INTO users (name, username, email) VALUES (?, ?, ?)")) {
      insert.setString(1, "Ada Lovelace");
      insert.setString(2, "ada");
      insert.setString(3, "ada@example.com");
      insert.executeUpdate();
    }

    db.migrate();

    try (Connection c = db.dataSource().getConnection();
        Statement query = c.createStatement();
        ResultSet row = query.executeQuery("SELECT name, username, email FROM users")) {
      assertTrue(row.next(), "the user is still there");
      assertEquals("Ada Lovelace", row.getString("name"));
      assertEquals("ada", row.getString("username"));
      assertEquals("ada@example.com", row.getString("email"));
    }
    db.assertMatchesModels();
  }
}
