package dev.strata.generator.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.replay.Replayer;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.generator.fixtures.Evolutions;
import dev.strata.fixtures.TestDatabases.Kind;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For migrations without raw SQL, the shadow database and the in-memory replay agree: random
 * evolutions ({@link dev.strata.generator.fixtures.RandomSchemas}) are turned into migrations, applied to a
 * shadow database on each server, and what the shadow gives back equals the in-memory replay.
 * Any difference is a bug in a dialect, the introspection or the refiner.
 *
 * <p>{@code -Dstrata.shadow.seed=N} starts at another seed, {@code -Dstrata.shadow.sequences=K}
 * and {@code -Dstrata.shadow.steps=S} change the size; a failure names its seed.
 */
class ShadowReplayPropertyTest {
  private static final long SEED = Long.getLong("strata.shadow.seed", 7_100L);
  private static final int SEQUENCES = Integer.getInteger("strata.shadow.sequences", 20);
  private static final int STEPS = Integer.getInteger("strata.shadow.steps", 5);

  @TestFactory
  Stream<DynamicTest> shadowEqualsInMemoryReplay() throws Exception {
    return Stream.of(Kind.values()).flatMap(kind -> LongStream.range(SEED, SEED + SEQUENCES).mapToObj(seed ->
        DynamicTest.dynamicTest(kind + " seed " + seed, () -> check(kind, seed))));
  }

  private static void check(Kind kind, long seed) throws Exception {
    String server = ShadowDatabaseTest.serverUrl(kind);
    List<Evolutions.Generated> evolution = Evolutions.of(seed, STEPS);
    List<ResolvedMigration> migrations = Evolutions.migrations(evolution);
    String replayHint = "\n(replay: -Dtest=ShadowReplayPropertyTest -Dstrata.shadow.seed=" + seed
        + " -Dstrata.shadow.sequences=1 -Dstrata.shadow.steps=" + STEPS + ")\n"
        + evolution.stream().map(Evolutions.Generated::describe).collect(Collectors.joining("\n"));
    SchemaDef shadowed;
    try (ShadowDatabase shadow = ShadowDatabase.create(server)) {
      shadowed = shadow.replay(migrations);
    } catch (RuntimeException e) {
      throw new AssertionError(kind + " seed " + seed + ": " + e.getMessage() + replayHint, e);
    }
    assertEquals(Evolutions.canonical(Replayer.replay(migrations)), Evolutions.canonical(shadowed),
        kind + " seed " + seed + ": the shadow database differs from the in-memory replay" + replayHint);
  }
}
