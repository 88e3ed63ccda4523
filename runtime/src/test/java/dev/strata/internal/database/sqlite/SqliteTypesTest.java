package dev.strata.internal.database.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.internal.schema.model.ColumnType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SQLite's declared types back to logical types, and defaults as {@code pragma_table_info} reads them. */
class SqliteTypesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "INTEGER|INTEGER", "integer|INTEGER", "REAL|REAL", "BLOB|BLOB", "|BLOB", "TEXT|RAW(TEXT)", "text|RAW(TEXT)",
      "NUMERIC|RAW(NUMERIC)", "VARCHAR(20)|RAW(VARCHAR(20))"})
  void sqliteTypes(String sql, String logical) {
    assertEquals(ColumnType.parse(logical), SqliteTypes.typeOf(sql));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "(1 + 2)|1 + 2", "((1))|1", "(1) + (2)|(1) + (2)", "'(x)'|'(x)'", "CURRENT_TIMESTAMP|CURRENT_TIMESTAMP",
      "('a)b')|'a)b'"})
  void sqliteDefaults(String value, String expected) {
    assertEquals(expected, SqliteTypes.normalizeDefault(value));
  }

  @Test
  void theSpellingsItDeclaresAreTheOnesItReads() {
    SqliteTypes.SPELLINGS.names().forEach((name, type) -> assertEquals(type, SqliteTypes.typeOf(name), name));
  }
}
