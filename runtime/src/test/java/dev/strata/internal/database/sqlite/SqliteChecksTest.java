package dev.strata.internal.database.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.internal.schema.model.CheckDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading CHECK constraints out of the CREATE TABLE text SQLite keeps. */
class SqliteChecksTest {

  @Test
  void namedUnnamedColumnAndTableChecks() {
    String sql = "CREATE TABLE \"film\" (\n"
        + "  \"id\" INTEGER NOT NULL CHECK (id > 0),\n"
        + "  title TEXT NOT NULL DEFAULT 'CHECK (x)' CONSTRAINT ck_title CHECK (title <> ''),\n"
        + "  \"price, net\" REAL CHECK(\"price, net\" >= 0),\n"
        + "  CONSTRAINT \"ck \"\"odd\"\"\" CHECK (length(title) < 10 AND (id, 1) <> (2, 1)),\n"
        + "  CHECK (title <> 'x'),\n"
        + "  CONSTRAINT fk_x FOREIGN KEY (id) REFERENCES other (id),\n"
        + "  check (id <> 7)\n"
        + ")";

    assertEquals(List.of(
            CheckDef.of("ck_film_id", "id > 0"),
            CheckDef.of("ck_title", "title <> ''"),
            CheckDef.of("ck_film_price, net", "\"price, net\" >= 0"),
            CheckDef.of("ck \"odd\"", "length(title) < 10 AND (id, 1) <> (2, 1)"),
            CheckDef.of("ck_film_1", "title <> 'x'"),
            CheckDef.of("ck_film_2", "id <> 7")),
        SqliteChecks.of("film", sql));
  }

  @Test
  void aTableWithoutChecksHasNone() {
    assertEquals(List.of(), SqliteChecks.of("t", "CREATE TABLE t (a INTEGER, b TEXT DEFAULT 'check (a)')"));
    assertEquals(List.of(), SqliteChecks.of("t", null));
  }
}
