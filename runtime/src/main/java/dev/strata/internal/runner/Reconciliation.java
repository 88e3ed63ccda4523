package dev.strata.internal.runner;

import dev.strata.MigrationState;
import dev.strata.MigrationStatus;
import dev.strata.StatusReport;
import dev.strata.internal.history.HistoryRow;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.schema.naming.Versions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The migrations in the code joined with the history rows by version: one entry per version with
 * its {@link MigrationState}. Pure; every command reads the database through it.
 */
public final class Reconciliation {

  /**
   * One version.
   *
   * @param version the version
   * @param code the migration in the code, or null
   * @param row the history row, or null
   * @param state where it stands
   */
  public record Entry(String version, ResolvedMigration code, HistoryRow row, MigrationState state) {

    /** The description from the code, else from the history row. */
    public String description() {
      return code != null ? code.description() : row.description();
    }
  }

  private final List<Entry> entries;
  private final String baseline;
  private final String newestApplied;

  private Reconciliation(List<Entry> entries, String baseline, String newestApplied) {
    this.entries = entries;
    this.baseline = baseline;
    this.newestApplied = newestApplied;
  }

  /**
   * Joins {@code code} with {@code history}. A code migration's state:
   * {@link MigrationState#RESUMABLE} when its failed row was marked to resume and its checksum is
   * unchanged, {@link MigrationState#FAILED} when its row failed otherwise, {@link MigrationState#CHECKSUM_MISMATCH} when the row's checksum differs,
   * {@link MigrationState#APPLIED}; without a row {@link MigrationState#BELOW_BASELINE} at or below
   * the baseline, {@link MigrationState#OUT_OF_ORDER} when older than the newest successful row,
   * else {@link MigrationState#PENDING}. A row without code is {@link MigrationState#MISSING} (or
   * FAILED, or {@link MigrationState#BASELINE} for the baseline row).
   */
  public static Reconciliation of(List<ResolvedMigration> code, List<HistoryRow> history) {
    Map<String, ResolvedMigration> byVersion = new TreeMap<>(Versions.ORDER);
    for (ResolvedMigration m : code) {
      byVersion.put(m.version(), m);
    }
    Map<String, HistoryRow> rows = new TreeMap<>(Versions.ORDER);
    String baseline = null;
    String newest = null;
    for (HistoryRow row : history) {
      rows.put(row.version(), row);
      if (row.isBaseline() && (baseline == null || Versions.compare(row.version(), baseline) > 0)) {
        baseline = row.version();
      }
      if (row.success() && (newest == null || Versions.compare(row.version(), newest) > 0)) {
        newest = row.version();
      }
    }
    TreeMap<String, Entry> entries = new TreeMap<>(Versions.ORDER);
    for (HistoryRow row : rows.values()) {
      ResolvedMigration m = byVersion.get(row.version());
      entries.put(row.version(), new Entry(row.version(), m, row, rowState(row, m)));
    }
    for (ResolvedMigration m : byVersion.values()) {
      if (entries.containsKey(m.version())) {
        continue;
      }
      MigrationState state;
      if (baseline != null && Versions.compare(m.version(), baseline) <= 0) {
        state = MigrationState.BELOW_BASELINE;
      } else if (newest != null && Versions.compare(m.version(), newest) < 0) {
        state = MigrationState.OUT_OF_ORDER;
      } else {
        state = MigrationState.PENDING;
      }
      entries.put(m.version(), new Entry(m.version(), m, null, state));
    }
    return new Reconciliation(List.copyOf(entries.values()), baseline, newest);
  }

  private static MigrationState rowState(HistoryRow row, ResolvedMigration code) {
    if (row.isResumable() && code != null && code.checksum().equals(row.checksum())) {
      return MigrationState.RESUMABLE;
    }
    if (!row.success()) {
      return MigrationState.FAILED;
    }
    if (row.isBaseline()) {
      return MigrationState.BASELINE;
    }
    if (code == null) {
      return MigrationState.MISSING;
    }
    return code.checksum().equals(row.checksum()) ? MigrationState.APPLIED : MigrationState.CHECKSUM_MISMATCH;
  }

  /** Every entry, in version order. */
  public List<Entry> entries() {
    return entries;
  }

  /** The entries in {@code state}, in version order. */
  public List<Entry> inState(MigrationState state) {
    return entries.stream().filter(e -> e.state() == state).toList();
  }

  /** The baseline version, or null. */
  public String baseline() {
    return baseline;
  }

  /** The newest version with a successful row (the baseline included), or null. */
  public String newestApplied() {
    return newestApplied;
  }

  /**
   * What {@code migrate} would apply, in version order: the resumable and pending entries, and the
   * out-of-order ones when {@code outOfOrder}; only those at or below {@code target} when it is not
   * null.
   */
  public List<ResolvedMigration> toApply(boolean outOfOrder, String target) {
    return due(outOfOrder, target).stream().map(Entry::code).toList();
  }

  /** The entries {@link #toApply} applies; a resumable one carries its row. */
  List<Entry> due(boolean outOfOrder, String target) {
    List<Entry> plan = new ArrayList<>();
    for (Entry e : entries) {
      boolean due = e.state() == MigrationState.PENDING || e.state() == MigrationState.RESUMABLE
          || (outOfOrder && e.state() == MigrationState.OUT_OF_ORDER);
      if (due && (target == null || Versions.compare(e.version(), target) <= 0)) {
        plan.add(e);
      }
    }
    return plan;
  }

  /**
   * Whether {@code migrate} has nothing to do and nothing to complain about: every entry is
   * applied, the baseline or below it, or pending beyond {@code target}.
   */
  public boolean isUpToDate(String target) {
    for (Entry e : entries) {
      switch (e.state()) {
        case APPLIED:
        case BASELINE:
        case BELOW_BASELINE:
          break;
        case PENDING:
          if (target == null || Versions.compare(e.version(), target) <= 0) {
            return false;
          }
          break;
        default:
          return false;
      }
    }
    return true;
  }

  /** The entries as a status report. */
  public StatusReport toStatusReport() {
    List<MigrationStatus> lines = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      ResolvedMigration m = e.code();
      HistoryRow r = e.row();
      lines.add(new MigrationStatus(e.version(), e.description(), e.state(),
          m == null ? null : m.className(),
          m == null ? null : m.checksum(),
          r == null ? null : r.checksum(),
          r == null ? null : r.installedAt(),
          r == null ? null : r.executionMs(),
          r == null ? null : r.installedBy(),
          r == null ? null : r.failedStatement()));
    }
    return new StatusReport(lines);
  }
}
