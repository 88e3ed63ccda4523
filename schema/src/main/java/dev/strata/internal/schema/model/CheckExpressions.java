package dev.strata.internal.schema.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Compares CHECK expressions as the databases store them. Each database keeps its own rewrite of
 * the text Strata sent: PostgreSQL ({@code pg_get_constraintdef}) adds parentheses and casts and
 * turns {@code IN (...)} into {@code = ANY (ARRAY[...])} (a one-value list into {@code =}),
 * {@code BETWEEN} into two comparisons and {@code LIKE} into {@code ~~}; MySQL lower-cases keywords, quotes identifiers with backquotes,
 * adds parentheses and character set introducers ({@code _utf8mb4'x'}); MariaDB quotes
 * identifiers; SQLite keeps the text as written. {@link #normalize} maps all of those to one form
 * so that an unchanged check never shows as changed.
 *
 * <p>The normal form is a token list: identifiers unquoted and lower-cased, keywords lower-cased,
 * string literals kept exactly, casts ({@code ::type}) and introducers dropped, every parenthesis
 * and bracket dropped, and the rewrites above undone. Dropping parentheses means two expressions
 * that differ only in their grouping compare equal: the price of robustness, documented in the
 * databases reference. It is a comparison key, never SQL to run.
 */
public final class CheckExpressions {

  /** Words that continue a multi-word type name after {@code ::}, e.g. {@code ::character varying}. */
  private static final Set<String> TYPE_WORDS =
      Set.of("varying", "precision", "without", "with", "time", "zone");

  /** Types PostgreSQL casts a negative number's literal to: {@code '-1'::integer} is {@code -1}. */
  private static final Set<String> NUMBER_TYPES =
      Set.of("integer", "int", "bigint", "smallint", "numeric", "decimal", "real", "double");

  private static final List<String> OPERATORS =
      List.of("!~~*", "!~~", "~~*", "~~", "::", "<>", "!=", "<=", ">=", "||", "==");

  private CheckExpressions() {}

  /** Whether {@code a} and {@code b} are the same check as far as any database shows. */
  public static boolean equivalent(String a, String b) {
    return Objects.equals(normalize(a), normalize(b));
  }

  /** The normal form of {@code expression}, a comparison key (see the class comment); null for null. */
  public static String normalize(String expression) {
    if (expression == null) {
      return null;
    }
    List<String> tokens = rewrite(withoutCasts(tokens(expression)));
    return String.join(" ", tokens);
  }

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'') {
        int end = SqlQuotes.after(text, i);
        out.add(text.substring(i, end));
        i = end;
      } else if (c == '"' || c == '`') {
        int end = SqlQuotes.after(text, i);
        String inner = text.substring(i + 1, Math.max(i + 1, end - 1)).replace("" + c + c, "" + c);
        out.add(inner.toLowerCase(Locale.ROOT));
        i = end;
      } else if (Character.isLetter(c) || c == '_') {
        int end = i + 1;
        while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
            || text.charAt(end) == '$')) {
          end++;
        }
        // MySQL's character set introducer before a literal: _utf8mb4'x' is 'x'.
        if (!(c == '_' && end < n && text.charAt(end) == '\'')) {
          out.add(text.substring(i, end).toLowerCase(Locale.ROOT));
        }
        i = end;
      } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
        int end = i + 1;
        while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.')) {
          end++;
        }
        out.add(text.substring(i, end).toLowerCase(Locale.ROOT));
        i = end;
      } else {
        String op = String.valueOf(c);
        for (String candidate : OPERATORS) {
          if (text.startsWith(candidate, i)) {
            op = candidate;
            break;
          }
        }
        out.add(op);
        i += op.length();
      }
    }
    return out;
  }

  /** Drops {@code ::type}, with a multi-word name, a length {@code (n[, m])} and array brackets. */
  private static List<String> withoutCasts(List<String> tokens) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!tokens.get(i).equals("::")) {
        out.add(tokens.get(i++));
        continue;
      }
      i++;
      if (i < tokens.size() && isWord(tokens.get(i))) {
        String last = out.isEmpty() ? "" : out.get(out.size() - 1);
        if (NUMBER_TYPES.contains(tokens.get(i)) && last.matches("'-?[0-9.]+'")) {
          out.remove(out.size() - 1);
          String number = last.substring(1, last.length() - 1);
          if (number.startsWith("-")) {
            out.add("-");
            number = number.substring(1);
          }
          out.add(number);
        }
        i++;
        while (i < tokens.size() && TYPE_WORDS.contains(tokens.get(i))) {
          i++;
        }
      }
      if (i < tokens.size() && tokens.get(i).equals("(")) {
        int close = tokens.subList(i, tokens.size()).indexOf(")");
        i = close < 0 ? tokens.size() : i + close + 1;
      }
      while (i + 1 < tokens.size() && tokens.get(i).equals("[") && tokens.get(i + 1).equals("]")) {
        i += 2;
      }
    }
    return out;
  }

  /** Drops grouping and spells each database's rewrites the way the model writes them. */
  private static List<String> rewrite(List<String> tokens) {
    List<String> t = new ArrayList<>();
    for (String token : singleValueIn(tokens)) {
      switch (token) {
        case "(", ")", "[", "]" -> { }
        case "!=" -> t.add("<>");
        case "==" -> t.add("=");
        case "~~" -> t.add("like");
        case "~~*" -> t.add("ilike");
        case "!~~" -> { t.add("not"); t.add("like"); }
        case "!~~*" -> { t.add("not"); t.add("ilike"); }
        default -> t.add(token);
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (matches(t, i, "=", "any", "array")) {
        out.add("in");
        i += 2;
      } else if (matches(t, i, "<>", "all", "array")) {
        out.add("not");
        out.add("in");
        i += 2;
      } else if (between(t, i, out)) {
        i = skipBetween(t, i);
      } else {
        out.add(t.get(i));
      }
    }
    return out;
  }

  /**
   * When {@code t} has {@code a [NOT] BETWEEN b AND c} at {@code i} (b and c one token, or a sign
   * and one token), appends it as PostgreSQL keeps it ({@code a >= b AND a <= c}; NOT:
   * {@code a < b OR a > c}) and says so.
   */
  private static boolean between(List<String> t, int i, List<String> out) {
    int end = skipBetween(t, i);
    if (end < 0) {
      return false;
    }
    boolean not = t.get(i + 1).equals("not");
    int b = i + (not ? 3 : 2);
    List<String> low = t.subList(b, b + operandLength(t, b));
    int c = b + low.size() + 1;
    List<String> high = t.subList(c, end + 1);
    String a = t.get(i);
    out.add(a);
    out.add(not ? "<" : ">=");
    out.addAll(low);
    out.add(not ? "or" : "and");
    out.add(a);
    out.add(not ? ">" : "<=");
    out.addAll(high);
    return true;
  }

  /** The index of the last token of {@code a [NOT] BETWEEN b AND c} at {@code i}, or -1 when there is none. */
  private static int skipBetween(List<String> t, int i) {
    if (i + 1 >= t.size()) {
      return -1;
    }
    boolean not = t.get(i + 1).equals("not");
    int keyword = i + (not ? 2 : 1);
    if (keyword >= t.size() || !t.get(keyword).equals("between")) {
      return -1;
    }
    int b = keyword + 1;
    int and = b + operandLength(t, b);
    if (and >= t.size() || !t.get(and).equals("and") || and + 1 >= t.size()) {
      return -1;
    }
    int c = and + 1;
    int last = c + operandLength(t, c) - 1;
    return last < t.size() ? last : -1;
  }

  /** 2 for a signed operand ({@code - 2}), else 1. */
  private static int operandLength(List<String> t, int at) {
    return at + 1 < t.size() && (t.get(at).equals("-") || t.get(at).equals("+")) ? 2 : 1;
  }

  /**
   * {@code x IN (v)} as PostgreSQL keeps it: {@code x = v}; {@code x NOT IN (v)}: {@code x <> v}.
   * Runs while the parentheses are still there, so only a one-value list matches.
   */
  private static List<String> singleValueIn(List<String> tokens) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (i + 3 < tokens.size() && tokens.get(i).equals("in") && tokens.get(i + 1).equals("(")
          && tokens.get(i + 3).equals(")") && !tokens.get(i + 2).equals("(")) {
        boolean not = !out.isEmpty() && out.get(out.size() - 1).equals("not");
        if (not) {
          out.remove(out.size() - 1);
        }
        out.add(not ? "<>" : "=");
        out.add(tokens.get(i + 2));
        i += 3;
      } else {
        out.add(tokens.get(i));
      }
    }
    return out;
  }

  private static boolean matches(List<String> tokens, int at, String... wanted) {
    if (at + wanted.length > tokens.size()) {
      return false;
    }
    for (int k = 0; k < wanted.length; k++) {
      if (!tokens.get(at + k).equals(wanted[k])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWord(String token) {
    char c = token.charAt(0);
    return Character.isLetter(c) || c == '_';
  }
}
