package dev.strata.internal.runner;

import dev.strata.BaselineResult;
import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.internal.history.HistoryRow;
import dev.strata.internal.history.HistoryTable;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.schema.naming.Versions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * {@code baseline(version)}: marks a database Strata has not migrated yet as being at
 * {@code version}, by writing one baseline row. Migrations at or below it count as applied and
 * never run; newer ones are pending.
 */
public final class BaselineCommand {
  private static final int MAX_VERSION_LENGTH = 64;

  private BaselineCommand() {}

  /**
   * Writes the baseline row. Calling it again with the same version changes nothing.
   *
   * @throws StrataException {@link ErrorCode#USAGE} for a blank or malformed version;
   *     {@link ErrorCode#VALIDATION_FAILED} when the history table already holds other rows
   */
  public static BaselineResult run(RunnerSettings settings, String version) {
    if (version == null || version.isBlank() || version.length() > MAX_VERSION_LENGTH
        || !version.strip().equals(version) || version.chars().anyMatch(Character::isWhitespace)) {
      throw new StrataException(ErrorCode.USAGE, "baseline version '" + version + "' is not a version;"
          + " give the version of the newest migration the database already matches, e.g. 20260101120000");
    }
    List<ResolvedMigration> code = settings.migrations().get();
    List<String> skipped = code.stream().map(ResolvedMigration::version)
        .filter(v -> Versions.compare(v, version) <= 0).toList();
    try (Session session = Session.open(settings)) {
      return LockedRun.execute(session, true, run -> {
        List<HistoryRow> rows = run.rows();
        if (rows.size() == 1 && rows.get(0).isBaseline() && rows.get(0).version().equals(version)) {
          return new BaselineResult(version, false, skipped);
        }
        if (!rows.isEmpty()) {
          String newest = rows.stream().map(HistoryRow::version).max(Versions.ORDER).orElseThrow();
          throw new StrataException(ErrorCode.VALIDATION_FAILED, "cannot baseline at " + version + ": "
              + HistoryTable.NAME + " already holds " + rows.size() + " row(s), the newest " + newest
              + ". Baseline marks a database Strata has not migrated yet; this one is already migrated"
              + " (see status()).");
        }
        HistoryRow baseline = new HistoryRow(version, HistoryTable.BASELINE_DESCRIPTION, HistoryTable.BASELINE_CHECKSUM,
            Instant.now().truncatedTo(ChronoUnit.MILLIS), 0, true, session.installedBy(), null);
        new MigrationExecutor(run).unit(() -> session.history().insert(session.connection(), baseline));
        return new BaselineResult(version, true, skipped);
      });
    }
  }
}
