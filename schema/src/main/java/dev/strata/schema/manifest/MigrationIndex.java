package dev.strata.schema.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The migration index ({@code META-INF/strata/migrations}): one fully qualified class name a line,
 * sorted, with a final newline. Lines that are blank or start with {@code #} are ignored on read.
 */
public final class MigrationIndex {

  private MigrationIndex() {}

  /** The index text for the given class names (sorted, duplicates removed). */
  public static String write(Iterable<String> classNames) {
    SortedSet<String> sorted = new TreeSet<>();
    classNames.forEach(sorted::add);
    StringBuilder out = new StringBuilder();
    for (String name : sorted) {
      out.append(name).append('\n');
    }
    return out.toString();
  }

  /** The class names in index text, in file order. */
  public static List<String> read(String text) {
    List<String> names = new ArrayList<>();
    for (String line : text.split("\n")) {
      String trimmed = line.trim();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        names.add(trimmed);
      }
    }
    return names;
  }
}
