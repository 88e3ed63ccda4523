/**
 * Testing migrations against real databases with JUnit 5: {@link dev.strata.testing.StrataTest}
 * gives each test a fresh, empty database and a {@link dev.strata.testing.MigrationTester} to
 * migrate it step by step, roll back, and compare it with the models.
 *
 * <pre>{@code
 * @StrataTest
 * class SplitNamesMigrationTest {
 *   @Test
 *   void namesAreSplit(MigrationTester db) throws SQLException {
 *     db.migrateTo("20260301000000");
 *     try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
 *       s.executeUpdate("INSERT INTO accounts (full_name) VALUES ('Ada Lovelace')");
 *     }
 *     db.migrate();
 *     // read first_name and last_name back ...
 *     db.assertMatchesModels();
 *   }
 * }
 * }</pre>
 */
package dev.strata.testing;
