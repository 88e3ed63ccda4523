package dev.strata.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

  @Test
  void defaultsMatchTheSizesOfThePerformanceBudget() {
    BenchOptions options = BenchOptions.parse("");

    assertEquals(1000, options.migrations());
    assertEquals(500, options.javacModels());
    assertEquals(Set.of("noop", "apply", "javac", "generate", "diff", "compare"), options.only());
    assertEquals(List.of(10, 1000, 10_000), options.sizes());
    assertEquals(1, options.runsAt(10_000));
    assertEquals(5, options.runsAt(1000));
    assertEquals(List.of("sqlite", "postgresql", "mariadb"), options.databases());
  }

  @Test
  void readsEveryOption() {
    BenchOptions options = BenchOptions.parse("--migrations", "10", "--models", "3", "--runs", "7", "--warmups", "0",
        "--url", "jdbc:postgresql://h/db", "--only", "noop,generate,diff", "--seed", "5", "--breakdown",
        "--sizes", "10,100", "--large-runs", "2", "--databases", "sqlite,mariadb", "--postgres-url", "jdbc:postgresql://p/db",
        "--mysql-url", "jdbc:mysql://m/db");

    assertEquals(new BenchOptions(10, 3, 7, 0, "jdbc:postgresql://h/db", null, Set.of("noop", "generate", "diff"), 5,
        true, List.of(10, 100), 2, List.of("sqlite", "mariadb"), "jdbc:postgresql://p/db", "jdbc:mysql://m/db"),
        options);
  }

  @Test
  void rejectsUnknownOptionsAndBenchmarksAndBadNumbers() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--fast"))
        .getMessage().contains("usage:"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--only", "noop,boot"))
        .getMessage().contains("unknown benchmark boot"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--databases", "oracle"))
        .getMessage().contains("unknown database oracle"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--runs", "0"))
        .getMessage().contains("at least 1"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--runs"))
        .getMessage().contains("needs a value"));
  }
}
