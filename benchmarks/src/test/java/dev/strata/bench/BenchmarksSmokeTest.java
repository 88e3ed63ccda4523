package dev.strata.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every benchmark once at tiny sizes on SQLite: proves the harness works (fixture compiles,
 * child processes start and do their work, counts come out right), not how fast anything is.
 */
class BenchmarksSmokeTest {

  @Test
  void everyBenchmarkRunsAtTinySizes(@TempDir Path work) {
    BenchOptions options = BenchOptions.parse("--migrations", "6", "--models", "4", "--runs", "1", "--warmups", "0",
        "--work", work.toString(), "--only", "noop,apply,javac,generate,diff");
    ByteArrayOutputStream log = new ByteArrayOutputStream();

    List<Row> rows = Benchmarks.run(options, new PrintStream(log, true, StandardCharsets.UTF_8));

    assertEquals(List.of(
        "no-op start (6 migrations)",
        "no-op start, statements",
        "apply 6 migrations",
        "apply, statements per migration",
        "javac 4 models, processor vs do-nothing processor",
        "javac 4 models, do-nothing processor vs -proc:none",
        "javac 4 models, processor vs -proc:none",
        "generate in-process, warm (6 models, 6 migrations)",
        "strata generate --check process, from the snapshot (6 models, 6 migrations)",
        "strata generate --check process, replaying (no snapshot) (6 models, 6 migrations)",
        "diff in-process, warm (6 tables, one new column)",
        "diff in-process, warm (60 tables, one new column)",
        "diff in-process, warm (6 tables, every table new)",
        "diff in-process, warm (60 tables, every table new)"), rows.stream().map(Row::name).toList());
    Row statements = rows.get(1);
    assertEquals(1, statements.value(), "a no-op start sends only the history probe");
    assertTrue(statements.passed());
    for (Row row : List.of(rows.get(0), rows.get(2), rows.get(4), rows.get(7), rows.get(8), rows.get(10), rows.get(11),
        rows.get(12), rows.get(13))) {
      assertTrue(row.value() > 0 && Double.isFinite(row.value()), row.toString());
      assertTrue(row.result().equals(Row.PASS) || row.result().equals(Row.MISS), row.toString());
    }
    for (Row row : List.of(rows.get(5), rows.get(6))) {
      assertTrue(row.ratio().endsWith("x"), row.toString());
    }
    assertTrue(rows.get(9).strata().endsWith(" ms"), rows.get(9).toString());
    assertTrue(rows.get(11).note().contains("10x the tables took"), rows.get(11).note());
    String progress = log.toString(StandardCharsets.UTF_8);
    assertTrue(progress.contains("a no-op start sent [SELECT version, index_digest FROM strata_schema_history WHERE index_digest IS NOT NULL]"),
        progress);
  }
}
