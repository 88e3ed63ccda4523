package dev.strata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How the test databases are made, and what a user reads when that fails. */
class ScratchDatabaseTest {

  @Test
  void anUnreachableServerIsNamedWithoutItsPassword() {
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> ScratchDatabase.create("postgresql://app:hunter2@127.0.0.1:1/test"));
    assertTrue(error.getMessage().startsWith("@StrataTest cannot create a database for the test on"
        + " postgresql://app:***@127.0.0.1:1/test: "), error.getMessage());
    assertTrue(error.getMessage().endsWith("Start the server or point the test elsewhere (@StrataTest(url = ...),"
        + " -Dstrata.test.url=... or STRATA_TEST_URL)"), error.getMessage());
    assertFalse(error.getMessage().contains("hunter2"), error.getMessage());
  }

  @Test
  void anUnsupportedUrlIsRefused() {
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> ScratchDatabase.create("oracle://scott:tiger@db/orcl"));
    assertTrue(error.getMessage().startsWith("@StrataTest: unsupported database URL"), error.getMessage());
    assertFalse(error.getMessage().contains("tiger"), error.getMessage());
  }

  @Test
  void aSqliteUrlMeansATemporaryFile() {
    ScratchDatabase sqlite = ScratchDatabase.create("sqlite:ignored.db");
    try {
      assertTrue(sqlite.jdbcUrl().startsWith("jdbc:sqlite:"), sqlite.jdbcUrl());
      assertTrue(sqlite.jdbcUrl().endsWith(sqlite.name() + ".db"), sqlite.jdbcUrl());
    } finally {
      sqlite.drop();
    }
  }

  @Test
  void passwordsAreMaskedInUrlsAndParameters() {
    assertEquals("postgresql://app:***@db:5432/x", Secrets.mask("postgresql://app:pw@db:5432/x"));
    assertEquals("jdbc:mysql://db/x?user=root&password=***&ssl=true",
        Secrets.mask("jdbc:mysql://db/x?user=root&password=pw&ssl=true"));
    assertEquals("jdbc:postgresql://db/x?user=app", Secrets.mask("jdbc:postgresql://db/x?user=app"));
  }

  @Test
  void driftSentencesAreSaidOfTheModels() {
    assertEquals("column accounts.nickname is in the database but in no model",
        ModelCheck.aboutModels("column accounts.nickname exists in the database but in no migration"));
    assertEquals("index idx_accounts_name is in the models but not in the database",
        ModelCheck.aboutModels("index idx_accounts_name is missing"));
    assertEquals("column accounts.name is VARCHAR(100) in the database but VARCHAR(255) in the models",
        ModelCheck.aboutModels("column accounts.name is VARCHAR(100) in the database but VARCHAR(255) in the migrations"));
  }
}
