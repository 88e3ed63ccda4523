package dev.strata.testing;

import dev.strata.Database;
import dev.strata.ErrorCode;
import dev.strata.MigrateResult;
import dev.strata.MigrationStatus;
import dev.strata.Migrator;
import dev.strata.RollbackResult;
import dev.strata.StatusReport;
import dev.strata.StrataException;
import dev.strata.internal.database.Dialects;
import dev.strata.internal.schema.naming.Versions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * One test's database and the migrations on the class path, to test migrations as Room's
 * {@code MigrationTestHelper} does: migrate to one version, insert rows, migrate on, check the rows;
 * roll back; check that the migrated database matches the models. Resolved as a test parameter by
 * {@link StrataTest}; the database starts empty (no tables, no history) and is dropped after the
 * test.
 *
 * <pre>{@code
 * @Test
 * void namesAreSplit(MigrationTester db) throws SQLException {
 *   db.migrateTo("20260301000000");
 *   // insert through db.dataSource() ...
 *   db.migrate();
 *   // check the rows ...
 *   db.assertMatchesModels();
 * }
 * }</pre>
 *
 * <p>Every method works through the public {@link Migrator} over {@link #dataSource()}, so what a
 * test sees is what an application's {@code Migrator.applyPending} does. Failures of the migrations
 * themselves are thrown as the migrator throws them, a {@link StrataException}.
 */
public final class MigrationTester {
  private final ScratchDatabase scratch;
  private final ClassLoader classLoader;
  private final Migrator migrator;

  MigrationTester(ScratchDatabase scratch, ClassLoader classLoader) {
    this.scratch = scratch;
    this.classLoader = classLoader;
    this.migrator = Migrator.configure().dataSource(scratch.dataSource()).classLoader(classLoader).build();
  }

  /**
   * The same database, with the migrations and models that {@code loader} sees (its
   * {@code META-INF/strata/migrations} and {@code META-INF/strata/schema.json}) instead of the test
   * class path's. For tests of migrations compiled apart from the test sources.
   */
  public MigrationTester withClassLoader(ClassLoader loader) {
    return new MigrationTester(scratch, Objects.requireNonNull(loader, "loader"));
  }

  /**
   * A data source for the test's database. Its connections are closed when the test ends, whether
   * or not the test closes them; close them anyway to keep a test from holding locks a migration
   * waits for.
   */
  public DataSource dataSource() {
    return scratch.dataSource();
  }

  /**
   * A JDBC URL that reaches exactly the test's database (for a connection pool or an application
   * started by the test), including the credentials of the configured URL.
   */
  public String jdbcUrl() {
    return scratch.jdbcUrl();
  }

  /**
   * Which database the test runs on, read from the server; MariaDB is {@link Database#MARIADB}.
   *
   * @throws StrataException {@link ErrorCode#CONNECTION_FAILED} when it cannot be reached
   */
  public Database database() {
    try (Connection connection = scratch.dataSource().getConnection()) {
      return Dialects.detect(connection).database();
    } catch (SQLException e) {
      throw new StrataException(ErrorCode.CONNECTION_FAILED, e.getMessage(), e);
    }
  }

  /** The migrator over the test's database, for {@code status()}, {@code validate()} and the rest. */
  public Migrator migrator() {
    return migrator;
  }

  /**
   * Applies the pending migrations up to and including {@code version}, which must be the version
   * of a migration on the class path; afterwards the database is at exactly that version.
   *
   * @throws IllegalArgumentException when no migration has {@code version}; the message lists those
   *     that exist
   * @throws IllegalStateException when the database is already past {@code version}
   *     ({@code migrateTo} never rolls back: use {@link #rollback(int)})
   * @throws StrataException what {@link Migrator#migrate(String)} throws, such as
   *     {@link ErrorCode#MIGRATION_FAILED}
   */
  public MigrateResult migrateTo(String version) {
    Objects.requireNonNull(version, "version");
    StatusReport status = migrator.status();
    List<String> versions = status.migrations().stream().filter(m -> m.className() != null)
        .map(MigrationStatus::version).toList();
    if (!versions.contains(version)) {
      throw new IllegalArgumentException("no migration on the class path has version " + version
          + "; the versions are " + (versions.isEmpty() ? "(none: is strata-processor on the annotation processor path?)"
          : versions.stream().collect(Collectors.joining(", "))));
    }
    String current = status.currentVersion();
    if (current != null && Versions.compare(current, version) > 0) {
      throw new IllegalStateException("the test database is already at " + current + ", past " + version
          + "; migrateTo never rolls back: call rollback(count) instead");
    }
    return migrator.migrate(version);
  }

  /**
   * Applies every pending migration, as {@code Migrator.applyPending} does at start-up.
   *
   * @throws StrataException what {@link Migrator#migrate()} throws
   */
  public MigrateResult migrate() {
    return migrator.migrate();
  }

  /**
   * Rolls back the {@code count} newest applied migrations through their {@code down()}, newest
   * first.
   *
   * @throws StrataException what {@link Migrator#rollback(int)} throws, such as
   *     {@link ErrorCode#IRREVERSIBLE} for a migration without {@code down()} or
   *     {@link ErrorCode#USAGE} when {@code count < 1}
   */
  public RollbackResult rollback(int count) {
    return migrator.rollback(count);
  }

  /**
   * Checks that the database as migrated so far equals the models: the schema manifest
   * {@code META-INF/strata/schema.json} that the annotation processor wrote, as this database holds
   * it (types as the database spells them). Tables, columns (type, nullability, default,
   * generation, order), primary keys, indexes, unique constraints and foreign keys are compared;
   * Strata's history table is not.
   *
   * @throws AssertionError naming each difference, such as "column accounts.nickname is in the
   *     models but not in the database" (a model changed without a migration), or when the manifest
   *     is missing
   * @throws StrataException {@link ErrorCode#CONNECTION_FAILED} when the database
   *     cannot be read
   */
  public void assertMatchesModels() {
    List<String> differences;
    try {
      differences = ModelCheck.differences(classLoader, scratch.dataSource());
    } catch (SQLException e) {
      throw new StrataException(ErrorCode.CONNECTION_FAILED, e.getMessage(), e);
    }
    if (!differences.isEmpty()) {
      String version = migrator.status().currentVersion();
      throw new AssertionError("the database " + (version == null ? "with no migration applied" : "at version " + version)
          + " does not match the models:\n" + differences.stream().map(d -> "  - " + d).collect(Collectors.joining("\n"))
          + "\nWrite a migration for the change (strata generate), or change the models back.");
    }
  }

  ScratchDatabase scratch() {
    return scratch;
  }

  @Override
  public String toString() {
    return "MigrationTester[" + Secrets.mask(scratch.jdbcUrl()) + "]";
  }
}
