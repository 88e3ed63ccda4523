package dev.strata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** {@code @StrataTest(url = "${NAME:default}")}: a system property or environment variable, else the default. */
class UrlPlaceholderTest {
  private static final String NAME = "strata.test.placeholder.url";

  @AfterEach
  void clear() {
    System.clearProperty(NAME);
  }

  @Test
  void theDefaultAppliesWhenTheNameIsSetNowhere() {
    assertEquals("postgresql://postgres@127.0.0.1:5432/test",
        StrataExtension.resolve("${" + NAME + ":postgresql://postgres@127.0.0.1:5432/test}"));
  }

  @Test
  void aSystemPropertyWinsOverTheDefault() {
    System.setProperty(NAME, " mysql://root@db:3306/test ");
    assertEquals("mysql://root@db:3306/test", StrataExtension.resolve("${" + NAME + ":sqlite:}"));
  }

  @Test
  void anEnvironmentVariableIsRead() {
    String path = System.getenv("PATH");
    assertEquals(path, StrataExtension.resolve("${PATH:sqlite:}"));
  }

  @Test
  void aPlaceholderWithoutDefaultNamedNowhereFailsTheTest() {
    ParameterResolutionException e = assertThrows(ParameterResolutionException.class,
        () -> StrataExtension.resolve("${" + NAME + "}"));
    assertTrue(e.getMessage().contains(NAME + " is set neither as a system property nor as an environment variable"),
        e.getMessage());
  }

  @Test
  void aUrlWithoutPlaceholderIsTakenAsItIs() {
    assertEquals("jdbc:sqlite:${x}.db", StrataExtension.resolve("jdbc:sqlite:${x}.db"));
  }

  @Test
  @StrataTest(url = "${" + NAME + ":sqlite:}")
  void theAnnotationsPlaceholderGivesTheServer(MigrationTester db) {
    assertEquals(Database.SQLITE, db.database());
  }
}
