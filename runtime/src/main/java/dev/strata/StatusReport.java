package dev.strata;

import java.util.List;

/**
 * The migrations in the code joined with the rows of {@code strata_schema_history}, one entry per
 * version, in version order.
 *
 * @param migrations every entry, in version order
 */
public record StatusReport(List<MigrationStatus> migrations) {

  public StatusReport {
    migrations = List.copyOf(migrations);
  }

  /** The newest version the history records as applied (the baseline included), or null when none is. */
  public String currentVersion() {
    String current = null;
    for (MigrationStatus m : migrations) {
      if (m.state().isInPlace() && m.state() != MigrationState.BELOW_BASELINE) {
        current = m.version();
      }
    }
    return current;
  }

  /** The entries that are not applied yet ({@link MigrationState#PENDING} or {@link MigrationState#OUT_OF_ORDER}). */
  public List<MigrationStatus> pending() {
    return migrations.stream()
        .filter(m -> m.state() == MigrationState.PENDING || m.state() == MigrationState.OUT_OF_ORDER)
        .toList();
  }

  /** The entries in {@code state}. */
  public List<MigrationStatus> inState(MigrationState state) {
    return migrations.stream().filter(m -> m.state() == state).toList();
  }

  /** Whether every entry is in place and nothing needs attention. */
  public boolean isUpToDate() {
    return migrations.stream().allMatch(m -> m.state() == MigrationState.APPLIED
        || m.state() == MigrationState.BASELINE || m.state() == MigrationState.BELOW_BASELINE);
  }

  /** A plain-text table: version, state, installed at, duration and description, one line each. */
  public String table() {
    StringBuilder out = new StringBuilder();
    String format = "%-20s %-17s %-24s %8s  %s%n";
    out.append(String.format(format, "VERSION", "STATE", "INSTALLED AT (UTC)", "MS", "DESCRIPTION"));
    for (MigrationStatus m : migrations) {
      out.append(String.format(format, m.version(), m.state(),
          m.installedAt() == null ? "" : m.installedAt().toString(),
          m.executionMs() == null ? "" : m.executionMs().toString(),
          m.description() == null ? "" : m.description()));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return table();
  }
}
