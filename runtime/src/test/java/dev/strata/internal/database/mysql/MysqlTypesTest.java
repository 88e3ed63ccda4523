package dev.strata.internal.database.mysql;

import static dev.strata.ddl.Ddl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.strata.fixtures.Defs;
import dev.strata.internal.schema.model.ColumnType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MySQL's column types back to logical types, and defaults as {@code information_schema} prints them. */
class MysqlTypesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "tinyint(1)|BOOLEAN", "smallint(6)|SMALLINT", "smallint|SMALLINT", "int(11)|INTEGER", "int|INTEGER",
      "bigint(20)|BIGINT", "float|REAL", "double|DOUBLE", "decimal(19,2)|DECIMAL(19,2)", "varchar(255)|VARCHAR(255)",
      "char(36)|CHAR(36)", "char(1)|CHAR(1)", "longblob|BLOB", "date|DATE", "time|TIME", "datetime(6)|TIMESTAMP",
      "timestamp(6)|TIMESTAMP_TZ", "datetime|TIMESTAMP", "timestamp|TIMESTAMP_TZ", "datetime(3)|RAW(datetime(3))", "text|RAW(text)",
      "int(10) unsigned|RAW(int unsigned)", "INT(10) UNSIGNED ZEROFILL|RAW(int unsigned zerofill)", "year(4)|RAW(year)",
      "tinyint(4)|TINYINT", "tinyint|TINYINT", "json|RAW(json)", "enum('G','PG','PG-13')|RAW(enum('G','PG','PG-13'))",
      "SET('Trailers','Deleted Scenes')|RAW(set('Trailers','Deleted Scenes'))"})
  void mysqlTypes(String sql, String logical) {
    assertEquals(ColumnType.parse(logical), MysqlTypes.typeOf(sql));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "'C:\\temp'|VARCHAR(10)|'C:\\temp'", "'it''s'|VARCHAR(10)|'it''s'", "true|BOOLEAN|1", "FALSE|BOOLEAN|0",
      "0|DECIMAL(10,2)|0.00", "1.5|DECIMAL(10,2)|1.50", "'5'|INTEGER|5", "1e3|REAL|1000", "1.50|DOUBLE|1.5",
      "CURRENT_TIMESTAMP|TIMESTAMP|CURRENT_TIMESTAMP", "current_timestamp(6)|TIMESTAMP_TZ|CURRENT_TIMESTAMP",
      "current_timestamp()|TIMESTAMP|CURRENT_TIMESTAMP", "now()|RAW(time(3))|current_timestamp()",
      "curdate()|DATE|CURRENT_DATE", "CURRENT_DATE|DATE|CURRENT_DATE", "current_date()|DATE|CURRENT_DATE",
      "curtime()|TIME|CURRENT_TIME", "CURRENT_TIME|TIME|CURRENT_TIME",
      "current_timestamp(3)|RAW(datetime(3))|current_timestamp(3)",
      "'2020-01-02'|TIMESTAMP|'2020-01-02 00:00:00.000000'", "'2020-01-02 03:04:05.5'|TIMESTAMP_TZ|'2020-01-02 03:04:05.500000'",
      "'2020-01-02 00:00:00.000000'|TIMESTAMP|'2020-01-02 00:00:00.000000'", "'10:11'|TIME|'10:11:00'",
      "'2020-01-02'|DATE|'2020-01-02'"})
  void mysqlDefaults(String value, String type, String expected) {
    assertEquals(expected, MysqlTypes.normalizeDefault(value, ColumnType.parse(type)));
  }

  /** MariaDB prints string defaults as MySQL literals, with backslash escapes; they are read as standard SQL. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "'it\\'s'|'it''s'", "'it''s'|'it''s'", "'C:\\\\temp'|'C:\\temp'", "'a\\tb'|'a\tb'",
      "'50\\%'|'50\\%'", "current_timestamp()|current_timestamp()", "NULL|NULL"})
  void mariadbLiteralsAreReadAsStandardSql(String printed, String standard) {
    assertEquals(standard, MysqlTypes.standardLiteral(printed));
  }

  @Test
  void nullIsNoDefault() {
    assertNull(MysqlTypes.normalizeDefault("NULL", Defs.def(INTEGER)));
  }

  @Test
  void theSpellingsItDeclaresAreTheOnesItReads() {
    MysqlTypes.SPELLINGS.names().forEach((name, type) -> assertEquals(type, MysqlTypes.typeOf(name), name));
    MysqlTypes.SPELLINGS.sized().forEach((name, kind) -> assertEquals(kind, MysqlTypes.typeOf(name + "(9)").kind(), name));
  }

  @org.junit.jupiter.api.Test
  void mariadbsJsonIsLongtextWithTheJsonValidCheckNamedLikeTheColumn() {
    ColumnType longtext = ColumnType.raw("longtext");
    org.junit.jupiter.api.Assertions.assertTrue(MysqlTypes.isMariadbJson("doc", longtext, "json_valid(`doc`)"));
    org.junit.jupiter.api.Assertions.assertTrue(MysqlTypes.isMariadbJson("doc", longtext, "JSON_VALID( `doc` )"));
    org.junit.jupiter.api.Assertions.assertFalse(MysqlTypes.isMariadbJson("doc", longtext, null));
    org.junit.jupiter.api.Assertions.assertFalse(MysqlTypes.isMariadbJson("doc", longtext, "json_valid(`other`)"));
    org.junit.jupiter.api.Assertions.assertFalse(MysqlTypes.isMariadbJson("doc", longtext, "length(`doc`) > 0"));
    org.junit.jupiter.api.Assertions.assertFalse(
        MysqlTypes.isMariadbJson("doc", ColumnType.raw("text"), "json_valid(`doc`)"));
  }
}
