package dev.strata.internal.runner;

import static dev.strata.internal.runner.TestMigrations.createTables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.MigrateResult;
import dev.strata.Migrator;
import dev.strata.fixtures.LogCapture;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the runner logs through {@code System.Logger} (JUL by default), under the name {@code dev.strata}. */
class RunnerLogTest {
  @RegisterExtension final LogCapture log = new LogCapture("dev.strata");
  private final List<LogRecord> records = log.records();

  @Test
  void eachMigrationLogsItsStartAndItsEndWithTheTimeItTook() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.SQLITE)) {
      Runner.configure().dataSource(db.dataSource()).migrations(createTables("1", "2")).build().migrate();
    }
    List<String> info = messages(Level.INFO);
    assertEquals(5, info.size(), info.toString());
    assertEquals("Migrating to version 1 - create t1", info.get(0));
    assertTrue(info.get(1).matches("Applied version 1 - create t1 in \\d+ ms"), info.get(1));
    assertEquals("Migrating to version 2 - create t2", info.get(2));
    assertTrue(info.get(3).matches("Applied version 2 - create t2 in \\d+ ms"), info.get(3));
    assertTrue(info.get(4).startsWith("applied 2 migration(s) in "), info.get(4));
    assertTrue(records.stream().allMatch(r -> r.getLoggerName().equals("dev.strata.Migrator")), names());
  }

  @Test
  void anUpToDateDatabaseLogsNothing() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.SQLITE)) {
      Runner.configure().dataSource(db.dataSource()).migrations(createTables("1")).build().migrate();
      records.clear();
      Runner.configure().dataSource(db.dataSource()).migrations(createTables("1")).build().migrate();
    }
    assertEquals(List.of(), messages(Level.ALL));
  }

  @Test
  void noMigrationIndexOnTheClassPathLogsAWarning() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.SQLITE);
        URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
      MigrateResult result = Migrator.configure().dataSource(db.dataSource()).classLoader(empty).build().migrate();
      assertEquals(0, result.appliedCount());
    }
    List<String> warnings = messages(Level.WARNING);
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).startsWith("No migrations found: no migration index (META-INF/strata/migrations) on"
        + " the class path."), warnings.get(0));
  }

  @Test
  void rollbackLogsEachMigrationWithTheTimeItTook() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.SQLITE)) {
      Runner runner = Runner.configure().dataSource(db.dataSource()).migrations(createTables("1")).build();
      runner.migrate();
      records.clear();
      runner.rollback(1);
    }
    List<String> info = messages(Level.INFO);
    assertEquals("Rolling back version 1 - create t1", info.get(0));
    assertTrue(info.get(1).matches("Rolled back version 1 - create t1 in \\d+ ms"), info.get(1));
  }

  private List<String> messages(Level level) {
    return records.stream().filter(r -> level == Level.ALL || r.getLevel().equals(level))
        .map(LogRecord::getMessage).toList();
  }

  private String names() {
    return records.stream().map(LogRecord::getLoggerName).toList().toString();
  }
}
