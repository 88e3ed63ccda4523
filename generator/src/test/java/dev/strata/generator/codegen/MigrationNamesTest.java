package dev.strata.generator.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MigrationNamesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "add user bio            | add_user_bio",
      "Add User Bio!           | add_user_bio",
      "renameUserTable         | rename_user_table",
      "  drop   the--posts. 2  | drop_the_posts_2",
      "HTTPServer log          | http_server_log",
      "Ünïcode café            | n_code_caf",
  })
  void snakeCaseOfMessages(String message, String expected) {
    assertEquals(expected, MigrationNames.snakeCase(message));
  }

  @Test
  void longMessagesAreCutAtAWordBoundary() {
    String name = MigrationNames.snakeCase("word ".repeat(40));
    assertEquals(79, name.length());
    assertEquals("word_".repeat(15) + "word", name);
    assertEquals(80, MigrationNames.snakeCase("x".repeat(100)).length());
  }

  @Test
  void messageWithoutLettersIsAUsageError() {
    StrataException e = assertThrows(StrataException.class, () -> MigrationNames.snakeCase("!!"));
    assertEquals(ErrorCode.USAGE, e.code());
  }

  @Test
  void versionIsTheClockInstantInUtc() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-04T05:06:07.890Z"), ZoneId.of("Asia/Tokyo"));
    assertEquals("20260304050607", MigrationNames.version(clock));
    assertEquals("V20260304050607__add_user_bio", MigrationNames.className("20260304050607", "add user bio"));
  }
}
