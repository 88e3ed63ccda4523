package dev.strata.internal.database.postgresql;

import static dev.strata.ddl.Ddl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.strata.fixtures.Defs;
import dev.strata.internal.schema.model.ColumnType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PostgreSQL's types back to logical types, and defaults in PostgreSQL's spelling. */
class PostgresTypesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "integer|INTEGER", "int4|INTEGER", "smallint|SMALLINT", "bigint|BIGINT", "boolean|BOOLEAN",
      "real|REAL", "double precision|DOUBLE", "numeric(19,2)|DECIMAL(19,2)", "numeric(10)|DECIMAL(10,0)",
      "character varying(100)|VARCHAR(100)", "varchar(7)|VARCHAR(7)", "character(1)|CHAR(1)", "bpchar|CHAR(1)",
      "bytea|BLOB", "uuid|UUID", "date|DATE", "time without time zone|TIME",
      "timestamp without time zone|TIMESTAMP", "timestamp with time zone|TIMESTAMP_TZ", "timestamptz|TIMESTAMP_TZ",
      "text|RAW(text)", "numeric|RAW(numeric)", "JSONB|RAW(jsonb)", "character varying|RAW(character varying)",
      "timestamp(3) without time zone|RAW(timestamp(3) without time zone)"})
  void postgresTypes(String sql, String logical) {
    assertEquals(ColumnType.parse(logical), PostgresTypes.typeOf(sql));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "'draft'::character varying|VARCHAR(10)|'draft'", "'-1'::integer|INTEGER|-1", "'5'|INTEGER|5",
      "'-2.5'::numeric|DOUBLE|-2.5", "'1000'::numeric|REAL|1000", "1e3|REAL|1000", "TRUE|BOOLEAN|true",
      "'f'|BOOLEAN|false", "current_timestamp|TIMESTAMP|CURRENT_TIMESTAMP", "now()|TIMESTAMP|CURRENT_TIMESTAMP", "('now'::text)::date|DATE|CURRENT_DATE",
      "'2020-01-01'::date|DATE|'2020-01-01'", "'it''s'::text|RAW(text)|'it''s'", "(1 + 2)|INTEGER|(1 + 2)",
      "'2020-01-02'|TIMESTAMP|'2020-01-02 00:00:00'",
      "'2020-01-02 03:04:05'::timestamp without time zone|TIMESTAMP|'2020-01-02 03:04:05'",
      "'2020-01-02T03:04'|TIMESTAMP|'2020-01-02 03:04:00'", "'2020-01-02 03:04:05.250'|TIMESTAMP|'2020-01-02 03:04:05.25'",
      "'10:11'|TIME|'10:11:00'", "'10:11:12'::time without time zone|TIME|'10:11:12'",
      "'2020-01-02 03:04:05+01'|TIMESTAMP_TZ|'2020-01-02 03:04:05+01'", "'soon'|TIMESTAMP|'soon'",
      "NULL::character varying|VARCHAR(10)|"})
  void postgresDefaults(String value, String type, String expected) {
    assertEquals(expected, PostgresTypes.normalizeDefault(value, ColumnType.parse(type)));
  }

  @Test
  void nullIsNoDefault() {
    assertNull(PostgresTypes.normalizeDefault("NULL", Defs.def(INTEGER)));
    assertNull(PostgresTypes.normalizeDefault(null, Defs.def(INTEGER)));
  }

  /** Sizes aside: {@code timestamp(6)} is {@code timestamp} to the generator, but the catalog keeps the size. */
  @Test
  void theSpellingsItDeclaresAreTheOnesItReads() {
    PostgresTypes.SPELLINGS.names().entrySet().stream().filter(e -> !e.getKey().contains("("))
        .forEach(e -> assertEquals(e.getValue(), PostgresTypes.typeOf(e.getKey()), e.getKey()));
    PostgresTypes.SPELLINGS.sized().forEach((name, kind) -> assertEquals(kind, PostgresTypes.typeOf(name + "(9)").kind(), name));
  }
}
