package dev.strata.internal.schema.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The migration index ({@code META-INF/strata/migrations}): one migration a line, the fully
 * qualified class name first, then a tab, its version, a tab and its description. Annotations have
 * CLASS retention, so the index is where the runtime learns versions without reading class files.
 * Lines are sorted by class name, with {@code \n} line ends and a final newline.
 *
 * <p>On read, blank lines and lines starting with {@code #} are ignored, and a line holding only a
 * class name named {@code V<version>__<description>} is accepted: version and description come
 * from the name (as a hand-kept index might have them).
 */
public final class MigrationIndex {

  /** Where the processor writes the migration index, relative to the class output. */
  public static final String PATH = "META-INF/strata/migrations";

  private static final Pattern CONVENTIONAL_NAME = Pattern.compile("V([0-9][0-9._]*)__(\\w+)");

  /**
   * One indexed migration.
   *
   * @param className fully qualified binary class name
   * @param version the {@code @Migration} version
   * @param description the {@code @Migration} description, possibly empty
   */
  public record Entry(String className, String version, String description) {
    public Entry {
      Objects.requireNonNull(className, "className");
      Objects.requireNonNull(version, "version");
      description = description == null ? "" : description;
      if (className.contains("\t") || version.contains("\t")) {
        throw new IllegalArgumentException("tab in migration index entry " + className);
      }
      description = description.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
  }

  private MigrationIndex() {}

  /** The index text for the given entries, sorted by class name. */
  public static String write(List<Entry> entries) {
    StringBuilder out = new StringBuilder();
    entries.stream()
        .sorted(Comparator.comparing(Entry::className))
        .distinct()
        .forEach(e -> out.append(e.className()).append('\t').append(e.version()).append('\t')
            .append(e.description()).append('\n'));
    return out.toString();
  }

  /**
   * The entries of index text, in file order.
   *
   * @throws IllegalArgumentException naming the line when a line has no version and its class
   *     name does not follow {@code V<version>__<description>}
   */
  public static List<Entry> read(String text) {
    List<Entry> entries = new ArrayList<>();
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", 3);
      if (parts.length >= 2) {
        entries.add(new Entry(parts[0].strip(), parts[1].strip(), parts.length > 2 ? parts[2].strip() : ""));
        continue;
      }
      String simple = line.substring(line.lastIndexOf('.') + 1);
      Matcher m = CONVENTIONAL_NAME.matcher(simple);
      if (!m.matches()) {
        throw new IllegalArgumentException("line " + (i + 1) + " of the migration index names " + line
            + " without a version, and the class name is not V<version>__<description>");
      }
      entries.add(new Entry(line, m.group(1), m.group(2).replace('_', ' ')));
    }
    return entries;
  }
}
