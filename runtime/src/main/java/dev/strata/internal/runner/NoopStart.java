package dev.strata.internal.runner;

import dev.strata.MigrateResult;
import dev.strata.internal.history.HistoryTable;
import dev.strata.internal.loader.MigrationLoader;
import java.util.List;

/**
 * The no-op fast path of {@code migrate()}: the class path's index key (the first line of each copy
 * of the migration index) compared with the index digest the last successful run stored, in one
 * query. Equal: the history is up to date with this code, so no migration class is loaded, nothing
 * recorded or hashed, no lock taken. Otherwise {@link MigrateCommand} runs in full.
 *
 * <p>Everything this path runs creates no lambda, method reference, stream, {@code String.format},
 * indy string concatenation, {@code MessageDigest} (except for several copies of the index) or
 * {@code System.Logger}; {@link MigrateCommand}, which calls it first, keeps its logger in a nested
 * class that only the full path initialises. The class-loading test in {@code NoopStartClassLoadingTest} proves it.
 */
final class NoopStart {

  private NoopStart() {}

  /**
   * The result of a {@code migrate()} that has nothing to do, or null when the full path must run:
   * the migrations were given as a list, the index has no digest, or the stored digest is absent
   * or differs.
   */
  static MigrateResult check(Session session) {
    RunnerSettings settings = session.settings();
    if (settings.indexLoader() == null) {
      return null;
    }
    String key = MigrationLoader.indexKey(settings.indexLoader());
    if (key == null) {
      return null;
    }
    String version = HistoryTable.probeDigest(session.connection(), key);
    // The digest sits on the newest successful row, so its version is the current one.
    return version == null ? null : new MigrateResult(List.of(), version, version);
  }
}
