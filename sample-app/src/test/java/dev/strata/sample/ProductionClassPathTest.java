package dev.strata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A production application that depends on {@code strata-runtime} (and its JDBC driver) carries
 * Strata's runtime, schema and annotations jars and nothing else: no Jackson, JavaPoet, picocli or
 * generator. Reads what Maven resolved for this application's run time
 * ({@code target/runtime-dependencies.txt}, written by {@code dependency:list} in this module's
 * build), so a dependency added to the runtime's pom shows up here.
 */
class ProductionClassPathTest {

  @Test
  void runtimeClassPathHoldsStrataAndTheDriverOnly() throws Exception {
    Set<String> resolved = new TreeSet<>();
    for (String line : Files.readAllLines(Path.of("target", "runtime-dependencies.txt"))) {
      String plain = line.replaceAll("\u001B\\[[0-9;]*m", "").trim();
      String[] parts = plain.split(" ")[0].split(":");
      if (parts.length >= 4) {
        resolved.add(parts[0] + ":" + parts[1]);
      }
    }
    assertEquals(Set.of("dev.strata:strata-annotations", "dev.strata:strata-runtime", "dev.strata:strata-schema",
        "org.xerial:sqlite-jdbc"), resolved);
  }
}
