package dev.strata.generator.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.internal.database.Dialects;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.schema.model.ColumnType;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnTypesTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "RAW(TEXT)                          | RAW(text)",
      "RAW(  Text )                       | RAW(text)",
      "RAW(int4)                          | INTEGER",
      "RAW(int)                           | INTEGER",
      "RAW(INT(11))                       | INTEGER",
      "RAW(int8)                          | BIGINT",
      "RAW(int2)                          | SMALLINT",
      "RAW(bool)                          | BOOLEAN",
      "RAW(tinyint(1))                    | BOOLEAN",
      "RAW(varchar(255))                  | VARCHAR(255)",
      "RAW(character varying ( 40 ))      | VARCHAR(40)",
      "RAW(char)                          | CHAR(1)",
      "RAW(character(3))                  | CHAR(3)",
      "RAW(numeric(10, 2))                | DECIMAL(10,2)",
      "RAW(decimal(7))                    | DECIMAL(7,0)",
      "RAW(double precision)              | DOUBLE",
      "RAW(float8)                        | DOUBLE",
      "RAW(float4)                        | REAL",
      "RAW(bytea)                         | BLOB",
      "RAW(longblob)                      | BLOB",
      "RAW(uuid)                          | UUID",
      "RAW(timestamptz)                   | TIMESTAMP_TZ",
      "RAW(TIMESTAMP   WITH TIME ZONE)    | TIMESTAMP_TZ",
      "RAW(timestamp without time zone)   | TIMESTAMP",
      "RAW(datetime(6))                   | TIMESTAMP",
      "RAW(time without time zone)        | TIME",
      "RAW(JSONB)                         | RAW(jsonb)",
      "RAW(float)                         | RAW(float)",
      "RAW(timestamp(6))                  | RAW(timestamp(6))",
      "RAW(real)                          | REAL",
      "RAW(blob)                          | BLOB",
      "RAW(varchar(10,2))                 | RAW(varchar(10,2))",
      "INTEGER                            | INTEGER",
  })
  void normalizesSpellings(String raw, String expected) {
    assertEquals(ColumnType.parse(expected), ColumnTypes.normalize(ColumnType.parse(raw)));
    assertTrue(ColumnTypes.equivalent(ColumnType.parse(raw), ColumnType.parse(expected)));
  }

  @ParameterizedTest(name = "{0} -> {1} widens: {2}")
  @CsvSource(delimiter = '|', value = {
      "VARCHAR(50)    | VARCHAR(255)   | true",
      "VARCHAR(255)   | VARCHAR(50)    | false",
      "VARCHAR(255)   | RAW(text)      | true",
      "RAW(text)      | VARCHAR(255)   | false",
      "CHAR(1)        | VARCHAR(10)    | true",
      "SMALLINT       | INTEGER        | true",
      "INTEGER        | BIGINT         | true",
      "BIGINT         | INTEGER        | false",
      "INTEGER        | DECIMAL(12,2)  | true",
      "INTEGER        | DECIMAL(10,2)  | false",
      "INTEGER        | DOUBLE         | true",
      "BIGINT         | DOUBLE         | false",
      "DECIMAL(10,2)  | DECIMAL(12,2)  | true",
      "DECIMAL(10,2)  | DECIMAL(10,3)  | false",
      "DECIMAL(10,2)  | DECIMAL(9,2)   | false",
      "REAL           | DOUBLE         | true",
      "DOUBLE         | REAL           | false",
      "DATE           | TIMESTAMP      | true",
      "TIMESTAMP      | DATE           | false",
      "TIMESTAMP      | TIMESTAMP_TZ   | true",
      "UUID           | CHAR(36)       | true",
      "UUID           | VARCHAR(20)    | false",
      "BLOB           | RAW(text)      | false",
      "BOOLEAN        | INTEGER        | false",
      "RAW(jsonb)     | RAW(json)      | false",
      "RAW(int4)      | BIGINT         | true",
      "TINYINT        | SMALLINT       | true",
      "TINYINT        | REAL           | true",
      "TINYINT        | VARCHAR(4)     | true",
      "TINYINT        | VARCHAR(3)     | false",
      "SMALLINT       | TINYINT        | false",
      "INTEGER        | TINYINT        | false",
      "RAW(tinyint)   | SMALLINT       | true",
  })
  void widening(String from, String to, boolean widens) {
    assertEquals(widens, ColumnTypes.widens(ColumnType.parse(from), ColumnType.parse(to)));
  }

  @org.junit.jupiter.api.Test
  void typesGivenPerDatabaseAreComparedDatabaseByDatabase() {
    ColumnType json = ColumnType.parse("RAW{postgresql 'jsonb', mysql 'JSON', sqlite 'TEXT'}");

    assertEquals(ColumnType.parse("RAW{postgresql 'jsonb', mysql 'json', sqlite 'text'}"), ColumnTypes.normalize(json));
    assertTrue(ColumnTypes.equivalent(json, ColumnType.parse("RAW{postgresql 'JSONB', mysql 'json', other 'text'}")));
    // The same SQL on every database is that type, however it is written.
    assertEquals(ColumnType.parse("RAW(text)"), ColumnTypes.normalize(ColumnType.parse("RAW{mysql 'TEXT', other 'text'}")));
    assertEquals(ColumnType.of(dev.strata.internal.schema.model.LogicalType.INTEGER), ColumnTypes.normalize(
        ColumnType.parse("RAW{postgresql 'int4', mysql 'int', sqlite 'INTEGER'}")));
    // A change on one database is a change.
    assertFalse(ColumnTypes.equivalent(json, ColumnType.parse("RAW{postgresql 'json', mysql 'JSON', sqlite 'TEXT'}")));
  }

  @org.junit.jupiter.api.Test
  void aTypeGivenPerDatabaseWidensWhenItWidensOnEachDatabase() {
    ColumnType narrow = ColumnType.parse("RAW{postgresql 'varchar(10)', other 'TEXT'}");
    ColumnType wide = ColumnType.parse("RAW{postgresql 'varchar(20)', other 'TEXT'}");

    assertTrue(ColumnTypes.widens(narrow, wide));
    assertFalse(ColumnTypes.widens(wide, narrow));
    assertTrue(ColumnTypes.widens(ColumnType.varchar(10), wide));
    assertFalse(ColumnTypes.widens(ColumnType.parse("RAW(text)"),
        ColumnType.parse("RAW{postgresql 'jsonb', mysql 'JSON', sqlite 'TEXT'}")));
    // A database a type has no SQL for does not hold it, so nothing is lost there.
    assertTrue(ColumnTypes.widens(ColumnType.parse("RAW{postgresql 'varchar(10)'}"), ColumnType.parse("RAW(text)")));
  }

  @org.junit.jupiter.api.Test
  void defaultsCompareTrimmed() {
    assertEquals("0", ColumnTypes.normalizeDefault("  0 "));
    assertEquals(null, ColumnTypes.normalizeDefault("   "));
    assertFalse(ColumnTypes.equivalent(ColumnType.parse("VARCHAR(10)"), ColumnType.parse("VARCHAR(11)")));
  }

  /**
   * Each database's own spellings mean its types, unless another database reads the same spelling
   * as another type: then it stays raw ({@code float} is DOUBLE on PostgreSQL, FLOAT on MySQL).
   */
  @org.junit.jupiter.api.Test
  void everyDatabasesSpellingsAreKnownUnlessTheDatabasesDisagree() {
    for (SqlDialect dialect : Dialects.all()) {
      for (Map.Entry<String, ColumnType> e : dialect.typeSpellings().names().entrySet()) {
        boolean disputed = Dialects.all().stream().map(d -> d.typeSpellings().names().get(e.getKey()))
            .anyMatch(other -> other != null && !other.equals(e.getValue()));
        ColumnType expected = disputed ? ColumnType.raw(e.getKey()) : e.getValue();
        assertEquals(expected, ColumnTypes.normalize(ColumnType.raw(e.getKey().toUpperCase())),
            dialect.displayName() + " " + e.getKey());
      }
      for (String text : dialect.typeSpellings().unboundedText()) {
        assertTrue(ColumnTypes.widens(ColumnType.varchar(10), ColumnType.raw(text)), text + " holds any text");
      }
    }
  }
}
