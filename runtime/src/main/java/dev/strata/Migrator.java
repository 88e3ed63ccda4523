package dev.strata;

import dev.strata.internal.runner.Runner;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Applies migrations to a database and records them in {@code strata_schema_history}.
 *
 * <p>At start-up, one line: {@code Migrator.applyPending(dataSource);}. For everything else:
 *
 * <pre>{@code
 * Migrator migrator = Migrator.configure().dataSource(dataSource).build();
 * migrator.status();   migrator.migrate();   migrator.rollback(1);
 * }</pre>
 *
 * <p>Migrations come from the compiled migration index ({@code META-INF/strata/migrations}) on the
 * class loader, never from scanning. Each command takes one connection from the data source and
 * closes it before returning; commands that change the database hold a per-database lock for their
 * whole run, so many instances starting at once apply each migration exactly once.
 *
 * <p>Every failure is a {@link StrataException} with an {@link ErrorCode}, its message saying
 * what to do; a failure a migration causes names it (version and class) and, where one is at
 * fault, the operation. The exception that caused it, such as a DDL builder's
 * {@link IllegalArgumentException} or the database's {@link java.sql.SQLException}, is its cause.
 */
public final class Migrator {
  // The one edge from the API into the internals: every command delegates to the runner.
  private final Runner runner;

  private Migrator(Runner runner) {
    this.runner = runner;
  }

  /**
   * Applies every pending migration of the index visible to the thread's context class loader (or
   * Strata's own), as {@code configure().dataSource(dataSource).build().migrate()}. When the
   * database is up to date this costs one query and loads no migration class.
   *
   * @throws StrataException see {@link #migrate()}
   */
  public static MigrateResult applyPending(DataSource dataSource) {
    return configure().dataSource(dataSource).build().migrate();
  }

  /** A builder; only the data source is required. */
  public static Builder configure() {
    return new Builder();
  }

  /**
   * Validates the history against the code, then applies every pending migration in version
   * order, each in its own transaction where the database has transactional DDL.
   *
   * <p>First it compares the index digest on the first line of the migration index with the one
   * the last complete run stored in {@code strata_schema_history}, in one query. Equal: nothing
   * changed, and it returns without loading a migration class, recording, hashing or locking.
   * Otherwise (something pending, edited, removed; a rollback or repair since; an index without
   * digest) it runs in full: every migration it may apply is recorded (its {@code up()} called on
   * a recorder) before the lock is taken, so a migration that cannot be recorded stops it before
   * anything changes; every applied migration's checksum is validated; and a run that leaves
   * nothing pending stores the new digest. Code outside a migration's own source file that its
   * {@code up()} calls is not in the digest: {@link #validate()} and any run that applies something
   * still catch a change there.
   *
   * @throws StrataException {@link ErrorCode#INVALID_MIGRATION} when a migration's {@code up()}
   *     throws while it is recorded (a malformed DDL value such as {@code varchar(0)} or a foreign
   *     key without {@code references(...)}, or the migration's own code), naming the migration,
   *     the position of the operation in {@code up()} and the line (nothing is applied);
   *     {@link ErrorCode#MIGRATION_NOT_LOADABLE} naming the version and class when an indexed
   *     class cannot be loaded or instantiated (nothing is applied);
   *     {@link ErrorCode#VALIDATION_FAILED} when history and code disagree (nothing is applied);
   *     {@link ErrorCode#MIGRATION_FAILED} naming the migration, the operation and the statement
   *     the database refused, with its message (that migration is rolled back where DDL is
   *     transactional; migrations before it stay applied); {@link ErrorCode#LOCK_FAILED} when
   *     another runner holds the lock past the lock timeout; {@link ErrorCode#CONNECTION_FAILED}
   */
  public MigrateResult migrate() {
    return runner.migrate();
  }

  /**
   * As {@link #migrate()}, applying only pending migrations at or below {@code targetVersion}.
   * Never rolls back: a target below the current version applies nothing. A run that leaves
   * migrations pending above the target stores no index digest, so the next start takes the full
   * path.
   *
   * @throws StrataException {@link ErrorCode#USAGE} when {@code targetVersion} is null; otherwise
   *     as {@link #migrate()}
   */
  public MigrateResult migrate(String targetVersion) {
    return runner.migrate(targetVersion);
  }

  /**
   * Every migration in the code and every history row, joined by version with a
   * {@link MigrationState} each. Reads only: takes no lock and creates nothing.
   *
   * @throws StrataException {@link ErrorCode#CONNECTION_FAILED}; {@link ErrorCode#INVALID_MIGRATION}
   *     when an applied migration's {@code up()} cannot be recorded (its checksum is needed);
   *     {@link ErrorCode#MIGRATION_NOT_LOADABLE}
   */
  public StatusReport status() {
    return runner.status();
  }

