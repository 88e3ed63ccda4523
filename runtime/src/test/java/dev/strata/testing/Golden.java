package dev.strata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}, compared as text. Run the tests with
 * {@code -Dstrata.golden.update=true} to rewrite them from the actual output (then review the
 * change in git).
 */
public final class Golden {
  private static final Path DIR = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  /** Asserts that {@code actual} equals the golden file {@code name}. */
  public static void assertMatches(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (Boolean.getBoolean("strata.golden.update")) {
        Files.createDirectories(DIR);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "<missing " + file + ">";
      assertEquals(expected, actual, "golden file " + file + " (rerun with -Dstrata.golden.update=true to rewrite it)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
