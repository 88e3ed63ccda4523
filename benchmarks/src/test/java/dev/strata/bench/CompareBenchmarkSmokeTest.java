package dev.strata.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the side-by-side comparison once with 3 migrations on SQLite: proves the harness works
 * (every tool's child process applies and no-ops, the counted runs report their statements and
 * classes), not how fast anything is. The same on PostgreSQL and MariaDB starts some 50 more JVMs
 * (several minutes on a shared 2-core machine), so they take part only with
 * {@code -Dbench.smoke.servers=true}.
 */
class CompareBenchmarkSmokeTest {

  @Test
  void everyToolRunsOnEveryDatabaseAndTheStatementsAreCounted(@TempDir Path work) {
    List<String> databases = new ArrayList<>(List.of("sqlite"));
    BenchOptions defaults = BenchOptions.defaults();
    if (Boolean.getBoolean("bench.smoke.servers")) {
      databases.add("postgresql");
      databases.add("mariadb");
    }
    BenchOptions options = BenchOptions.parse("--only", "compare", "--sizes", "3", "--runs", "1", "--work",
        work.toString(), "--databases", String.join(",", databases));
    ByteArrayOutputStream log = new ByteArrayOutputStream();

    List<Row> rows = Benchmarks.run(options, new PrintStream(log, true, StandardCharsets.UTF_8));

    String output = log.toString(StandardCharsets.UTF_8);
    assertEquals(4 * databases.size(), rows.size(), output);
    for (String label : List.of("SQLite", "PostgreSQL", "MariaDB")) {
      if (!databases.contains(label.toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      Row statements = row(rows, "compare " + label + ", N=3: no-op, statements");
      assertEquals(1, statements.value(), "Strata's no-op sends only the history probe on " + label);
      assertEquals("1", statements.baseline(), "the raw no-op is exactly one SELECT on " + label);
      assertTrue(Double.isFinite(row(rows, "compare " + label + ", N=3: no-op, Strata vs raw JDBC").value()));
      assertTrue(row(rows, "compare " + label + ", N=3: apply, Strata vs raw JDBC").value() > 0);
      assertTrue(output.contains(label + ", N=3: 1 round"), output);
      assertTrue(output.contains("| raw JDBC | "), output);
    }
    // The raw apply: the bookkeeping table, then CREATE TABLE, CREATE INDEX and one insert per migration.
    assertTrue(output.contains("SQLite: raw JDBC 1 / 10;"), output);
    for (String tool : List.of("Flyway SQL", "Flyway Java", "Liquibase", "Strata")) {
      assertTrue(output.contains("| " + tool + " | "), tool + "\n" + output);
    }
  }

  private static Row row(List<Row> rows, String name) {
    return rows.stream().filter(r -> r.name().startsWith(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + name + " in " + rows));
  }
}
