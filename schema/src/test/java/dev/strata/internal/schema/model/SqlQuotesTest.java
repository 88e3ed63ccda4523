package dev.strata.internal.schema.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SqlQuotesTest {

  @Test
  void aDoubledQuoteIsPartOfTheText() {
    String text = "x = 'it''s' AND y";
    assertEquals(10, SqlQuotes.closing(text, 4));
    assertEquals(11, SqlQuotes.after(text, 4));
  }

  @Test
  void eachQuoteCharacterClosesOnlyItself() {
    String text = "\"a'b\" = `c\"d`";
    assertEquals(4, SqlQuotes.closing(text, 0));
    assertEquals(12, SqlQuotes.closing(text, 8));
  }

  @Test
  void anUnclosedQuoteRunsToTheEnd() {
    String text = "status = 'open";
    assertEquals(text.length(), SqlQuotes.closing(text, 9));
    assertEquals(text.length(), SqlQuotes.after(text, 9));
  }
}
