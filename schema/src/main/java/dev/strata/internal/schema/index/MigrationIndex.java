package dev.strata.internal.schema.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The migration index ({@code META-INF/strata/migrations}): one migration a line, the fully
 * qualified class name first, then a tab, its version, a tab, its description, and (when the
 * compiler offered the Compiler Tree API) a tab and the migration's source digest. Annotations have
 * CLASS retention, so the index is where the runtime learns versions without reading class files.
 * Entry lines are sorted by class name, with {@code \n} line ends and a final newline.
 *
 * <p>When every entry has a source digest, the first line is {@code #digest<TAB><index digest>}:
 * the SHA-256, lowercase hex, of the UTF-8 bytes of all entry lines that follow it, line ends
 * included. The no-op start-up compares only that line with the digest the last successful run
 * stored, so it reads no more of the index than its first line. An index with an entry lacking a
 * source digest (written by a compiler without the Tree API, such as ECJ, or kept by hand) has no
 * digest line, and every start takes the full path.
 *
 * <p>When the project names its target databases (the processor option {@code -Astrata.dialects})
 * and leaves one out, the line after the digest line (the first line when there is none) is
 * {@code #dialects<TAB><names>}: the {@linkplain #DIALECTS dialect names} kept, sorted, joined by
 * commas ({@code #dialects\tpostgresql,sqlite}). The index digest then covers that line too (the
 * SHA-256 is over it and the entry lines), so changing the option changes the digest and the next
 * start takes the full path, which refuses an excluded database. An index of a project targeting
 * all of them has no such line, and its digest is what it was before the option existed.
 *
 * <p>On read, blank lines and other lines starting with {@code #} are ignored, and a line holding
 * only a class name named {@code V<version>__<description>} is accepted: version and description
 * come from the name (as a hand-kept index might have them).
 */
public final class MigrationIndex {

  /** Where the processor writes the migration index, relative to the class output. */
  public static final String PATH = "META-INF/strata/migrations";

  /** How the index digest line starts: this, then a tab and the digest. */
  public static final String DIGEST_PREFIX = "#digest";

  /** How the target dialects line starts: this, then a tab and the names. */
  public static final String DIALECTS_PREFIX = "#dialects";

  /**
   * The names of the databases a project can target, sorted: {@code mysql} (MySQL and MariaDB,
   * one dialect), {@code postgresql}, {@code sqlite}.
   */
  public static final List<String> DIALECTS = List.of("mysql", "postgresql", "sqlite");

  /** A digest line is short: prefix, tab, 64 hex digits, line end. */
  private static final int FIRST_LINE_LIMIT = 128;

  /**
   * One indexed migration.
   *
   * @param className fully qualified binary class name
   * @param version the {@code @Migration} version
   * @param description the {@code @Migration} description, possibly empty
   * @param sourceDigest SHA-256 (64 lowercase hex digits) of the class's normalised syntax tree, or
   *     null when the compiler offered no Tree API
   */
  public record Entry(String className, String version, String description, String sourceDigest) {
    public Entry {
      Objects.requireNonNull(className, "className");
      Objects.requireNonNull(version, "version");
      description = description == null ? "" : description;
      if (className.contains("\t") || version.contains("\t")) {
        throw new IllegalArgumentException("tab in migration index entry " + className);
      }
      description = description.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
      if (sourceDigest != null && !Patterns.HEX_DIGEST.matcher(sourceDigest).matches()) {
        throw new IllegalArgumentException("source digest of " + className + " is not 64 lowercase hex digits: "
            + sourceDigest);
      }
    }

    /** An entry without a source digest. */
    public Entry(String className, String version, String description) {
      this(className, version, description, null);
    }

    /** This entry with {@code digest} as its source digest. */
    public Entry withSourceDigest(String digest) {
      return new Entry(className, version, description, digest);
    }

    private String line() {
      return className + '\t' + version + '\t' + description + (sourceDigest == null ? "" : '\t' + sourceDigest)
          + '\n';
    }
  }

  private MigrationIndex() {}

  /**
   * The patterns, apart so that {@link #readDigest} (the no-op start-up path) initialises no
   * regular expression: compiling one creates lambdas.
   */
  private static final class Patterns {
    static final Pattern CONVENTIONAL_NAME = Pattern.compile("V([0-9][0-9._]*)__(\\w+)");
    static final Pattern HEX_DIGEST = Pattern.compile("[0-9a-f]{64}");
  }

  /**
   * The index text for the given entries, sorted by class name, duplicates dropped; headed by the
   * index digest line when every entry has a source digest.
   */
  public static String write(List<Entry> entries) {
    return write(entries, null);
  }

  /**
   * As {@link #write(List)}, for a project targeting only {@code dialects} (names of
   * {@link #DIALECTS}; null or all of them: no restriction, no dialects line).
   *
   * @throws IllegalArgumentException when a name is not one of {@link #DIALECTS} or none is given
   */
  public static String write(List<Entry> entries, List<String> dialects) {
    String body = dialectsLine(dialects) + body(entries);
    String digest = digestOf(entries, dialects);
    return digest == null ? body : DIGEST_PREFIX + '\t' + digest + '\n' + body;
  }

  /**
   * The target dialects an index text records: the names of its {@code #dialects} line, sorted;
   * {@link #DIALECTS} (all) when it has none.
   */
  public static List<String> readDialects(String text) {
    // The dialects line is in the header: the loop stops at the first entry, so the text is not
    // split into all its lines.
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      String line = text.substring(start, end).strip();
      start = end + 1;
      if (line.startsWith(DIALECTS_PREFIX + '\t')) {
        List<String> names = new ArrayList<>();
        for (String name : line.substring(DIALECTS_PREFIX.length() + 1).split(",")) {
          if (!name.isBlank()) {
            names.add(name.strip());
          }
        }
        return names.stream().sorted().distinct().toList();
      }
      if (!line.isEmpty() && !line.startsWith("#")) {
        break; // the dialects line comes before the entries
      }
    }
    return DIALECTS;
  }

  /**
   * {@link #readDialects(String)} of the index {@code in} holds, reading only its header (the
   * lines before the first entry), not the entries. Does not close {@code in}.
   *
   * @throws IOException when reading fails
   */
  public static List<String> readDialects(InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    StringBuilder header = new StringBuilder();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String stripped = line.strip();
      if (!stripped.isEmpty() && !stripped.startsWith("#")) {
        break;
      }
      header.append(stripped).append('\n');
    }
    return readDialects(header.toString());
  }

  /** The {@code #dialects} line with its line end, or empty when {@code dialects} restricts nothing. */
  private static String dialectsLine(List<String> dialects) {
    if (dialects == null) {
      return "";
    }
    List<String> sorted = dialects.stream().sorted().distinct().toList();
    if (sorted.isEmpty() || !DIALECTS.containsAll(sorted)) {
      throw new IllegalArgumentException("target dialects must be some of " + DIALECTS + ", were " + dialects);
    }
    return sorted.equals(DIALECTS) ? "" : DIALECTS_PREFIX + '\t' + String.join(",", sorted) + '\n';
  }

  /**
   * The index digest of {@code entries}: SHA-256 over their lines as {@link #write} puts them,
   * lowercase hex; null when an entry has no source digest (or there is none).
   */
  public static String digestOf(List<Entry> entries) {
    return digestOf(entries, null);
  }

  /**
   * The index digest of {@code entries} in an index restricted to {@code dialects}: over the
   * dialects line and the entry lines; as {@link #digestOf(List)} when {@code dialects} is null or
   * names all of {@link #DIALECTS}.
   */
  public static String digestOf(List<Entry> entries, List<String> dialects) {
    if (entries.isEmpty()) {
      return null;
    }
    for (Entry entry : entries) {
      if (entry.sourceDigest() == null) {
        return null;
      }
    }
    return sha256(dialectsLine(dialects) + body(entries));
  }

  private static String body(List<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(new LinkedHashSet<>(entries));
    sorted.sort(Comparator.comparing(Entry::className));
    StringBuilder out = new StringBuilder();
    for (Entry entry : sorted) {
      out.append(entry.line());
    }
    return out.toString();
  }

  /**
   * The entries of index text, in file order; the digest line is skipped.
   *
   * @throws IllegalArgumentException naming the line when a line has no version and its class
   *     name does not follow {@code V<version>__<description>}, or its source digest is malformed
   */
  public static List<Entry> read(String text) {
    List<Entry> entries = new ArrayList<>();
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", 4);
      if (parts.length >= 2) {
        try {
          entries.add(new Entry(parts[0].strip(), parts[1].strip(), parts.length > 2 ? parts[2].strip() : "",
              parts.length > 3 && !parts[3].isBlank() ? parts[3].strip() : null));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("line " + (i + 1) + " of the migration index: " + e.getMessage(), e);
        }
        continue;
      }
      String simple = line.substring(line.lastIndexOf('.') + 1);
      Matcher m = Patterns.CONVENTIONAL_NAME.matcher(simple);
      if (!m.matches()) {
        throw new IllegalArgumentException("line " + (i + 1) + " of the migration index names " + line
            + " without a version, and the class name is not V<version>__<description>");
      }
      entries.add(new Entry(line, m.group(1), m.group(2).replace('_', ' ')));
    }
    return entries;
  }

  /**
   * The index digest recorded on the first line of {@code in}, reading no further than that line
   * (at most 128 bytes); null when the index has no digest line or the line is malformed (then
   * the caller takes the full path). A {@code \r} before the line end is allowed. Does not close
   * {@code in}.
   *
   * <p>This is on the no-op start-up path, so it uses no lambda, stream, formatter or string
   * concatenation.
   *
   * @throws IOException when reading fails
   */
  public static String readDigest(InputStream in) throws IOException {
    byte[] buffer = new byte[FIRST_LINE_LIMIT];
    int length = 0;
    while (length < buffer.length) {
      int b = in.read();
      if (b < 0 || b == '\n') {
        break;
      }
      buffer[length++] = (byte) b;
    }
    if (length > 0 && buffer[length - 1] == '\r') {
      length--; // an index checked out with CRLF line ends
    }
    int prefix = DIGEST_PREFIX.length();
    if (length != prefix + 1 + 64 || buffer[prefix] != '\t') {
      return null;
    }
    for (int i = 0; i < prefix; i++) {
      if (buffer[i] != DIGEST_PREFIX.charAt(i)) {
        return null;
      }
    }
    for (int i = prefix + 1; i < length; i++) {
      byte b = buffer[i];
      if (!(b >= '0' && b <= '9' || b >= 'a' && b <= 'f')) {
        return null;
      }
    }
    return new String(buffer, prefix + 1, 64, StandardCharsets.US_ASCII);
  }

  /** SHA-256 of {@code text}'s UTF-8 bytes, lowercase hex. */
  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
