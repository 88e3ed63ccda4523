package dev.strata.internal.runner;

import static dev.strata.internal.runner.TestMigrations.createTable;
import static dev.strata.internal.runner.TestMigrations.createTables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.MigrationState;
import dev.strata.ValidateResult;
import dev.strata.internal.history.HistoryRow;
import dev.strata.internal.history.HistoryTable;
import dev.strata.internal.loader.ResolvedMigration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

  private static HistoryRow applied(ResolvedMigration m) {
    return new HistoryRow(m.version(), m.description(), m.checksum(), null, 1, true, "me", null);
  }

  private static HistoryRow row(String version, String checksum, boolean success) {
    return new HistoryRow(version, "d" + version, checksum, null, 1, success, "me", null);
  }

  private static List<MigrationState> states(Reconciliation r) {
    return r.entries().stream().map(Reconciliation.Entry::state).toList();
  }

  private static List<String> versions(List<ResolvedMigration> plan) {
    return plan.stream().map(ResolvedMigration::version).toList();
  }

  @Test
  void versionsOrderNumericallyAndPendingFollowTheNewestApplied() {
    List<ResolvedMigration> code = createTables("9", "10", "100");
    Reconciliation r = Reconciliation.of(code, List.of(applied(code.get(0))));
    assertEquals(List.of("9", "10", "100"), r.entries().stream().map(Reconciliation.Entry::version).toList());
    assertEquals(List.of(MigrationState.APPLIED, MigrationState.PENDING, MigrationState.PENDING), states(r));
    assertEquals("9", r.newestApplied());
    assertEquals(List.of("10", "100"), versions(r.toApply(false, null)));
    assertEquals(List.of("10"), versions(r.toApply(false, "99")));
    assertFalse(r.isUpToDate(null));
    assertTrue(r.isUpToDate("9"));
  }

  @Test
  void aStoppedRowMarkedToResumeIsResumableAndAppliedOnlyWhileItsCodeIsUnchanged() {
    List<ResolvedMigration> code = createTables("1", "2", "3");
    ResolvedMigration two = code.get(1);
    HistoryRow stopped = new HistoryRow("2", two.description(), two.checksum(), null, 1, false, "me",
        "-- statement 2 was running", null, 1);
    HistoryRow marked = new HistoryRow("2", two.description(), two.checksum(), null, 1, false, "me", null, null, 1);
    HistoryRow changed = new HistoryRow("2", two.description(), "other", null, 1, false, "me", null, null, 1);

    assertEquals(MigrationState.FAILED, states(Reconciliation.of(code, List.of(applied(code.get(0)), stopped))).get(1));
    Reconciliation resumable = Reconciliation.of(code, List.of(applied(code.get(0)), marked));
    assertEquals(List.of(MigrationState.APPLIED, MigrationState.RESUMABLE, MigrationState.PENDING), states(resumable));
    assertEquals(List.of("2", "3"), versions(resumable.toApply(false, null)));
    assertFalse(resumable.isUpToDate(null));
    assertEquals(MigrationState.FAILED, states(Reconciliation.of(code, List.of(applied(code.get(0)), changed))).get(1));
  }

  @Test
  void anEmptyHistoryMakesEverythingPending() {
    Reconciliation r = Reconciliation.of(createTables("1", "2"), List.of());
    assertEquals(List.of(MigrationState.PENDING, MigrationState.PENDING), states(r));
    assertNull(r.newestApplied());
    assertTrue(Reconciliation.of(List.of(), List.of()).isUpToDate(null));
  }

  @Test
  void olderPendingMigrationsAreOutOfOrderAndAppliedOnlyWhenAllowed() {
    List<ResolvedMigration> code = createTables("1", "2", "3", "4");
    Reconciliation r = Reconciliation.of(code, List.of(applied(code.get(0)), applied(code.get(2))));
    assertEquals(List.of(MigrationState.APPLIED, MigrationState.OUT_OF_ORDER, MigrationState.APPLIED,
        MigrationState.PENDING), states(r));
    assertEquals(List.of("4"), versions(r.toApply(false, null)));
    assertEquals(List.of("2", "4"), versions(r.toApply(true, null)));

    List<ValidateResult.Problem> refused = new HistoryValidation(false).problems(r);
    assertEquals(List.of("2"), refused.stream().map(ValidateResult.Problem::subject).toList());
    assertTrue(new HistoryValidation(true).problems(r).isEmpty());
  }

  @Test
  void rowsAreFailedMissingChangedOrBaseline() {
    List<ResolvedMigration> code = List.of(createTable("1"), createTable("2"), createTable("3"), createTable("5"));
    Reconciliation r = Reconciliation.of(code, List.of(
        row("2", HistoryTable.BASELINE_CHECKSUM, true),
        row("3", "other", true),
        row("4", "x", true),
        row("5", code.get(3).checksum(), false)));
    assertEquals(List.of(MigrationState.BELOW_BASELINE, MigrationState.BASELINE, MigrationState.CHECKSUM_MISMATCH,
        MigrationState.MISSING, MigrationState.FAILED), states(r));
    assertEquals("2", r.baseline());
    assertEquals("4", r.newestApplied(), "a failed row is not applied");
    assertEquals(List.of("3", "4", "5"), new HistoryValidation(false).problems(r).stream()
        .map(ValidateResult.Problem::subject).toList());
    assertFalse(r.isUpToDate(null));
    assertEquals(List.of(), r.toApply(true, null));
  }

  @Test
  void aBaselineCountsEverythingAtOrBelowItAsInPlace() {
    List<ResolvedMigration> code = createTables("1", "2", "3");
    Reconciliation r = Reconciliation.of(code, List.of(row("2", HistoryTable.BASELINE_CHECKSUM, true)));
    assertEquals(List.of(MigrationState.BELOW_BASELINE, MigrationState.BASELINE, MigrationState.PENDING), states(r));
    assertEquals(List.of("3"), versions(r.toApply(false, null)));
    assertTrue(r.entries().get(1).code() != null, "the code migration at the baseline version is joined to it");
    assertTrue(new HistoryValidation(false).problems(r).isEmpty());
  }
}
