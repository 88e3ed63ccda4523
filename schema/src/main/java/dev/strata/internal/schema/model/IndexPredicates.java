package dev.strata.internal.schema.model;

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
  /** The numeric types a quoted negative number is cast to when PostgreSQL prints it. */
  private static final Set<String> NUMERIC_TYPES = Set.of("integer", "bigint", "smallint", "numeric", "real", "double");
  /** Keywords after which a {@code -} starts a negative number. */
  private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "is", "between", "when", "then",
      "else", "case", "any", "all", "select", "where");

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
    // First casts and parentheses go; a negative number PostgreSQL prints as a literal with a
    // numeric cast ('-1'::integer) becomes the number again.
    List<String> plain = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (t.equals("::")) {
        String type = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
        int last = plain.size() - 1;
        if (last >= 0 && NUMERIC_TYPES.contains(type) && plain.get(last).matches("'-?[0-9]+(\\.[0-9]+)?'")) {
          String literal = plain.get(last);
          plain.set(last, literal.substring(1, literal.length() - 1));
        }
        i = skipType(tokens, i + 1) - 1;
      } else if (!t.equals("(") && !t.equals(")")) {
        plain.add(t);
      }
    }
    List<String> out = new ArrayList<>();
    int openArrays = 0;
    for (int i = 0; i < plain.size(); i++) {
      String t = plain.get(i);
      if ((t.equals("=") || t.equals("<>")) && i + 3 < plain.size()
          && plain.get(i + 1).equals(t.equals("=") ? "any" : "all")
          && plain.get(i + 2).equals("array") && plain.get(i + 3).equals("[")) {
        // x = ANY (ARRAY[a, b]) is x IN (a, b); x <> ALL (ARRAY[a, b]) is x NOT IN (a, b).
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
      } else if (t.equals("between") && !out.isEmpty() && i + 3 < plain.size() && plain.get(i + 2).equals("and")) {
        // x [NOT] BETWEEN a AND b, of single terms, as PostgreSQL expands it.
        boolean not = out.size() >= 2 && out.get(out.size() - 1).equals("not");
        if (not) {
          out.remove(out.size() - 1);
        }
        String x = out.get(out.size() - 1);
        out.addAll(List.of(not ? "<" : ">=", plain.get(i + 1), not ? "or" : "and", x, not ? ">" : "<=",
            plain.get(i + 3)));
        i += 3;
      } else if (t.equals("-") && i + 1 < plain.size() && Character.isDigit(plain.get(i + 1).charAt(0))
          && (out.isEmpty() || !isTerm(out.get(out.size() - 1)))) {
        out.add("-" + plain.get(++i));
      } else {
        out.add(t);
      }
    }
    return String.join(" ", out);
  }

  /** Whether a normalised token ends a term (so a following {@code -} subtracts rather than negates). */
  private static boolean isTerm(String token) {
    return token.startsWith("'") || token.equals("]") || isWord(token) && !KEYWORDS.contains(token);
  }

  /**
   * Whether {@code predicate} names {@code column}: as an identifier outside string literals, quoted
   * or not, ignoring case (as SQLite and MySQL compare names, and Strata's names are checked to
   * differ in more than case), not as a function name or a type after {@code ::}.
   */
  public static boolean mentions(String predicate, String column) {
    return predicate != null && !columnSpans(predicate, column).isEmpty();
  }

  /**
   * {@code predicate} with every mention of column {@code from} ({@link #mentions}) spelled
   * {@code to}, the rest of the text as it was: what PostgreSQL and SQLite do to an index's
   * predicate when the column is renamed. Null stays null.
   */
  public static String renameColumn(String predicate, String from, String to) {
    if (predicate == null) {
      return null;
    }
    List<int[]> spans = columnSpans(predicate, from);
    if (spans.isEmpty()) {
      return predicate;
    }
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (int[] span : spans) {
      out.append(predicate, at, span[0]);
      boolean quoted = predicate.charAt(span[0]) == '"';
      out.append(quoted ? "\"" + to.replace("\"", "\"\"") + "\"" : to);
      at = span[1];
    }
    return out.append(predicate.substring(at)).toString();
  }

  /** Where {@code predicate} names {@code column}: start and end of each mention, quotes included. */
  private static List<int[]> columnSpans(String predicate, String column) {
    List<int[]> spans = new ArrayList<>();
    int n = predicate.length();
    int i = 0;
    boolean afterCast = false;
    while (i < n) {
      char c = predicate.charAt(i);
      if (c == '\'') {
        i = SqlQuotes.closing(predicate, i) + 1;
        afterCast = false;
      } else if (c == '"' || c == '`') {
        int end = SqlQuotes.closing(predicate, i);
        String name = predicate.substring(i + 1, Math.min(end, n)).replace(String.valueOf(c) + c, String.valueOf(c));
        if (!afterCast && name.equalsIgnoreCase(column) && !followedByParenthesis(predicate, end + 1)) {
          spans.add(new int[] {i, Math.min(end + 1, n)});
        }
        i = end + 1;
        afterCast = false;
      } else if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(predicate.charAt(j)) || predicate.charAt(j) == '_'
            || predicate.charAt(j) == '$')) {
          j++;
        }
        boolean qualified = i > 0 && predicate.charAt(i - 1) == '.';
        if (!afterCast && !qualified && predicate.substring(i, j).equalsIgnoreCase(column)
            && !followedByParenthesis(predicate, j)) {
          spans.add(new int[] {i, j});
        }
        i = j;
        afterCast = false;
      } else if (c == ':' && i + 1 < n && predicate.charAt(i + 1) == ':') {
        i += 2;
        afterCast = true;
      } else if (Character.isDigit(c)) {
        while (i < n && (Character.isLetterOrDigit(predicate.charAt(i)) || predicate.charAt(i) == '.')) {
          i++;
        }
        afterCast = false;
      } else {
        if (!Character.isWhitespace(c)) {
          afterCast = false;
        }
        i++;
      }
    }
    return spans;
  }

  private static boolean followedByParenthesis(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && text.charAt(i) == '(';
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
        // A '-' starts a token of its own (a negative number after an operator: n >-1).
        while (j < n && OPERATOR_CHARS.indexOf(sql.charAt(j)) >= 0 && (j == i || sql.charAt(j) != '-')) {
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
