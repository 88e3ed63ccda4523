package dev.strata.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DdlScriptTest {

  @Test
  void readsBackWhatItWroteIncludingTabsNewlinesAndBackslashes(@TempDir Path dir) throws IOException {
    DdlScript script = new DdlScript(true, "CREATE TABLE bench_history (version TEXT)", List.of(
        new DdlScript.Unit("20240101000000", "create t", "abc", List.of("CREATE TABLE t (\n\tid INTEGER)",
            "INSERT INTO t VALUES ('a\\b')")),
        new DdlScript.Unit("20240101000100", "nothing", "def", List.of())));
    Path file = dir.resolve("script.txt");

    script.write(file);

    assertEquals(script, DdlScript.read(file));
  }
}
