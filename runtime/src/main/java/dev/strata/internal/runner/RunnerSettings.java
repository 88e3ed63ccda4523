package dev.strata.internal.runner;

import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.loader.ResolvedMigration;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * What every command needs, as configured on {@link dev.strata.Migrator}.
 *
 * @param dataSource where connections come from; each command takes one and closes it
 * @param migrations the migrations in the code, sorted by version (asked for once per command)
 * @param outOfOrder whether pending migrations older than the newest applied one may be applied
 * @param installedBy the name for {@code installed_by}, or null for the database user
 * @param dialect the dialect to use, or null to detect it from the connection
 * @param lockTimeout how long to wait for another runner's lock
 * @param indexLoader the class loader whose migration index lists the migrations, or null when
 *     they were given as a list (then there is no index key, and no no-op fast path)
 */
public record RunnerSettings(
    DataSource dataSource,
    Supplier<List<ResolvedMigration>> migrations,
    boolean outOfOrder,
    String installedBy,
    SqlDialect dialect,
    Duration lockTimeout,
    ClassLoader indexLoader) {

  public RunnerSettings {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(migrations, "migrations");
    Objects.requireNonNull(lockTimeout, "lockTimeout");
  }
}
