package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Builds small Java sources for processor tests, and finds lines in them. */
final class Sources {

  /** The package every test source is in, and the imports every test source has. */
  static final String PACKAGE = "test";

  private static final String HEADER = String.join("\n",
      "package " + PACKAGE + ";",
      "",
      "import dev.strata.annotations.*;",
      "import java.math.BigDecimal;",
      "import java.time.*;",
      "import java.util.*;",
      "",
      "");

  /**
   * A stand-in for the runtime's {@code dev.strata.Migration}: the processor checks the interface
   * by name, and the processor module does not depend on the runtime.
   */
  static final JavaFileObject MIGRATION_API = JavaFileObjects.forSourceString("dev.strata.Migration",
      "package dev.strata;\n\npublic interface Migration {\n  void up(Object db);\n}\n");

  private Sources() {}

  /** A source of type {@code test.<simpleName>}: the package, the imports, then {@code lines}. */
  static JavaFileObject java(String simpleName, String... lines) {
    return JavaFileObjects.forSourceString(PACKAGE + "." + simpleName, text(lines));
  }

  /** The text {@link #java} compiles. */
  static String text(String... lines) {
    return HEADER + String.join("\n", lines) + "\n";
  }

  /** A {@code @Model} class {@code test.<simpleName>} with the given field lines. */
  static JavaFileObject model(String simpleName, String... fieldLines) {
    return java(simpleName, modelLines(simpleName, fieldLines));
  }

  /** The lines of {@link #model}, without package and imports. */
  static String[] modelLines(String simpleName, String... fieldLines) {
    List<String> lines = new ArrayList<>();
    lines.add("@Model");
    lines.add("class " + simpleName + " {");
    for (String field : fieldLines) {
      lines.add("  " + field);
    }
    lines.add("}");
    return lines.toArray(String[]::new);
  }

  /** A migration class {@code test.<simpleName>} with the given version. */
  static JavaFileObject migration(String simpleName, String version, String description) {
    return java(simpleName, migrationLines(simpleName, version, description));
  }

  /** The lines of {@link #migration}, without package and imports. */
  static String[] migrationLines(String simpleName, String version, String description) {
    return new String[] {
        "@Migration(version = \"" + version + "\", description = \"" + description + "\")",
        "public class " + simpleName + " implements dev.strata.Migration {",
        "  @Override public void up(Object db) {}",
        "}"};
  }

  /** The 1-based number of the one line of {@code file} that contains {@code needle}. */
  static int lineOf(JavaFileObject file, String needle) {
    String[] lines = content(file).split("\n", -1);
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        found.add(i + 1);
      }
    }
    assertEquals(1, found.size(), "lines containing '" + needle + "' in " + file.getName() + ": " + found);
    return found.get(0);
  }

  static String content(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
