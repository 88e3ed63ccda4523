package dev.strata.generator.diff;

import static dev.strata.generator.fixtures.Schemas.comparable;
import static dev.strata.generator.fixtures.Schemas.normalized;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.strata.Migration;
import dev.strata.generator.codegen.GeneratedMigration;
import dev.strata.generator.codegen.MigrationSource;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.operation.OperationRecorder;
import dev.strata.internal.replay.Replayer;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.fixtures.InMemoryCompiler;
import dev.strata.generator.fixtures.RandomSchemas;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property tests over random schema evolutions ({@link RandomSchemas}). For every step of every
 * sequence: the diff is refused only where the step is destructive and destructive changes are
 * not allowed; the generated migration compiles and records exactly the diff's operations;
 * replaying {@code up()} gives the desired schema; a second diff is empty (stale hints are
 * harmless); replaying {@code down()} gives back the previous schema; no destructive operation
 * appears unless the step asked for one.
 *
 * <p>All migrations are generated first, then compiled in one javac call, then checked, so the
 * suite stays fast. {@code -Dstrata.seed=N} starts at another seed, {@code -Dstrata.sequences=K}
 * and {@code -Dstrata.steps=S} change the size; a failure names the seed and step to replay, for
 * example {@code mvn -o -q -pl runtime -am test -Dtest=SchemaEvolutionPropertyTest
 * -Dstrata.seed=1234 -Dstrata.sequences=1}.
 */
class SchemaEvolutionPropertyTest {
  private static final long SEED = Long.getLong("strata.seed", 20_260_101L);
  private static final int SEQUENCES = Integer.getInteger("strata.sequences", 60);
  private static final int STEPS = Integer.getInteger("strata.steps", 10);
  private static final LocalDateTime START = LocalDateTime.of(2026, 1, 1, 0, 0);
  private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  /** One generated step, before compilation. */
  private record Generated(RandomSchemas.Step step, DiffResult diff, String className, String source) {}

  /** One sequence: its generated steps, or the failure that stopped generating them. */
  private record Sequence(long seed, List<Generated> steps, Throwable failure) {}

  @TestFactory
  Stream<DynamicTest> randomEvolutions() {
    List<Sequence> sequences = new ArrayList<>();
    List<InMemoryCompiler.Source> sources = new ArrayList<>();
    for (int i = 0; i < SEQUENCES; i++) {
      Sequence sequence = generate(SEED + i);
      sequences.add(sequence);
      sequence.steps().forEach(g -> sources.add(new InMemoryCompiler.Source(g.className(), g.source())));
    }
    ClassLoader loader = InMemoryCompiler.compile(sources);
    int evolutions = sequences.stream().mapToInt(s -> s.steps().size()).sum();
    assertTrue(SEQUENCES * STEPS < 500 || evolutions >= 500, "only " + evolutions + " evolutions were generated");
    return sequences.stream().map(s -> DynamicTest.dynamicTest("seed " + s.seed(), () -> check(s, loader)));
  }

  /**
   * Diffs each step against the schema the previous steps' operations produce, and writes the
   * migration; pure, so a failure here stops only this sequence.
   */
  private static Sequence generate(long seed) {
    List<Generated> out = new ArrayList<>();
    try {
      SchemaDef state = SchemaDef.EMPTY;
      for (RandomSchemas.Step step : new RandomSchemas(seed).evolution(STEPS)) {
        DiffResult diff = SchemaDiff.compare(state, step.desired(), step.destructive());
        String version = START.plusSeconds(step.number()).format(VERSION);
        GeneratedMigration file = MigrationSource.render(diff.changes(), version, "step " + step.number(),
            "gen.s" + Long.toUnsignedString(seed));
        out.add(new Generated(step, diff, file.qualifiedName(), file.source()));
        state = diff.result();
      }
      return new Sequence(seed, out, null);
    } catch (RuntimeException | AssertionError e) {
      return new Sequence(seed, out, e);
    }
  }

  private static void check(Sequence sequence, ClassLoader loader) {
    long seed = sequence.seed();
    SchemaDef state = SchemaDef.EMPTY;
    for (Generated g : sequence.steps()) {
      String where = "seed " + seed + ", " + g.step() + "\n(replay: -Dstrata.seed=" + seed
          + " -Dstrata.sequences=1 -Dstrata.steps=" + (g.step().number() + 1) + ")\n" + g.source();
      try {
        state = checkStep(state, g, loader, where);
      } catch (RuntimeException e) {
        throw new AssertionError(where + "\n" + e, e);
      }
    }
    if (sequence.failure() != null) {
      int failedStep = sequence.steps().size();
      throw new AssertionError("seed " + seed + ", step " + failedStep + " could not be generated (replay: -Dstrata.seed="
          + seed + " -Dstrata.sequences=1 -Dstrata.steps=" + (failedStep + 1) + ")", sequence.failure());
    }
  }

  private static SchemaDef checkStep(SchemaDef before, Generated g, ClassLoader loader, String where) {
    RandomSchemas.Step step = g.step();
    DiffResult diff = g.diff();
    assertEquals(List.of(), diff.refusals(), "unexpected refusal at " + where);
    if (step.destructive()) {
      assertTrue(SchemaDiff.compare(before, step.desired(), false).isRefused(),
          "a destructive step must be refused without --allow-destructive at " + where);
    } else {
      for (Change change : diff.changes()) {
        if (change.impact() == Impact.DESTRUCTIVE || change.operation() instanceof Operation.DropTable
            || change.operation() instanceof Operation.DropColumn) {
          fail("destructive change " + change.operation().canonical() + " in a non-destructive step at " + where);
        }
      }
    }

    Migration migration = InMemoryCompiler.migration(loader, g.className());
    List<Operation> up = OperationRecorder.up(migration);
    List<Operation> down = OperationRecorder.down(migration);
    assertEquals(diff.upOperations(), up, "recorded up() differs from the diff at " + where);
    assertEquals(diff.downOperations(), down, "recorded down() differs from the diff at " + where);

    SchemaDef after = Replayer.replay(before, up, "up");
    assertEquals(normalized(step.desired()), normalized(after), "up() does not reach the desired schema at " + where);
    DiffResult again = SchemaDiff.compare(after, step.desired());
    assertTrue(again.isEmpty(), "second diff is not empty at " + where + "\n" + again.upOperations()
        + again.refusals());
    assertEquals(comparable(before), comparable(Replayer.replay(after, down, "down")),
        "down() does not return to the previous schema at " + where);
    return after;
  }
}