  /**
   * Checks the history against the code as {@link #migrate()} would, without changing anything:
   * failed rows, applied migrations missing from the code, changed checksums, and pending
   * migrations older than the newest applied one (unless out-of-order is allowed). Then drift: the
   * live schema is introspected and compared with the in-memory replay of the applied migrations;
   * each difference is a problem with {@link ErrorCode#DRIFT_DETECTED} naming the table ("column
   * users.nickname exists in the database but in no migration"). Tables that raw SQL in an applied
   * migration may change, and with a baseline the tables from before it, are not compared;
   * {@link ValidateResult#notes()} names them. Problems are returned, not thrown; see
   * {@link ValidateResult#throwIfInvalid()}. Reads only, takes no lock; {@link #migrate()} never
   * checks drift.
   *
   * @throws StrataException {@link ErrorCode#CONNECTION_FAILED} when the database or its catalog
   *     cannot be read; {@link ErrorCode#INVALID_MIGRATION} when an applied migration's {@code up()}
   *     cannot be recorded; {@link ErrorCode#MIGRATION_NOT_LOADABLE}
   */
  public ValidateResult validate() {
    return runner.validate();
  }

  /**
   * Runs the {@code down()} of the {@code count} newest applied migrations (by version), newest
   * first, each in its own transaction with its history row removed; the stored index digest is
   * cleared, so the next {@code migrate()} takes the full path. Everything that would stop it
   * part way (a migration without {@code down()}, missing from the code or changed) is checked
   * before anything runs.
   *
   * @throws StrataException {@link ErrorCode#USAGE} when {@code count < 1};
   *     {@link ErrorCode#IRREVERSIBLE}, {@link ErrorCode#VALIDATION_FAILED}, or
   *     {@link ErrorCode#INVALID_MIGRATION} when a {@code down()} (or an applied {@code up()}, for its
   *     checksum) throws while it is recorded, naming the migration and the operation (nothing
   *     rolled back); {@link ErrorCode#MIGRATION_FAILED} naming the migration, operation and
   *     statement when a {@code down()} fails in the database; {@link ErrorCode#LOCK_FAILED},
   *     {@link ErrorCode#CONNECTION_FAILED}
   */
  public RollbackResult rollback(int count) {
    return runner.rollback(count);
  }

  /**
   * Marks a database Strata has not migrated yet as being at {@code version}: records a baseline
   * row, so migrations at or below it count as applied and never run. Calling it again with the
   * same version does nothing.
   *
   * @throws StrataException {@link ErrorCode#VALIDATION_FAILED} when the history table already
   *     holds rows; {@link ErrorCode#USAGE} for a blank version
   */
  public BaselineResult baseline(String version) {
    return runner.baseline(version);
  }

  /**
   * Realigns the history table with the code: removes failed rows (recorded on MySQL after a
   * failure, once the database is fixed by hand), sets changed checksums to the code's, and removes
   * rows of applied migrations no longer in the code; when it changes anything it also clears the
   * stored index digest, so the next {@code migrate()} takes the full path. Changes no schema.
   *
   * @throws StrataException {@link ErrorCode#INVALID_MIGRATION} when an applied migration's
   *     {@code up()} cannot be recorded (nothing changed); {@link ErrorCode#LOCK_FAILED},
   *     {@link ErrorCode#CONNECTION_FAILED}, {@link ErrorCode#MIGRATION_NOT_LOADABLE}
   */
  public RepairResult repair() {
    return runner.repair();
  }

  /**
   * Rolls back every applied migration through its {@code down()}, newest first, then drops
   * {@code strata_schema_history} when no row is left. Tables that no migration created are never
   * touched, and with a baseline, the baseline row and what lies below it stay. Refuses before
   * changing anything when an applied migration has no {@code down()}, is missing from the code or
   * has changed.
   *
   * @throws StrataException as {@link #rollback(int)}
   */
  public ResetResult reset() {
    return runner.reset();
  }

  /** Builds a {@link Migrator}. Not thread-safe; the built migrator is. */
  public static final class Builder {
    private final Runner.Builder runner = Runner.configure();
    private ClassLoader classLoader;

    private Builder() {}

    /** Where connections come from (required). */
    public Builder dataSource(DataSource dataSource) {
      runner.dataSource(dataSource);
      return this;
    }

    /**
     * The class loader whose migration index lists the migrations. Default: the thread's context
     * class loader, else Strata's own.
     */
    public Builder classLoader(ClassLoader classLoader) {
      this.classLoader = classLoader;
      return this;
    }

    /**
     * Whether a pending migration older than the newest applied one is applied (true) or stops
     * {@code migrate()} (false, the default). Allow it when branches merge migrations made in
     * parallel.
     */
    public Builder outOfOrder(boolean outOfOrder) {
      runner.outOfOrder(outOfOrder);
      return this;
    }

    /** The name recorded in {@code installed_by}. Default: the database user. */
    public Builder installedBy(String installedBy) {
      runner.installedBy(installedBy);
      return this;
    }

    /**
     * How long a command waits for another runner's lock before failing with
     * {@link ErrorCode#LOCK_FAILED}. Default 10 minutes.
     *
     * @throws StrataException {@link ErrorCode#USAGE} when not positive
     */
    public Builder lockTimeout(Duration lockTimeout) {
      runner.lockTimeout(lockTimeout);
      return this;
    }

    /**
     * The migrator.
     *
     * @throws StrataException {@link ErrorCode#USAGE} without a data source
     */
    public Migrator build() {
      ClassLoader loader = classLoader;
      if (loader == null) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        loader = context != null ? context : Migrator.class.getClassLoader();
      }
      return new Migrator(runner.classLoader(loader).build());
    }
  }
}
