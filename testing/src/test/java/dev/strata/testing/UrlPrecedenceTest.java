package dev.strata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.strata.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which server a test gets: the method's annotation, else the class's, else
 * {@code -Dstrata.test.url}, else {@code STRATA_TEST_URL}, else SQLite. The property is set in
 * {@code @BeforeEach}, which runs before the test method's tester is made.
 */
@StrataTest
class UrlPrecedenceTest {

  @BeforeEach
  void pointAtPostgres() {
    assumeTrue(Servers.onCi() || Servers.reachable(Servers.POSTGRES), "PostgreSQL not reachable, test skipped");
    System.setProperty(StrataExtension.URL_PROPERTY, Servers.POSTGRES);
  }

  @AfterEach
  void clear() {
    System.clearProperty(StrataExtension.URL_PROPERTY);
  }

  @Test
  void theSystemPropertyNamesTheServer(MigrationTester db) {
    assertEquals(Database.POSTGRESQL, db.database());
  }

  @Test
  @StrataTest(url = "sqlite:")
  void theMethodsAnnotationWinsOverTheProperty(MigrationTester db) {
    assertEquals(Database.SQLITE, db.database());
  }

  @Test
  @StrataTest(url = Servers.MARIADB_PLACEHOLDER)
  void aServerNamedOnTheMethodIsUsed(MigrationTester db) {
    assumeTrue(Servers.onCi() || Servers.reachable(Servers.MARIADB), "MariaDB not reachable, test skipped");
    assertEquals(Database.MARIADB, db.database());
  }
}
