package dev.strata.testing;

import dev.strata.diff.ColumnTypes;
import dev.strata.diff.DiffResult;
import dev.strata.diff.SchemaDiff;
import dev.strata.loader.ResolvedMigration;
import dev.strata.operation.Operation;
import dev.strata.replay.Replayer;
import dev.strata.schema.model.ForeignKeyDef;
import dev.strata.schema.model.IndexDef;
import dev.strata.schema.model.SchemaDef;
import dev.strata.schema.model.TableDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Random evolutions ({@link RandomSchemas}) turned into migrations, as {@code generate} would write
 * them: each step diffs the schema the earlier migrations produce against the step's desired
 * schema (destructive changes allowed where the step asks for them) and becomes one migration.
 */
public final class Evolutions {
  private Evolutions() {}

  /**
   * One step as a migration.
   *
   * @param step the random step
   * @param before the schema the earlier migrations produce
   * @param after the schema this migration produces (in memory)
   * @param migration the migration, version {@code number + 1}
   */
  public record Generated(RandomSchemas.Step step, SchemaDef before, SchemaDef after, ResolvedMigration migration) {
    public List<Operation> up() {
      return migration.upOperations();
    }

    /** The step and its operations, for failure messages. */
    public String describe() {
      return step + "\n  operations:\n    " + up().stream().map(Operation::canonical).collect(Collectors.joining("\n    "));
    }
  }

  /**
   * The first {@code steps} steps of the evolution of {@code seed} as migrations. The evolution
   * stops before a step that leaves a table without columns: no model has none (it needs a key),
   * and MySQL and SQLite cannot hold such a table.
   *
   * @throws AssertionError when the diff refuses a step (a bug of the diff or the generator)
   */
  public static List<Generated> of(long seed, int steps) {
    List<Generated> out = new ArrayList<>();
    SchemaDef state = SchemaDef.EMPTY;
    for (RandomSchemas.Step step : new RandomSchemas(seed).evolution(steps)) {
      if (step.desired().tables().stream().anyMatch(t -> t.columns().isEmpty())) {
        break;
      }
      DiffResult diff = SchemaDiff.compare(state, step.desired(), step.destructive());
      if (diff.isRefused()) {
        throw new AssertionError("seed " + seed + ", " + step + ": the diff refuses " + diff.refusalMessages());
      }
      List<Operation> up = diff.upOperations();
      SchemaDef after = Replayer.replay(state, up, "step " + step.number());
      out.add(new Generated(step, state, after,
          OperationsMigration.resolved(String.valueOf(step.number() + 1), "step " + step.number(), up)));
      state = after;
    }
    return out;
  }

  /** The migrations of {@code evolution}, in order. */
  public static List<ResolvedMigration> migrations(List<Generated> evolution) {
    return evolution.stream().map(Generated::migration).toList();
  }

  /**
   * {@code schema} in a form where equal means the same database structure: hints gone, types
   * normalised ({@link ColumnTypes#normalize}), tables, indexes and foreign keys sorted by name
   * (their order is not part of a schema; column order is kept).
   */
  public static SchemaDef canonical(SchemaDef schema) {
    return new SchemaDef(ColumnTypes.normalize(schema.withoutHints()).tables().stream()
        .sorted(Comparator.comparing(TableDef::name))
        .map(t -> t.withIndexes(t.indexes().stream().sorted(Comparator.comparing(IndexDef::name)).toList())
            .withForeignKeys(t.foreignKeys().stream().sorted(Comparator.comparing(ForeignKeyDef::name)).toList()))
        .toList());
  }
}
