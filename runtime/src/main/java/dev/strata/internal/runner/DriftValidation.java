package dev.strata.internal.runner;

import dev.strata.internal.database.Dialects;
import dev.strata.ErrorCode;
import dev.strata.MigrationState;
import dev.strata.ValidateResult.Problem;
import dev.strata.internal.dialect.Introspector;
import dev.strata.internal.dialect.LiveSchema;
import dev.strata.internal.dialect.Unmodelled;
import dev.strata.internal.introspect.SchemaDrift;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Drift: the live schema against what the applied migrations describe. The migrations in place
 * (applied, or applied and changed since) are replayed in memory in version order, the database is
 * introspected, and every difference {@link SchemaDrift} finds is a problem with
 * {@link ErrorCode#DRIFT_DETECTED}, its subject the table: "column users.nickname exists in the
 * database but in no migration", "index idx_posts_title is missing".
 *
 * <p>What cannot be known is left out and said in {@link #notes()} (see {@link ExpectedSchema}):
 * tables that raw SQL in an applied migration may change; with a baseline at a version no
 * migration of the code has, tables no migration above it created (the schema below the baseline
 * is not known; migrations below it never ran). A baseline at a migration of the code (as
 * {@code init --from-db} writes: a first migration creating the database's schema) says the
 * database is what that migration and the ones before it make, so their replay is the expected
 * schema and every table is checked. What the database holds that the model cannot ({@link Introspector#read()}: a FULLTEXT
 * index, a CHECK constraint, {@code ON UPDATE}, ...) is left out too, one note each. Code steps ({@code run}) are
 * taken to change rows only. Drift is not checked at all while
 * the history has a failed row or an applied migration missing from the code: those come first.
 *
 * <p>Only {@code validate()} runs this step; {@code migrate()} never introspects.
 */
public final class DriftValidation implements ValidationStep {
  private final List<String> notes = new ArrayList<>();

  @Override
  public List<Problem> check(Session session, Reconciliation reconciliation) {
    notes.clear();
    List<String> blocking = reconciliation.entries().stream()
        .filter(e -> e.state() == MigrationState.FAILED || e.state() == MigrationState.RESUMABLE
            || e.state() == MigrationState.MISSING)
        .map(Reconciliation.Entry::version).toList();
    if (!blocking.isEmpty()) {
      notes.add("drift not checked: what migration" + plural(blocking) + " " + String.join(", ", blocking)
          + " did is not known (failed part way, or missing from the code); resolve the problems above, then"
          + " validate again");
      return List.of();
    }
    // A baseline at a migration of the code says the database is what that migration (with the ones
    // before it) makes: their replay is the expected schema, and every table is checked.
    boolean baselineInCode = reconciliation.entries().stream()
        .anyMatch(e -> e.state() == MigrationState.BASELINE && e.code() != null);
    List<ResolvedMigration> applied = reconciliation.entries().stream()
        .filter(e -> e.state() == MigrationState.APPLIED || e.state() == MigrationState.CHECKSUM_MISMATCH
            || baselineInCode && e.code() != null
            && (e.state() == MigrationState.BASELINE || e.state() == MigrationState.BELOW_BASELINE))
        .map(Reconciliation.Entry::code).toList();
    Introspector introspector = Dialects.introspector(session.connection());
    LiveSchema read = introspector.read();
    SchemaDef live = read.schema();
    ExpectedSchema expected = ExpectedSchema.replay(applied, introspector.dialect().database(),
        baselineInCode ? null : reconciliation.baseline(), live,
        read.verbatim().stream().map(u -> u.sql().strip()).collect(Collectors.toSet()));
    SchemaDrift drift = new SchemaDrift(introspector.dialect());

    List<Problem> problems = new ArrayList<>();
    Map<String, List<String>> skipped = new TreeMap<>();
    List<String> beforeBaseline = new ArrayList<>();
    for (String name : ExpectedSchema.names(expected.schema(), live)) {
      Optional<TableDef> want = expected.schema().table(name);
      Optional<TableDef> have = live.table(name);
      String why = expected.whyUnknown(name, Arrays.asList(want.orElse(null), have.orElse(null)));
      if (why != null) {
        skipped.computeIfAbsent(why, k -> new ArrayList<>()).add(name);
      } else if (want.isEmpty() && expected.hasBaseline()) {
        beforeBaseline.add(name);
      } else {
        for (String difference : drift.differences(schemaOf(want), schemaOf(have))) {
          problems.add(new Problem(ErrorCode.DRIFT_DETECTED, name, difference
              + "; undo it by hand or record it in a new migration"));
        }
      }
    }
    skipped.forEach((why, tables) -> notes.add("drift not checked for table" + plural(tables) + " "
        + String.join(", ", tables) + ": " + why));
    if (!beforeBaseline.isEmpty()) {
      notes.add("drift not checked for table" + plural(beforeBaseline) + " " + String.join(", ", beforeBaseline)
          + ": no migration above the baseline " + reconciliation.baseline() + " creates "
          + (beforeBaseline.size() == 1 ? "it" : "them") + ", so " + (beforeBaseline.size() == 1 ? "its" : "their")
          + " shape is not known");
    }
    for (Unmodelled u : read.unmodelled()) {
      if (u.kind() != Unmodelled.Kind.ENGINE_SPECIFIC) {
        notes.add("drift not checked for what Strata does not model: " + u.describe());
      }
    }
    if (!problems.isEmpty() && !expected.codeSteps().isEmpty()) {
      notes.add("migration" + plural(expected.codeSteps()) + " " + String.join(", ", expected.codeSteps())
          + (expected.codeSteps().size() == 1 ? " has" : " have")
          + " code steps (run), which Strata takes to change rows only; a schema change made in one is reported"
          + " as drift above. Make schema changes with the typed operations or executeSql instead");
    }
    return problems;
  }

  @Override
  public List<String> notes() {
    return List.copyOf(notes);
  }

  private static SchemaDef schemaOf(Optional<TableDef> table) {
    return new SchemaDef(table.map(List::of).orElse(List.of()));
  }

  private static String plural(List<String> items) {
    return items.size() == 1 ? "" : "s";
  }
}
