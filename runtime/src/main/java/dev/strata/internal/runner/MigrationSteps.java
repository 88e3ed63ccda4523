package dev.strata.internal.runner;

import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.dialect.TableLookup;
import dev.strata.internal.history.HistoryRow;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.operation.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The steps of a migration's {@code up()} as the runner counts them in {@code steps_done}: each
 * SQL statement the dialect renders, in order, and each code step. Rendered here without the
 * database, for the message about a stopped migration and to decide whether it can resume: the
 * steps before the resume point are skipped by position, so each operation up to it must render
 * the same statements whatever the database holds now. An operation whose SQL the dialect builds
 * from the live table (on MySQL: altering a column, dropping an index, a foreign key or a primary
 * key) does not, and a migration cannot resume past one.
 */
final class MigrationSteps {
  private final List<String> steps;
  private final String unknownFrom;

  private MigrationSteps(List<String> steps, String unknownFrom) {
    this.steps = steps;
    this.unknownFrom = unknownFrom;
  }

  /** A lookup that stops the rendering: the statements would depend on the live schema. */
  static final TableLookup NO_LIVE_SCHEMA = name -> {
    throw new NeedsLiveSchema();
  };

  /** Thrown by {@link #NO_LIVE_SCHEMA}. */
  static final class NeedsLiveSchema extends RuntimeException {
    NeedsLiveSchema() {
      super(null, null, false, false);
    }
  }

  /**
   * The first {@code count} steps of {@code migration} (fewer when it has fewer), rendered by
   * {@code dialect} without the database, up to the first operation that needs it.
   */
  static MigrationSteps first(ResolvedMigration migration, SqlDialect dialect, int count) {
    List<String> steps = new ArrayList<>();
    List<Operation> operations = migration.upOperations();
    for (int i = 0; i < operations.size() && steps.size() < count; i++) {
      Operation operation = operations.get(i);
      if (operation instanceof Operation.RunCode) {
        steps.add("-- the code step of operation " + (i + 1) + " (" + operation.label() + ")");
        continue;
      }
      try {
        steps.addAll(dialect.render(operation, NO_LIVE_SCHEMA));
      } catch (NeedsLiveSchema e) {
        return new MigrationSteps(steps, "operation " + (i + 1) + " (" + operation.label() + ")");
      }
    }
    return new MigrationSteps(steps.size() > count ? List.copyOf(steps.subList(0, count)) : steps, null);
  }

  /** The steps rendered, in order. */
  List<String> steps() {
    return steps;
  }

  /** The operation whose statements depend on the live table, where rendering stopped; or null. */
  String unknownFrom() {
    return unknownFrom;
  }

  /**
   * Why {@code migration}, stopped after {@code stepsDone} steps, cannot resume at the next one;
   * empty when it can: the steps up to the resume point render without the database.
   */
  static Optional<String> whyNotResumable(ResolvedMigration migration, HistoryRow row, SqlDialect dialect) {
    if (row.stepsDone() == null) {
      return Optional.of("its row has no count of the statements done");
    }
    if (!migration.checksum().equals(row.checksum())) {
      return Optional.of("its code has changed since it stopped (checksum " + row.checksum() + " then, "
          + migration.checksum() + " now), so its statements no longer match the ones counted");
    }
    MigrationSteps known = first(migration, dialect, row.stepsDone());
    if (known.steps().size() < row.stepsDone() && known.unknownFrom() != null) {
      return Optional.of(known.unknownFrom() + " builds its SQL from the live table, so the statements done"
          + " cannot be matched to it again");
    }
    return Optional.empty();
  }

  /** Statement text for a message: on one line, cut at 300 characters. */
  static String oneLine(String sql) {
    String line = sql.replaceAll("\\s+", " ").trim();
    return line.length() <= 300 ? line : line.substring(0, 300) + "...";
  }
}
