package dev.strata.internal.schema.naming;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The naming rules: column and table names derived from Java names, default constraint names, and
 * the identifier limits shared by all supported databases.
 */
public final class Names {

  /**
   * Longest identifier accepted: PostgreSQL's limit (NAMEDATALEN - 1 = 63 bytes, PostgreSQL
   * documentation, "Identifiers and Key Words"); MySQL allows 64.
   */
  public static final int MAX_IDENTIFIER_LENGTH = 63;

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final int HASH_LENGTH = 8;

  private Names() {}

  /**
   * snake_case of a Java name: {@code createdAt} → {@code created_at}, {@code userID} →
   * {@code user_id}, {@code HTTPServer} → {@code http_server}, {@code address2} → {@code address2}.
   */
  public static String snakeCase(String javaName) {
    StringBuilder out = new StringBuilder(javaName.length() + 8);
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean prevLowerOrDigit = i > 0
            && (Character.isLowerCase(javaName.charAt(i - 1)) || Character.isDigit(javaName.charAt(i - 1)));
        boolean acronymEnd = i > 0 && Character.isUpperCase(javaName.charAt(i - 1))
            && i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
        if ((prevLowerOrDigit || acronymEnd) && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * English plural of the last word of a snake_case name, by rule, not by dictionary: {@code -s},
   * {@code -x}, {@code -z}, {@code -ch}, {@code -sh} take {@code -es} ({@code address} →
   * {@code addresses}); a consonant followed by {@code y} becomes {@code -ies} ({@code category} →
   * {@code categories}); everything else takes {@code -s} ({@code person} → {@code persons}).
   */
  public static String pluralize(String word) {
    if (word.isEmpty()) {
      return word;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z")
        || lower.endsWith("ch") || lower.endsWith("sh")) {
      return word + "es";
    }
    if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
      return word.substring(0, word.length() - 1) + "ies";
    }
    return word + "s";
  }

  /** The default table name of a model class: {@code UserRole} → {@code user_roles}. */
  public static String tableName(String simpleClassName) {
    return pluralize(snakeCase(simpleClassName));
  }

  /** Default column name of a field: its snake_case. */
  public static String columnName(String fieldName) {
    return snakeCase(fieldName);
  }

  /** Default index name {@code idx_<table>_<col>[_<col>...]}, limited by {@link #limit}. */
  public static String indexName(String table, List<String> columns) {
    return limit("idx_" + table + "_" + String.join("_", columns));
  }

  /** Default unique constraint name {@code uq_<table>_<col>[_<col>...]}, limited by {@link #limit}. */
  public static String uniqueName(String table, List<String> columns) {
    return limit("uq_" + table + "_" + String.join("_", columns));
  }

  /** Default foreign key name {@code fk_<table>_<col>[_<col>...]}, limited by {@link #limit}. */
  public static String foreignKeyName(String table, List<String> columns) {
    return limit("fk_" + table + "_" + String.join("_", columns));
  }

  /**
   * Default name of a field-level check, {@code ck_<table>_<col>}, limited by {@link #limit}.
   */
  public static String checkName(String table, String column) {
    return limit("ck_" + table + "_" + column);
  }

  /**
   * Default name of the {@code n}th class-level check (counted from 1 in declaration order),
   * {@code ck_<table>_<n>}, limited by {@link #limit}.
   */
  public static String checkName(String table, int n) {
    return limit("ck_" + table + "_" + n);
  }

  /**
   * A generated name fitted to {@link #MAX_IDENTIFIER_LENGTH}: unchanged when short enough, else
   * cut and suffixed with {@code _} and the first 8 hex digits of the SHA-256 of the full name, so
   * the result is stable and two long names that share a prefix stay distinct.
   */
  public static String limit(String name) {
    if (name.length() <= MAX_IDENTIFIER_LENGTH) {
      return name;
    }
    String hash = sha256Hex(name).substring(0, HASH_LENGTH);
    return name.substring(0, MAX_IDENTIFIER_LENGTH - HASH_LENGTH - 1) + "_" + hash;
  }

  /** Whether {@code name} matches {@code [A-Za-z_][A-Za-z0-9_]*} and is at most 63 characters. */
  public static boolean isValidIdentifier(String name) {
    return name != null && name.length() <= MAX_IDENTIFIER_LENGTH && IDENTIFIER.matcher(name).matches();
  }

  /** Why {@code name} is not a valid identifier, or null when it is. */
  public static String identifierProblem(String name) {
    if (name == null || name.isEmpty()) {
      return "is empty";
    }
    if (name.length() > MAX_IDENTIFIER_LENGTH) {
      return "is " + name.length() + " characters long; the limit is " + MAX_IDENTIFIER_LENGTH;
    }
    if (!IDENTIFIER.matcher(name).matches()) {
      return "does not match [A-Za-z_][A-Za-z0-9_]*";
    }
    return null;
  }

  static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
