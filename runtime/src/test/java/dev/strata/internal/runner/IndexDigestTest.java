package dev.strata.internal.runner;

import static dev.strata.internal.runner.RunnerTests.exists;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ErrorCode;
import dev.strata.ExecutedMigration;
import dev.strata.MigrateResult;
import dev.strata.Migrator;
import dev.strata.StatusReport;
import dev.strata.StrataException;
import dev.strata.fixtures.CountingDataSource;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import dev.strata.internal.runner.IndexedProject.ProjectLoader;
import dev.strata.internal.schema.index.MigrationIndex;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The index digest on real databases, with migrations compiled by the processor: the no-op start
 * sends one query and loads no migration; any change to the code or the history takes the full
 * path, which still refuses an edited migration; the digest is stored only after a complete run.
 */
class IndexDigestTest {
  @TempDir Path dir;

  private static Migrator migrator(DataSource dataSource, ClassLoader loader) {
    return Migrator.configure().dataSource(dataSource).classLoader(loader).build();
  }

  private static MigrateResult migrate(TestDatabase db, ClassLoader loader) {
    return migrator(db.dataSource(), loader).migrate();
  }

  private static List<String> applied(MigrateResult result) {
    return result.applied().stream().map(ExecutedMigration::version).toList();
  }

  /** The index digest on the first line of the last build's index. */
  private static String indexDigest(IndexedProject project) throws Exception {
    try (InputStream in = Files.newInputStream(project.index())) {
      return MigrationIndex.readDigest(in);
    }
  }

  /** The rows that carry an index digest: version to digest. */
  private static Map<String, String> storedDigests(TestDatabase db) throws SQLException {
    Map<String, String> digests = new LinkedHashMap<>();
    try (Statement s = db.connection().createStatement();
        ResultSet r = s.executeQuery("SELECT version, index_digest FROM strata_schema_history"
            + " WHERE index_digest IS NOT NULL ORDER BY version")) {
      while (r.next()) {
        digests.put(r.getString(1), r.getString(2));
      }
    }
    return digests;
  }

