package dev.strata.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixtureSourcesTest {

  @Test
  void sameSeedGivesSameBytesAndAnotherSeedDoesNot(@TempDir Path dir) throws IOException {
    List<String> first = texts(FixtureSources.write(dir.resolve("a"), 30, 7, true, true));
    List<String> again = texts(FixtureSources.write(dir.resolve("b"), 30, 7, true, true));
    List<String> other = texts(FixtureSources.write(dir.resolve("c"), 30, 8, true, true));

    assertEquals(first, again);
    assertNotEquals(first, other);
  }

  @Test
  void writesOneModelAndOneMigrationPerTableAndThePendingColumnOnlyOnTheLastModel(@TempDir Path dir)
      throws IOException {
    List<Path> files = FixtureSources.write(dir, 3, 1, true, true);

    assertEquals(List.of("Table00001.java", "Table00002.java", "Table00003.java",
        "V20240101000000__create_t_00001.java", "V20240101000100__create_t_00002.java",
        "V20240101000200__create_t_00003.java"), files.stream().map(p -> p.getFileName().toString()).toList());
    assertTrue(Files.readString(files.get(2)).contains("String extra"));
    assertTrue(!Files.readString(files.get(1)).contains("String extra"));
    assertTrue(Files.readString(files.get(5)).contains("version = \"20240101000200\""));
  }

  private static List<String> texts(List<Path> files) throws IOException {
    List<String> texts = new ArrayList<>();
    for (Path file : files) {
      texts.add(file.getFileName() + "\n" + Files.readString(file));
    }
    return texts;
  }
}
