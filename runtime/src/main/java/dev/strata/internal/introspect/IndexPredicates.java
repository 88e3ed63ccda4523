package dev.strata.internal.introspect;

import dev.strata.internal.schema.model.IndexDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Compares the predicates of partial indexes as a database sees them rather than as text.
 *
 * <p>SQLite keeps the text of {@code CREATE INDEX} as it was run, so its predicate reads back
 * verbatim. PostgreSQL keeps a parsed expression and prints it back with {@code pg_get_expr}: every
 * operator expression in parentheses, a cast on each literal and on a {@code varchar} column
 * compared with text ({@code (status)::text = 'open'::text}), keywords in upper case, {@code !=} as
 * {@code <>}, {@code LIKE} as {@code ~~}, {@code x IN (1, 2)} as {@code x = ANY (ARRAY[1, 2])}.
 *
 * <p>{@link #normalize} undoes exactly those rewrites: outside string literals it ignores case,
 * blanks, identifier quotes, parentheses and {@code ::type} casts, spells {@code !=} as {@code <>},
 * {@code [NOT] LIKE}/{@code ILIKE} as PostgreSQL's operators and {@code = ANY (ARRAY[...])} as
 * {@code IN}. Two predicates are {@linkplain #equivalent equivalent} when their normal forms are
 * equal. The comparison cannot tell predicates apart that differ only in grouping
 * ({@code (a OR b) AND c} against {@code a OR b AND c}), and sees a {@code BETWEEN}, which
 * PostgreSQL expands into two comparisons, as changed: write those as PostgreSQL prints them.
 */
public final class IndexPredicates {
  /** Words that continue a multi-word type name after {@code ::} ({@code character varying}). */
  private static final Set<String> TYPE_WORDS = Set.of("varying", "precision", "without", "with", "time", "zone");
  private static final String OPERATOR_CHARS = "<>=!~*+-/%^&|#@?:";

  private IndexPredicates() {}

  /** Whether two predicates ({@code null}: no predicate) select the same rows, as far as their text shows. */
  public static boolean equivalent(String a, String b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    return normalize(a).equals(normalize(b));
  }

  /**
   * Whether two indexes are the same index: the same name, columns and uniqueness, and
   * {@linkplain #equivalent equivalent} predicates.
   */
  public static boolean sameIndex(IndexDef a, IndexDef b) {
    return a.name().equals(b.name()) && a.columns().equals(b.columns()) && a.unique() == b.unique()
        && equivalent(a.where(), b.where());
  }

  /** The normal form of {@code predicate}: its tokens, rewritten as described above, joined by blanks. */
  public static String normalize(String predicate) {
    Objects.requireNonNull(predicate, "predicate");
    List<String> tokens = tokens(predicate);
    List<String> out = new ArrayList<>();
    int openArrays = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (t.equals("::")) {
        i = skipType(tokens, i + 1) - 1;
      } else if (t.equals("(") || t.equals(")")) {
        continue;
      } else if ((t.equals("=") || t.equals("<>")) && i + 3 < tokens.size() && tokens.get(i + 1).equals("any")
          && tokens.get(i + 2).equals("array") && tokens.get(i + 3).equals("[")) {
        if (t.equals("<>")) {
          out.add("not");
        }
        out.add("in");
        openArrays++;
        i += 3;
      } else if (t.equals("]") && openArrays > 0) {
        openArrays--;
      } else if (t.equals("!=")) {
        out.add("<>");
      } else if (t.equals("like") || t.equals("ilike")) {
        String op = t.equals("like") ? "~~" : "~~*";
        if (!out.isEmpty() && out.get(out.size() - 1).equals("not")) {
          out.set(out.size() - 1, "!" + op);
        } else {
          out.add(op);
        }
      } else {
        out.add(t);
      }
    }
    return String.join(" ", out);
  }

  /** The index after the type name that starts at {@code i} (words, a modifier list, array brackets). */
  private static int skipType(List<String> tokens, int i) {
    if (i < tokens.size() && isWord(tokens.get(i))) {
      i++;
      while (i < tokens.size() && TYPE_WORDS.contains(tokens.get(i))) {
        i++;
      }
    }
    if (i < tokens.size() && tokens.get(i).equals("(")) {
      while (i < tokens.size() && !tokens.get(i).equals(")")) {
        i++;
      }
      i++;
    }
    while (i + 1 < tokens.size() && tokens.get(i).equals("[") && tokens.get(i + 1).equals("]")) {
      i += 2;
    }
    return i;
  }

  private static boolean isWord(String token) {
    char c = token.charAt(0);
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /**
   * Tokens: string literals verbatim with their quotes, identifiers and keywords in lower case
   * without quotes, runs of operator characters, and single punctuation characters.
   */
  private static List<String> tokens(String sql) {
    List<String> tokens = new ArrayList<>();
    int n = sql.length();
    int i = 0;
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'' || c == '"' || c == '`') {
        int j = i + 1;
        StringBuilder text = new StringBuilder();
        while (j < n) {
          if (sql.charAt(j) == c) {
            if (j + 1 < n && sql.charAt(j + 1) == c) {
              text.append(c);
              j += 2;
              continue;
            }
            break;
          }
          text.append(sql.charAt(j++));
        }
        tokens.add(c == '\'' ? "'" + text.toString().replace("'", "''") + "'" : text.toString().toLowerCase(Locale.ROOT));
        i = j + 1;
      } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.') {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || "_$.".indexOf(sql.charAt(j)) >= 0)) {
          j++;
        }
        tokens.add(sql.substring(i, j).toLowerCase(Locale.ROOT));
        i = j;
      } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
        int j = i;
        while (j < n && OPERATOR_CHARS.indexOf(sql.charAt(j)) >= 0) {
          j++;
        }
        tokens.add(sql.substring(i, j));
        i = j;
      } else {
        tokens.add(String.valueOf(c));
        i++;
      }
    }
    return tokens;
  }
}