  /** A no-op start on a new class loader: one statement, nothing applied, no migration class loaded. */
  private static void assertNoopFastPath(TestDatabase db, IndexedProject project, String current) {
    CountingDataSource counting = new CountingDataSource(db.dataSource());
    ProjectLoader loader = project.loader();
    MigrateResult result = migrator(counting, loader).migrate();
    assertEquals(List.of(), result.applied());
    assertEquals(current, result.initialVersion());
    assertEquals(current, result.currentVersion());
    assertEquals(List.of("SELECT version, index_digest FROM strata_schema_history WHERE index_digest IS NOT NULL"),
        counting.executed());
    assertEquals(Set.of(), loader.defined, "migration classes loaded by a no-op start");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aNoopStartWithTheStoredDigestSendsOneQueryAndLoadsNoMigration(Kind kind) throws Exception {
    IndexedProject project = new IndexedProject(dir).createTable("1").createTable("2").createTable("3");
    project.build();
    try (TestDatabase db = TestDatabases.open(kind)) {
      ProjectLoader first = project.loader();
      assertEquals(List.of("1", "2", "3"), applied(migrate(db, first)));
      assertTrue(first.defined.contains(IndexedProject.className("1")));
      assertEquals(Map.of("3", indexDigest(project)), storedDigests(db));

      assertNoopFastPath(db, project, "3");
      assertNoopFastPath(db, project, "3");
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void anEditedAppliedMigrationIsStillRefused(Kind kind) throws Exception {
    IndexedProject project = new IndexedProject(dir).createTable("1").createTable("2");
    project.build();
    try (TestDatabase db = TestDatabases.open(kind)) {
      migrate(db, project.loader());
      String stored = indexDigest(project);

      project.createTable("1", "extra").build();
      for (int attempt = 0; attempt < 2; attempt++) {
        StrataException e = assertThrows(StrataException.class, () -> migrate(db, project.loader()));
        assertEquals(ErrorCode.VALIDATION_FAILED, e.code());
        assertTrue(e.getMessage().contains("migration 1 \"create t1\" (" + IndexedProject.className("1")
            + ") has changed since it was applied"), e.getMessage());
      }
      assertEquals(Map.of("2", stored), storedDigests(db), "a failed run writes no digest");
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void withoutDigestsInTheIndexEveryStartTakesTheFullPathAndCatchesAnEdit(Kind kind) throws Exception {
    IndexedProject project = new IndexedProject(dir).createTable("1").createTable("2");
    project.build();
    project.stripDigests();
    try (TestDatabase db = TestDatabases.open(kind)) {
      assertEquals(List.of("1", "2"), applied(migrate(db, project.loader())));
      assertTrue(exists(db, "t1") && exists(db, "t2"));
      assertEquals(Map.of(), storedDigests(db));

      ProjectLoader second = project.loader();
      CountingDataSource counting = new CountingDataSource(db.dataSource());
      assertEquals(List.of(), migrator(counting, second).migrate().applied());
      assertTrue(second.defined.contains(IndexedProject.className("1")), "the full path loads the migrations");
      assertTrue(second.defined.contains(IndexedProject.className("2")), "the full path loads the migrations");
      assertEquals(List.of("SELECT version, checksum, success FROM strata_schema_history"), counting.executed());

      project.createTable("2", "extra").build();
      project.stripDigests();
      StrataException e = assertThrows(StrataException.class, () -> migrate(db, project.loader()));
      assertEquals(ErrorCode.VALIDATION_FAILED, e.code());
      assertTrue(e.getMessage().contains("has changed since it was applied"), e.getMessage());
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aPendingMigrationTakesTheFullPathAndMovesTheDigest(Kind kind) throws Exception {
    IndexedProject project = new IndexedProject(dir).createTable("1").createTable("2");
    project.build();
    try (TestDatabase db = TestDatabases.open(kind)) {
      migrate(db, project.loader());

      project.createTable("3").build();
      ProjectLoader loader = project.loader();
      assertEquals(List.of("3"), applied(migrate(db, loader)));
      assertTrue(exists(db, "t3"));
      assertEquals(Map.of("3", indexDigest(project)), storedDigests(db));
      assertNoopFastPath(db, project, "3");
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aRunThatOnlyRevalidatesStoresTheDigestOnTheNewestRow(Kind kind) throws Exception {
    IndexedProject project = new IndexedProject(dir).createTable("1").createTable("2");
    project.build();
    try (TestDatabase db = TestDatabases.open(kind)) {
      migrate(db, project.loader());
      String before = indexDigest(project);

      // Only down() changes: the checksum of up() is the same, so nothing is applied or refused.
      project.migration("1", "db.createTable(table(\"t1\").column(column(\"id\", BIGINT)).primaryKey(\"id\"));",
          "db.executeSql(\"DROP TABLE t1\");").build();
      String after = indexDigest(project);
      assertTrue(!before.equals(after), "down() is part of the source digest");
      assertEquals(List.of(), migrate(db, project.loader()).applied());
      assertEquals(Map.of("2", after), storedDigests(db));
      assertNoopFastPath(db, project, "2");
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void anOutOfOrderRunKeepsTheDigestOnTheNewestRow(Kind kind) throws Exception {
    IndexedProject project = new IndexedProject(dir).createTable("1").createTable("3");
    project.build();
    try (TestDatabase db = TestDatabases.open(kind)) {
      migrate(db, project.loader());

      project.createTable("2").build();
      MigrateResult result = Migrator.configure().dataSource(db.dataSource()).classLoader(project.loader())
          .outOfOrder(true).build().migrate();
      assertEquals(List.of("2"), applied(result));
      assertEquals(Map.of("3", indexDigest(project)), storedDigests(db));
      assertNoopFastPath(db, project, "3");
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void migrateToATargetBelowTheNewestStoresNoDigest(Kind kind) throws Exception {
    IndexedProject project = new IndexedProject(dir).createTable("1").createTable("2").createTable("3");
    project.build();
    try (TestDatabase db = TestDatabases.open(kind)) {
      assertEquals(List.of("1", "2"), applied(migrator(db.dataSource(), project.loader()).migrate("2")));
      assertEquals(Map.of(), storedDigests(db));

      assertEquals(List.of("3"), applied(migrate(db, project.loader())));
      assertEquals(Map.of("3", indexDigest(project)), storedDigests(db));
      // A target at or above the newest has nothing to do either: the fast path answers it.
      CountingDataSource counting = new CountingDataSource(db.dataSource());
      assertEquals(List.of(), migrator(counting, project.loader()).migrate("3").applied());
      assertEquals(1, counting.executed().size());
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void rollbackAndRepairClearTheDigest(Kind kind) throws Exception {
    IndexedProject project = new IndexedProject(dir).createTable("1").createTable("2");
    project.build();
    try (TestDatabase db = TestDatabases.open(kind)) {
      migrate(db, project.loader());
      assertEquals(1, migrator(db.dataSource(), project.loader()).rollback(1).rolledBack().size());
      assertEquals(Map.of(), storedDigests(db));
      // The next start takes the full path and applies 2 again.
      assertEquals(List.of("2"), applied(migrate(db, project.loader())));
      assertEquals(Map.of("2", indexDigest(project)), storedDigests(db));

      db.execute("UPDATE strata_schema_history SET checksum = 'edited' WHERE version = '1'");
      assertEquals(List.of("1"), migrator(db.dataSource(), project.loader()).repair().realigned());
      assertEquals(Map.of(), storedDigests(db));
      assertEquals(List.of(), migrate(db, project.loader()).applied());
      assertEquals(Map.of("2", indexDigest(project)), storedDigests(db));

      assertTrue(migrator(db.dataSource(), project.loader()).reset().historyTableDropped());
      assertEquals(List.of("1", "2"), applied(migrate(db, project.loader())));
      assertNoopFastPath(db, project, "2");
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aHistoryTableWithoutTheDigestColumnIsUpgradedUnderTheLock(Kind kind) throws Exception {
    IndexedProject project = new IndexedProject(dir).createTable("1").createTable("2");
    project.build();
    try (TestDatabase db = TestDatabases.open(kind)) {
      migrate(db, project.loader());
      // As an earlier Strata left it.
      db.execute("ALTER TABLE strata_schema_history DROP COLUMN index_digest");

      StatusReport status = migrator(db.dataSource(), project.loader()).status();
      assertEquals(2, status.migrations().size());
      assertTrue(migrator(db.dataSource(), project.loader()).validate().isValid());

      assertEquals(List.of(), migrate(db, project.loader()).applied());
      assertEquals(Map.of("2", indexDigest(project)), storedDigests(db));
      assertNoopFastPath(db, project, "2");

      project.createTable("3").build();
      assertEquals(List.of("3"), applied(migrate(db, project.loader())));
      assertNotNull(storedDigests(db).get("3"));
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aChangedIndexOfSeveralCopiesIsNoticed(Kind kind) throws Exception {
    IndexedProject one = new IndexedProject(dir.resolve("one")).createTable("1");
    IndexedProject two = new IndexedProject(dir.resolve("two")).createTable("2");
    Path a = one.build();
    Path b = two.build();
    try (TestDatabase db = TestDatabases.open(kind)) {
      List<java.net.URL> urls = new ArrayList<>(List.of(a.toUri().toURL(), b.toUri().toURL()));
      try (java.net.URLClassLoader both = new java.net.URLClassLoader(urls.toArray(java.net.URL[]::new),
          getClass().getClassLoader())) {
        assertEquals(List.of("1", "2"), applied(migrate(db, both)));
      }
      String key = MigrationIndex.sha256(
          String.join("\n", new java.util.TreeSet<>(List.of(indexDigest(one), indexDigest(two)))));
      assertEquals(Map.of("2", key), storedDigests(db));
      try (java.net.URLClassLoader both = new java.net.URLClassLoader(
          new java.net.URL[] {a.toUri().toURL(), b.toUri().toURL()}, getClass().getClassLoader())) {
        CountingDataSource counting = new CountingDataSource(db.dataSource());
        assertEquals(List.of(), migrator(counting, both).migrate().applied());
        assertEquals(1, counting.executed().size());
      }
      // Only one copy on the class path: a different key, so the full path runs and finds 2 missing.
      StrataException e = assertThrows(StrataException.class, () -> migrate(db, one.loader()));
      assertTrue(e.getMessage().contains("is recorded as applied but is not in the code"), e.getMessage());
    }
  }
}
