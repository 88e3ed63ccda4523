package dev.strata.generator.codegen;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.internal.schema.naming.Names;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.SourceVersion;

/** Versions and class names of generated migrations. */
public final class MigrationNames {

  /** The version format: {@code yyyyMMddHHmmss}, in UTC. */
  public static final DateTimeFormatter VERSION_FORMAT =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** Longest description part of a class name, in characters (cut at a word boundary). */
  static final int MAX_DESCRIPTION_LENGTH = 80;

  private MigrationNames() {}

  /** The version for a migration generated now: the clock's instant as {@code yyyyMMddHHmmss} UTC. */
  public static String version(Clock clock) {
    return VERSION_FORMAT.format(clock.instant());
  }

  /**
   * The snake_case form of a message: its runs of ASCII letters and digits, each in snake_case
   * and lower case, joined by {@code _} ({@code "Add user bio!"} → {@code add_user_bio},
   * {@code "renameUserTable"} → {@code rename_user_table}); cut to 80 characters at a word
   * boundary.
   *
   * @throws StrataException {@link ErrorCode#USAGE} when the message has no letter or digit
   */
  public static String snakeCase(String message) {
    List<String> words = new ArrayList<>();
    for (String word : (message == null ? "" : message).split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        words.add(Names.snakeCase(word).toLowerCase(Locale.ROOT));
      }
    }
    if (words.isEmpty()) {
      throw new StrataException(ErrorCode.USAGE, "the migration message '" + message
          + "' has no letter or digit to name the class after; give a message such as --message \"add user bio\"");
    }
    StringBuilder out = new StringBuilder(words.get(0));
    for (String word : words.subList(1, words.size())) {
      if (out.length() + 1 + word.length() > MAX_DESCRIPTION_LENGTH) {
        break;
      }
      out.append('_').append(word);
    }
    return out.length() > MAX_DESCRIPTION_LENGTH ? out.substring(0, MAX_DESCRIPTION_LENGTH) : out.toString();
  }

  /**
   * The class (and file) name {@code V<version>__<snake_case_message>}.
   *
   * @throws StrataException {@link ErrorCode#USAGE} when the message has no letter or digit, or
   *     the version makes no Java identifier
   */
  public static String className(String version, String message) {
    String name = "V" + version + "__" + snakeCase(message);
    if (!SourceVersion.isName(name)) {
      throw new StrataException(ErrorCode.USAGE, "version '" + version + "' does not make a Java class name ("
          + name + "); use digits, as in yyyyMMddHHmmss");
    }
    return name;
  }
}
