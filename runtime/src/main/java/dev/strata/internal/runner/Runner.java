package dev.strata.internal.runner;

import dev.strata.BaselineResult;
import dev.strata.ErrorCode;
import dev.strata.MigrateResult;
import dev.strata.RepairResult;
import dev.strata.ResetResult;
import dev.strata.RollbackResult;
import dev.strata.StatusReport;
import dev.strata.StrataException;
import dev.strata.ValidateResult;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.loader.MigrationLoader;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.schema.naming.Versions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The runner behind {@link dev.strata.Migrator}: the same commands, configured with what only
 * Strata's own tools and tests name (migrations built in memory, a fixed dialect). Not API.
 */
public final class Runner {
  private final RunnerSettings settings;

  private Runner(RunnerSettings settings) {
    this.settings = settings;
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
    return MigrateCommand.run(settings, null);
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
    if (targetVersion == null) {
      throw new StrataException(ErrorCode.USAGE, "migrate(targetVersion) needs a version; call migrate() to apply"
          + " every pending migration");
    }
    return MigrateCommand.run(settings, targetVersion);
  }

  /**
   * Every migration in the code and every history row, joined by version with a
   * {@link dev.strata.MigrationState} each. Reads only: takes no lock and creates nothing.
   *
   * @throws StrataException {@link ErrorCode#CONNECTION_FAILED}; {@link ErrorCode#INVALID_MIGRATION}
   *     when an applied migration's {@code up()} cannot be recorded (its checksum is needed);
   *     {@link ErrorCode#MIGRATION_NOT_LOADABLE}
   */
  public StatusReport status() {
    return StatusCommand.run(settings);
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
    return ValidateCommand.run(settings);
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
    return RollbackCommand.rollback(settings, count);
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
    return BaselineCommand.run(settings, version);
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
    return RepairCommand.run(settings);
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
    return RollbackCommand.reset(settings);
  }

  /** Builds a {@link Runner}. Not thread-safe; the built runner is. */
  public static final class Builder {
    private DataSource dataSource;
    private ClassLoader classLoader;
    private List<ResolvedMigration> migrations;
    private boolean outOfOrder;
    private String installedBy;
    private SqlDialect dialect;
    private Duration lockTimeout = Duration.ofMinutes(10);

    private Builder() {}

    /** Where connections come from (required). */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = dataSource;
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
     * Uses exactly these migrations instead of the migration index (for tests and tools that
     * build them).
     *
     * @throws StrataException {@link ErrorCode#BAD_VERSION} when two share a version
     */
    public Builder migrations(List<ResolvedMigration> migrations) {
      List<ResolvedMigration> sorted = new ArrayList<>(migrations);
      sorted.sort((a, b) -> Versions.compare(a.version(), b.version()));
      for (int i = 1; i < sorted.size(); i++) {
        if (Versions.compare(sorted.get(i - 1).version(), sorted.get(i).version()) == 0) {
          throw new StrataException(ErrorCode.BAD_VERSION, "migrations " + sorted.get(i - 1).className() + " and "
              + sorted.get(i).className() + " both have version " + sorted.get(i).version()
              + "; give one of them a new version");
        }
      }
      this.migrations = List.copyOf(sorted);
      return this;
    }

    /**
     * Whether a pending migration older than the newest applied one is applied (true) or stops
     * {@code migrate()} (false, the default). Allow it when branches merge migrations made in
     * parallel.
     */
    public Builder outOfOrder(boolean outOfOrder) {
      this.outOfOrder = outOfOrder;
      return this;
    }

    /** The name recorded in {@code installed_by}. Default: the database user. */
    public Builder installedBy(String installedBy) {
      this.installedBy = installedBy;
      return this;
    }

    /** The dialect to use. Default: detected from the connection's metadata. */
    public Builder dialect(SqlDialect dialect) {
      this.dialect = dialect;
      return this;
    }

    /**
     * How long a command waits for another runner's lock before failing with
     * {@link ErrorCode#LOCK_FAILED}. Default 10 minutes.
     */
    public Builder lockTimeout(Duration lockTimeout) {
      if (lockTimeout == null || lockTimeout.isNegative() || lockTimeout.isZero()) {
        throw new StrataException(ErrorCode.USAGE, "lockTimeout must be positive, was " + lockTimeout);
      }
      this.lockTimeout = lockTimeout;
      return this;
    }

    /**
     * The migrator.
     *
     * @throws StrataException {@link ErrorCode#USAGE} without a data source
     */
    public Runner build() {
      if (dataSource == null) {
        throw new StrataException(ErrorCode.USAGE, "Migrator needs a data source: Migrator.configure().dataSource(ds)");
      }
      // Named classes rather than lambdas: building is on the no-op start-up path.
      Supplier<List<ResolvedMigration>> source;
      ClassLoader loader = null;
      if (migrations != null) {
        source = new Fixed(migrations);
      } else {
        loader = classLoader != null ? classLoader : defaultClassLoader();
        source = new Memo(loader);
      }
      return new Runner(new RunnerSettings(dataSource, source, outOfOrder, installedBy, dialect, lockTimeout, loader));
    }

    private static ClassLoader defaultClassLoader() {
      ClassLoader context = Thread.currentThread().getContextClassLoader();
      return context != null ? context : Runner.class.getClassLoader();
    }
  }

  /** Migrations given as a list. */
  private static final class Fixed implements Supplier<List<ResolvedMigration>> {
    private final List<ResolvedMigration> migrations;

    Fixed(List<ResolvedMigration> migrations) {
      this.migrations = migrations;
    }

    @Override
    public List<ResolvedMigration> get() {
      return migrations;
    }
  }

  /** Loads the index once per migrator; a failed load is retried on the next command. */
  private static final class Memo implements Supplier<List<ResolvedMigration>> {
    private final ClassLoader loader;
    private volatile List<ResolvedMigration> value;

    Memo(ClassLoader loader) {
      this.loader = loader;
    }

    @Override
    public List<ResolvedMigration> get() {
      List<ResolvedMigration> result = value;
      if (result == null) {
        synchronized (this) {
          if (value == null) {
            value = MigrationLoader.load(loader);
          }
          result = value;
        }
      }
      return result;
    }
  }
}
