package dev.strata.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@link MigrationTester} on SQLite, the default: a temporary file per test. */
@StrataTest
class MigrationTesterSqliteTest extends MigrationTesterContract {

  @Override
  boolean exists(String jdbcUrl) {
    return Files.exists(Path.of(jdbcUrl.substring("jdbc:sqlite:".length())));
  }
}
