package dev.strata.internal.dialect;

import dev.strata.fixtures.Defs;
import static dev.strata.ddl.Ddl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.strata.internal.schema.model.ColumnType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Native types back to logical types, and defaults in each database's spelling. */
class TypesAndDefaultsTest {

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
      "tinyint(1)|BOOLEAN", "smallint(6)|SMALLINT", "smallint|SMALLINT", "int(11)|INTEGER", "int|INTEGER",
      "bigint(20)|BIGINT", "float|REAL", "double|DOUBLE", "decimal(19,2)|DECIMAL(19,2)", "varchar(255)|VARCHAR(255)",
      "char(36)|CHAR(36)", "char(1)|CHAR(1)", "longblob|BLOB", "date|DATE", "time|TIME", "datetime(6)|TIMESTAMP",
      "timestamp(6)|TIMESTAMP_TZ", "datetime|RAW(datetime)", "text|RAW(text)", "int(10) unsigned|RAW(int(10) unsigned)",
      "tinyint(4)|RAW(tinyint(4))", "json|RAW(json)"})
  void mysqlTypes(String sql, String logical) {
    assertEquals(ColumnType.parse(logical), MysqlTypes.typeOf(sql));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "INTEGER|INTEGER", "integer|INTEGER", "REAL|REAL", "BLOB|BLOB", "|BLOB", "TEXT|RAW(TEXT)", "text|RAW(TEXT)",
      "NUMERIC|RAW(NUMERIC)", "VARCHAR(20)|RAW(VARCHAR(20))"})
  void sqliteTypes(String sql, String logical) {
    assertEquals(ColumnType.parse(logical), SqliteTypes.typeOf(sql));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "'draft'::character varying|VARCHAR(10)|'draft'", "'-1'::integer|INTEGER|-1", "'5'|INTEGER|5",
      "'-2.5'::numeric|DOUBLE|-2.5", "'1000'::numeric|REAL|1000", "1e3|REAL|1000", "TRUE|BOOLEAN|true",
      "'f'|BOOLEAN|false", "current_timestamp|TIMESTAMP|CURRENT_TIMESTAMP", "now()|TIMESTAMP|now()",
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

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "'it\\'s'|VARCHAR(10)|'it''s'", "'it''s'|VARCHAR(10)|'it''s'", "true|BOOLEAN|1", "FALSE|BOOLEAN|0",
      "0|DECIMAL(10,2)|0.00", "1.5|DECIMAL(10,2)|1.50", "'5'|INTEGER|5", "1e3|REAL|1000", "1.50|DOUBLE|1.5",
      "CURRENT_TIMESTAMP|TIMESTAMP|current_timestamp(6)", "now()|RAW(datetime)|current_timestamp()",
      "current_timestamp(3)|RAW(datetime(3))|current_timestamp(3)",
      "'2020-01-02'|TIMESTAMP|'2020-01-02 00:00:00.000000'", "'2020-01-02 03:04:05.5'|TIMESTAMP_TZ|'2020-01-02 03:04:05.500000'",
      "'2020-01-02 00:00:00.000000'|TIMESTAMP|'2020-01-02 00:00:00.000000'", "'10:11'|TIME|'10:11:00'",
      "'2020-01-02'|DATE|'2020-01-02'"})
  void mysqlDefaults(String value, String type, String expected) {
    assertEquals(expected, MysqlTypes.normalizeDefault(value, ColumnType.parse(type)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "(1 + 2)|1 + 2", "((1))|1", "(1) + (2)|(1) + (2)", "'(x)'|'(x)'", "CURRENT_TIMESTAMP|CURRENT_TIMESTAMP",
      "('a)b')|'a)b'"})
  void sqliteDefaults(String value, String expected) {
    assertEquals(expected, SqliteTypes.normalizeDefault(value));
  }

  @Test
  void nullIsNoDefault() {
    assertNull(PostgresTypes.normalizeDefault("NULL", Defs.def(INTEGER)));
    assertNull(MysqlTypes.normalizeDefault("NULL", Defs.def(INTEGER)));
    assertNull(PostgresTypes.normalizeDefault(null, Defs.def(INTEGER)));
  }

  @Test
  void projectionIsIdempotentForRawTypes() {
    var schema = new dev.strata.internal.schema.model.SchemaDef(java.util.List.of(Defs.def(table("t")
        .column(column("a", raw("int4"))).column(column("b", raw("VARCHAR(20)")))
        .column(column("c", raw("text"))).column(column("d", raw("TINYINT(1)"))))));
    for (SqlDialect d : java.util.List.<SqlDialect>of(SqliteDialect.INSTANCE, PostgresDialect.INSTANCE,
        MysqlDialect.MYSQL, MysqlDialect.MARIADB)) {
      assertEquals(d.project(schema), d.project(d.project(schema)), d.database().name());
    }
    assertEquals(Defs.def(INTEGER), PostgresDialect.INSTANCE.project(schema).tables().get(0).columns().get(0).type());
    assertEquals(Defs.def(BOOLEAN), MysqlDialect.MYSQL.project(schema).tables().get(0).columns().get(3).type());
  }
}
