package dev.strata.bench;

import dev.strata.generator.diff.DiffResult;
import dev.strata.generator.diff.SchemaDiff;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.SchemaDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark 5, the diff alone: {@code SchemaDiff.compare} in this JVM after warm-up, on N and
 * 10 × N tables ({@code --migrations}, default 1,000 and 10,000), built as values by
 * {@link DiffSchemas}. Two cases per size: one new column in one table (what {@code generate}
 * meets every day: the whole schema compared, one change found) and every table new (the first
 * migration of a large model: N tables created and simulated). The line of the larger size also
 * says how much longer it took than the smaller one: about 10 × for a diff linear in the schema
 * size, about 100 × for a quadratic one.
 *
 * <p>Target (the performance budget): the diff linear in the schema size, 10,000 tables under
 * 1 s in process.
 */
final class DiffBenchmark {
  static final double LIMIT_MS = 1000;
  static final int GROWTH = 10;

  private DiffBenchmark() {}

  static List<Row> run(BenchContext context) {
    BenchOptions options = context.options();
    int small = options.migrations();
    int large = GROWTH * small;
    List<Row> rows = new ArrayList<>();
    for (Case kind : Case.values()) {
      Timing.Run smallRun = kind.run(small, options.seed());
      Timing.Run largeRun = kind.run(large, options.seed());
      // In turns, after both are warm: the growth is then the diff's, not the JIT's.
      Timing[] timings = Timing.alternating(Math.max(1, 3 * options.warmups()), options.runs(), smallRun, largeRun);
      rows.add(Row.below(kind.label(small), timings[0], LIMIT_MS));
      Row row = Row.below(kind.label(large), timings[1], LIMIT_MS);
      String growth = String.format(Locale.ROOT, "; %dx the tables took %.1fx the time", GROWTH,
          timings[1].medianMs() / timings[0].medianMs());
      rows.add(new Row(row.name(), row.strata(), row.baseline(), row.ratio(), row.target(), row.result(),
          row.note() + growth, row.value()));
      context.progress(kind.label(small) + ": median " + Row.ms(timings[0].medianMs()) + "; " + large
          + " tables: " + Row.ms(timings[1].medianMs()));
    }
    return rows;
  }

  /** What is compared, and what the diff must find in it. */
  private enum Case {
    ONE_NEW_COLUMN("one new column"),
    ALL_NEW("every table new");

    private final String description;

    Case(String description) {
      this.description = description;
    }

    String label(int tables) {
      return "diff in-process, warm (" + tables + " tables, " + description + ")";
    }

    /** One timed diff of this case on {@code tables} tables, its result checked. */
    Timing.Run run(int tables, long seed) {
      SchemaDef schema = DiffSchemas.schema(tables, seed);
      SchemaDef current = this == ONE_NEW_COLUMN ? schema : SchemaDef.EMPTY;
      SchemaDef desired = this == ONE_NEW_COLUMN ? DiffSchemas.withNewColumn(schema) : schema;
      return () -> {
        long start = System.nanoTime();
        DiffResult result = SchemaDiff.compare(current, desired);
        long nanos = System.nanoTime() - start;
        check(result, tables);
        return nanos;
      };
    }

    /**
     * @throws IllegalStateException when the diff found something else: a benchmark must not pass
     *     by doing less than its work
     */
    void check(DiffResult result, int tables) {
      List<Operation> ops = result.upOperations();
      boolean right = !result.isRefused() && switch (this) {
        case ONE_NEW_COLUMN -> ops.size() == 1 && ops.get(0) instanceof Operation.AddColumn add
            && add.table().equals(DiffSchemas.middleTable(tables));
        case ALL_NEW -> ops.size() == tables && ops.stream().allMatch(op -> op instanceof Operation.CreateTable);
      };
      if (!right) {
        throw new IllegalStateException("the diff of " + tables + " tables (" + description + ") found "
            + ops.size() + " changes, refusals " + result.refusals());
      }
    }
  }
}
