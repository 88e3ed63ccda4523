package dev.strata.internal.schema.model;

/**
 * Quoted text inside SQL: a string literal in single quotes, an identifier in double quotes or
 * backquotes. A doubled quote character inside is part of the text, as in standard SQL
 * ({@code 'it''s'}).
 */
public final class SqlQuotes {
  private SqlQuotes() {}

  /**
   * The index of the quote closing the one at {@code open} in {@code text}, or
   * {@code text.length()} when it is never closed.
   */
  public static int closing(String text, int open) {
    char quote = text.charAt(open);
    int i = open + 1;
    while (i < text.length()) {
      if (text.charAt(i) == quote) {
        if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i;
      }
      i++;
    }
    return text.length();
  }

  /** The index just after the quoted text opening at {@code open}; {@code text.length()} when it is never closed. */
  public static int after(String text, int open) {
    return Math.min(closing(text, open) + 1, text.length());
  }
}
