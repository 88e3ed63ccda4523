package dev.strata.cli;

import static dev.strata.cli.ProjectBuild.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.internal.runner.DriftMigrations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path dir;
  @Test
  void validateExitsZeroWithoutDriftAndOneWithIt() throws Exception {
    Path classes = dir.resolve("classes");
    Path index = classes.resolve("META-INF/strata/migrations");
    Files.createDirectories(index.getParent());
    String prefix = DriftMigrations.class.getName() + "$";
    Files.writeString(index, prefix + "V1\t1\tcreate users\n" + prefix + "V2\t2\tcreate posts\n"
        + prefix + "V3\t3\tcreate tags\n");
    String url = "sqlite:" + dir.resolve("app.db");

    assertEquals(0, run("up", "--url", url, "--classes", classes.toString()).code());
    ProjectBuild.Result valid = run("validate", "--url", url, "--classes", classes.toString());
    assertEquals(0, valid.code(), valid.err());
    assertTrue(valid.out().contains("Valid: 3 migration(s) applied, 0 pending, no drift."), valid.out());

    try (Connection c = DriverManager.getConnection("jdbc:" + url); Statement s = c.createStatement()) {
      s.execute(DriftMigrations.ADD_COLUMN);
    }
    ProjectBuild.Result drifted = run("validate", "--url", url, "--classes", classes.toString());
    assertEquals(1, drifted.code(), drifted.err());
    assertTrue(drifted.out().contains("  - column users.nickname exists in the database but in no migration"),
        drifted.out());
  }

  @Test
  void notesSayWhichTablesWereNotChecked() throws Exception {
    Path classes = dir.resolve("classes");
    Path index = classes.resolve("META-INF/strata/migrations");
    Files.createDirectories(index.getParent());
    String prefix = DriftMigrations.class.getName() + "$";
    Files.writeString(index, prefix + "V1\t1\tcreate users\n" + prefix + "V4RawSql\t4\tlegacy column\n");
    String url = "sqlite:" + dir.resolve("app.db");
    assertEquals(0, run("up", "--url", url, "--classes", classes.toString()).code());

    ProjectBuild.Result valid = run("validate", "--url", url, "--classes", classes.toString());

    assertEquals(0, valid.code(), valid.err());
    assertTrue(valid.out().contains("Valid: 2 migration(s) applied, 0 pending, no drift.\n"
        + "Note: drift not checked for table users: raw SQL in migration 4 (executeSql) may change it."), valid.out());
  }
}
