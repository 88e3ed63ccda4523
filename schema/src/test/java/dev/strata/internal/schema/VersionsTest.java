package dev.strata.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.internal.schema.naming.Versions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionsTest {

  @Test
  void numericVersions() {
    assertTrue(Versions.isNumeric("20261123160000"));
    assertTrue(Versions.isNumeric("1.2.10"));
    assertFalse(Versions.isNumeric(""));
    assertFalse(Versions.isNumeric("1."));
    assertFalse(Versions.isNumeric(".1"));
    assertFalse(Versions.isNumeric("1..2"));
    assertFalse(Versions.isNumeric("v1"));
  }

  @Test
  void numbersCompareAsNumbersAndBeforeText() {
    List<String> versions = new ArrayList<>(List.of("b", "10", "1.10", "2", "1.2", "a", "002", "1"));
    versions.sort(Versions.ORDER);
    assertEquals(List.of("1", "1.2", "1.10", "2", "002", "10", "a", "b"), versions);
    assertEquals(0, Versions.compare("2", "002"));
    assertEquals(0, Versions.compare("1", "1.0"));
  }
}
