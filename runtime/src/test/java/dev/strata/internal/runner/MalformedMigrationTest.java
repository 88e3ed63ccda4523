package dev.strata.internal.runner;

import static dev.strata.internal.runner.RunnerTests.exists;
import static dev.strata.internal.runner.RunnerTests.history;
import static dev.strata.internal.runner.RunnerTests.migrator;
import static dev.strata.internal.runner.TestMigrations.resolved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ErrorCode;
import dev.strata.Migration;
import dev.strata.Migrator;
import dev.strata.StrataException;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import dev.strata.internal.loader.ResolvedMigration;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Malformed migrations through the runner and the public {@link Migrator}: each failure is a
 * {@link StrataException} with its code, naming the migration, the operation and what to do, with
 * the original exception as its cause, and the database is left as it was.
 */
class MalformedMigrationTest {
  private static final String FILE = "MalformedMigrations.java:";
  private static final String RECORDED_FIRST = "Nothing of it was applied: Strata records a migration's operations"
      + " before it runs them. Fix up() and run again.";
  private static final String NO_HISTORY = "no history table";

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aVarcharOfLengthZero(Kind kind) throws Exception {
    StrataException e = refused(kind, new MalformedMigrations.VarcharZero(), ErrorCode.INVALID_MIGRATION,
        "up() threw while its operations were recorded, at operation 2 (in Ddl.varchar, " + FILE,
        "; after addColumn base.note): VARCHAR length must be > 0, was 0.", RECORDED_FIRST);
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aDecimalWithTheScaleAboveThePrecision(Kind kind) throws Exception {
    StrataException e = refused(kind, new MalformedMigrations.DecimalScaleAbovePrecision(),
        ErrorCode.INVALID_MIGRATION, "at operation 2 (in Ddl.decimal, " + FILE,
        "DECIMAL scale must be between 0 and the precision 5, was 7.", RECORDED_FIRST);
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aForeignKeyWithoutReferences(Kind kind) throws Exception {
    StrataException e = refused(kind, new MalformedMigrations.ForeignKeyWithoutReferences(),
        ErrorCode.INVALID_MIGRATION, "at operation 2 (in TableBuilder.foreignKey, " + FILE,
        "foreign key fk_t2_base [base_id] references nothing: complete it with .references(table, columns...).",
        RECORDED_FIRST);
    assertInstanceOf(IllegalStateException.class, e.getCause());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aForeignKeyWithoutReferencesGivenToAddForeignKey(Kind kind) throws Exception {
    StrataException e = refused(kind, new MalformedMigrations.AddForeignKeyWithoutReferences(),
        ErrorCode.INVALID_MIGRATION, "at operation 2 (in db.addForeignKey, " + FILE,
        "; after addColumn base.parent_id): foreign key fk_base_parent [parent_id] references nothing",
        RECORDED_FIRST);
    assertInstanceOf(IllegalStateException.class, e.getCause());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void anUpThatThrows(Kind kind) throws Exception {
    StrataException e = refused(kind, new MalformedMigrations.UpThrows(), ErrorCode.INVALID_MIGRATION,
        "at operation 2 (" + FILE, "; after createTable t2): java.lang.IllegalStateException: tenant list not"
        + " configured.", RECORDED_FIRST);
    assertEquals("tenant list not configured", e.getCause().getMessage());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aColumnNamedTwiceInCreateTable(Kind kind) throws Exception {
    StrataException e = refused(kind, new MalformedMigrations.DuplicateColumn(), ErrorCode.INVALID_MIGRATION,
        "at operation 2 (in TableBuilder.column, " + FILE,
        "table t2 already has a column id; give each column its own name.", RECORDED_FIRST);
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
  }

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = {"SQLITE", "POSTGRESQL"})
  void addColumnOnATableThatDoesNotExistIsRolledBack(Kind kind) throws Exception {
    StrataException e = refused(kind, new MalformedMigrations.AddColumnToMissingTable(), ErrorCode.MIGRATION_FAILED,
        "failed at operation 2 of 2 (addColumn ghosts.x): the database says: ", "ghosts",
        "Its transaction was rolled back: nothing of it is applied", "Fix the migration");
    assertInstanceOf(SQLException.class, e.getCause());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void onAFreshDatabaseAMigrationThatCannotBeRecordedCreatesNothing(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      List<ResolvedMigration> code = List.of(base(), resolved("2", "broken", new MalformedMigrations.VarcharZero()));

      StrataException e = assertThrows(StrataException.class, () -> migrator(db, code).migrate());

      assertEquals(ErrorCode.INVALID_MIGRATION, e.code());
      assertTrue(e.getMessage().startsWith("migration 2 (" + MalformedMigrations.VarcharZero.class.getName() + ")"),
          e.getMessage());
      assertEquals(List.of(NO_HISTORY), snapshot(db), "not even migration 1 ran, and no history table is created");
    }
  }

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = {"SQLITE", "POSTGRESQL"})
  void aTargetBelowAMalformedMigrationDoesNotRecordIt(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      List<ResolvedMigration> code = List.of(base(), resolved("2", "broken", new MalformedMigrations.VarcharZero()));

      assertEquals(1, migrator(db, code).migrate("1").appliedCount());
      List<String> before = snapshot(db);
      StrataException e = assertThrows(StrataException.class, () -> migrator(db, code).migrate());

      assertEquals(ErrorCode.INVALID_MIGRATION, e.code());
      assertEquals(before, snapshot(db));
    }
  }

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = "SQLITE")
  void aMissingTargetIsAUsageError(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      Migrator migrator = Migrator.configure().dataSource(db.dataSource()).build();

      StrataException e = assertThrows(StrataException.class, () -> migrator.migrate(null));

      assertEquals(ErrorCode.USAGE, e.code());
      assertEquals("migrate(targetVersion) needs a version; call migrate() to apply every pending migration",
          e.getMessage());
      assertEquals(List.of(NO_HISTORY), snapshot(db));
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aDownThatCannotBeRecordedRollsNothingBack(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      List<ResolvedMigration> code = List.of(base(), resolved("2", "note", new MalformedMigrations.DownMalformed()));
      migrator(db, code).migrate();
      List<String> before = snapshot(db);

      StrataException e = assertThrows(StrataException.class, () -> migrator(db, code).rollback(1));

      assertEquals(ErrorCode.INVALID_MIGRATION, e.code());
      String message = e.getMessage();
      assertTrue(message.startsWith("cannot roll back migration 2: migration 2 ("
          + MalformedMigrations.DownMalformed.class.getName() + "): down() threw while its operations were"
          + " recorded, at operation 1 (in Ddl.varchar, " + FILE), message);
      assertTrue(message.contains("VARCHAR length must be > 0, was -1."), message);
      assertTrue(message.contains("Fix down() and run again."), message);
      assertTrue(message.endsWith("Nothing was rolled back."), message);
      assertInstanceOf(IllegalArgumentException.class, e.getCause().getCause());
      assertEquals(before, snapshot(db));
    }
  }

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = {"SQLITE", "POSTGRESQL"})
  void theMigratorNamesAnIndexedMigrationThatCannotBeRecorded(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      ClassLoader loader = loaderWithIndex(MalformedMigrations.Base.class, "1",
          MalformedMigrations.DecimalScaleAbovePrecision.class, "2");
      Migrator migrator = Migrator.configure().dataSource(db.dataSource()).classLoader(loader).build();

      StrataException e = assertThrows(StrataException.class, migrator::migrate);

      assertEquals(ErrorCode.INVALID_MIGRATION, e.code());
      assertTrue(e.getMessage().startsWith("migration 2 ("
          + MalformedMigrations.DecimalScaleAbovePrecision.class.getName() + "): up() threw"), e.getMessage());
      assertTrue(e.getMessage().contains("DECIMAL scale must be between 0 and the precision 5, was 7."), e.getMessage());
      assertEquals(List.of(NO_HISTORY), snapshot(db));
    }
  }

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = {"SQLITE", "POSTGRESQL"})
  void applyPendingNamesAMigrationThatCannotBeInstantiated(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      ClassLoader loader = loaderWithIndex(MalformedMigrations.ConstructorThrows.class, "7");
      Thread thread = Thread.currentThread();
      ClassLoader previous = thread.getContextClassLoader();
      StrataException e;
      thread.setContextClassLoader(loader);
      try {
        e = assertThrows(StrataException.class, () -> Migrator.applyPending(db.dataSource()));
      } finally {
        thread.setContextClassLoader(previous);
      }

      assertEquals(ErrorCode.MIGRATION_NOT_LOADABLE, e.code());
      assertEquals("migration 7 (" + MalformedMigrations.ConstructorThrows.class.getName() + ") cannot be"
          + " instantiated: its constructor threw java.lang.IllegalStateException: no configuration file; fix the"
          + " constructor (a migration needs no state)", e.getMessage());
      assertInstanceOf(IllegalStateException.class, e.getCause());
      assertEquals(List.of(NO_HISTORY), snapshot(db));
    }
  }

  /**
   * Applies {@link MalformedMigrations.Base}, then fails to apply {@code broken} as version 2, and
   * checks the error and that the database did not change. Returns the error.
   */
  private static StrataException refused(Kind kind, Migration broken, ErrorCode code, String... expected)
      throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      migrator(db, List.of(base())).migrate();
      List<String> before = snapshot(db);
      List<ResolvedMigration> migrations = List.of(base(), resolved("2", "broken", broken));

      StrataException e = assertThrows(StrataException.class, () -> migrator(db, migrations).migrate());

      assertEquals(code, e.code(), e.getMessage());
      String message = e.getMessage();
      assertTrue(message.startsWith("migration 2 (" + broken.getClass().getName() + ")"), message);
      for (String part : expected) {
        assertTrue(message.contains(part), "expected <" + part + "> in:\n" + message);
      }
      assertEquals(before, snapshot(db), "the database is as it was");
      return e;
    }
  }

  private static ResolvedMigration base() {
    return resolved("1", "base", new MalformedMigrations.Base());
  }

  /** Every column of the database, then every history row (or that there is no history table). */
  private static List<String> snapshot(TestDatabase db) throws SQLException {
    List<String> state = new ArrayList<>(columns(db));
    if (exists(db, "strata_schema_history")) {
      history(db).forEach(row -> state.add(row.toString()));
    } else {
      state.add(NO_HISTORY);
    }
    return state;
  }

  /** {@code table.column} for every column of the test database but the history table, sorted. */
  private static List<String> columns(TestDatabase db) throws SQLException {
    DatabaseMetaData meta = db.connection().getMetaData();
    String catalog = db.kind() == Kind.MYSQL ? db.name() : null;
    String schema = db.kind() == Kind.POSTGRESQL ? db.name() : null;
    List<String> columns = new ArrayList<>();
    try (ResultSet r = meta.getColumns(catalog, schema, "%", "%")) {
      while (r.next()) {
        String table = r.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (!table.equals("strata_schema_history") && !table.startsWith("sqlite_")) {
          columns.add(table + "." + r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
    }
    columns.sort(null);
    return columns;
  }

  /** A class loader whose migration index lists {@code (class, version)} pairs. */
  private ClassLoader loaderWithIndex(Object... classesAndVersions) throws IOException {
    StringBuilder index = new StringBuilder();
    for (int i = 0; i < classesAndVersions.length; i += 2) {
      index.append(((Class<?>) classesAndVersions[i]).getName()).append('\t').append(classesAndVersions[i + 1])
          .append('\t').append("test\n");
    }
    Path file = dir.resolve("META-INF/strata/migrations");
    Files.createDirectories(file.getParent());
    Files.writeString(file, index);
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
  }
}
