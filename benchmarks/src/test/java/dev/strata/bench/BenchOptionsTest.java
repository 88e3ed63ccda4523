package dev.strata.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

  @Test
  void defaultsMatchTheSizesOfThePerformanceBudget() {
    BenchOptions options = BenchOptions.parse("");

    assertEquals(1000, options.migrations());
    assertEquals(500, options.javacModels());
    assertEquals(Set.of("noop", "apply", "javac", "generate", "diff"), options.only());
  }

  @Test
  void readsEveryOption() {
    BenchOptions options = BenchOptions.parse("--migrations", "10", "--models", "3", "--runs", "7", "--warmups", "0",
        "--url", "jdbc:postgresql://h/db", "--only", "noop,generate,diff", "--seed", "5", "--breakdown");

    assertEquals(new BenchOptions(10, 3, 7, 0, "jdbc:postgresql://h/db", null, Set.of("noop", "generate", "diff"), 5,
        true), options);
  }

  @Test
  void rejectsUnknownOptionsAndBenchmarksAndBadNumbers() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--fast"))
        .getMessage().contains("usage:"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--only", "noop,boot"))
        .getMessage().contains("unknown benchmark boot"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--runs", "0"))
        .getMessage().contains("at least 1"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--runs"))
        .getMessage().contains("needs a value"));
  }
}
