package dev.strata.internal.schema.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.annotations.Dialect;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The text forms of column types, the RAW types given per database family among them. */
class ColumnTypeTest {

  @Test
  void everyFormReadsBackAsItself() {
    for (String text : new String[] {"TINYINT", "SMALLINT", "INTEGER", "VARCHAR(40)", "CHAR(1)",
        "DECIMAL(19,2)", "RAW(jsonb)", "RAW(numeric(10,2))", "RAW{postgresql 'jsonb', mysql 'JSON', sqlite 'TEXT'}",
        "RAW{mysql 'enum(''a'',''b'')', other 'TEXT'}", "RAW{sqlite 'TEXT'}"}) {
      assertEquals(text, ColumnType.parse(text).toString(), text);
    }
  }

  @Test
  void aRawTypeForEveryDatabaseKeepsItsOldTextForm() {
    ColumnType raw = ColumnType.raw("jsonb");

    assertEquals("RAW(jsonb)", raw.toString());
    assertFalse(raw.perDialect());
    assertSame(raw, raw.on(Dialect.MYSQL));
    assertEquals("jsonb", raw.sqlOn(Dialect.SQLITE));
  }

  @Test
  void familiesAreWrittenInTheirOrderWhateverOrderTheyWereGivenIn() {
    Map<Dialect, String> given = new LinkedHashMap<>();
    given.put(Dialect.SQLITE, "TEXT");
    given.put(Dialect.POSTGRESQL, "jsonb");

    ColumnType type = ColumnType.raw(" BLOB ", given);

    assertEquals("RAW{postgresql 'jsonb', sqlite 'TEXT', other 'BLOB'}", type.toString());
    assertEquals(type, ColumnType.parse("raw{ SQLITE 'TEXT' ,other 'BLOB',postgresql 'jsonb' }"));
  }

  @Test
  void eachFamilyTakesItsOwnSqlOrTheOthers() {
    ColumnType type = ColumnType.parse("RAW{postgresql 'jsonb', other 'TEXT'}");

    assertEquals(ColumnType.raw("jsonb"), type.on(Dialect.POSTGRESQL));
    assertEquals(ColumnType.raw("TEXT"), type.on(Dialect.MYSQL));
    assertEquals("TEXT", type.sqlOn(Dialect.SQLITE));
  }

  @Test
  void aFamilyWithoutSqlIsNamedWhenTheTypeIsUsedThere() {
    ColumnType type = ColumnType.raw(null, Map.of(Dialect.POSTGRESQL, "jsonb"));

    assertNull(type.sqlOn(Dialect.MYSQL));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> type.on(Dialect.MYSQL));
    assertTrue(e.getMessage().contains("no SQL type for mysql"), e.getMessage());
  }

  @Test
  void malformedPerDatabaseFormsAreRefusedWithWhatIsWrong() {
    assertTrue(message("RAW{oracle 'x'}").contains("unknown database 'oracle'"));
    assertTrue(message("RAW{mysql 'x', mysql 'y'}").contains("given twice"));
    assertTrue(message("RAW{mysql 'x}").contains("unterminated"));
    assertTrue(message("RAW{mysql 'x' sqlite 'y'}").contains("expected ','"));
    assertTrue(message("RAW{mysql ''}").contains("needs an SQL type for MYSQL"));
    assertThrows(IllegalArgumentException.class, () -> ColumnType.raw(null, new EnumMap<>(Dialect.class)));
  }

  @Test
  void otherKindsCarryNoSql() {
    ColumnType tiny = ColumnType.of(LogicalType.TINYINT);

    assertTrue(tiny.dialectSql().isEmpty());
    assertNull(tiny.sqlOn(Dialect.MYSQL));
    assertTrue(LogicalType.TINYINT.isIntegral());
  }

  private static String message(String text) {
    return assertThrows(IllegalArgumentException.class, () -> ColumnType.parse(text)).getMessage();
  }
}
