package dev.strata.ddl;

import static dev.strata.ddl.Ddl.BIGINT;
import static dev.strata.ddl.Ddl.character;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.decimal;
import static dev.strata.ddl.Ddl.foreignKey;
import static dev.strata.ddl.Ddl.index;
import static dev.strata.ddl.Ddl.raw;
import static dev.strata.ddl.Ddl.table;
import static dev.strata.ddl.Ddl.unique;
import static dev.strata.ddl.Ddl.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.annotations.Dialect;
import dev.strata.fixtures.Defs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The builders refuse a malformed value at the call that makes it, saying what is wrong. */
class DdlTest {

  @Test
  void sizesMustBePositive() {
    assertRefused("VARCHAR length must be > 0, was 0", () -> varchar(0));
    assertRefused("VARCHAR length must be > 0, was -3", () -> varchar(-3));
    assertRefused("CHAR length must be > 0, was 0", () -> character(0));
    assertRefused("DECIMAL precision must be > 0, was 0", () -> decimal(0, 0));
    assertEquals("VARCHAR(1)", varchar(1).toString());
  }

  @Test
  void aDecimalScaleLiesBetweenZeroAndThePrecision() {
    assertRefused("DECIMAL scale must be between 0 and the precision 5, was 7", () -> decimal(5, 7));
    assertRefused("DECIMAL scale must be between 0 and the precision 5, was -1", () -> decimal(5, -1));
    assertEquals("DECIMAL(5,5)", decimal(5, 5).toString());
    assertEquals("DECIMAL(5,0)", decimal(5, 0).toString());
  }

  @Test
  void namesAndRawTypesMustNotBeBlank() {
    assertRefused("table name must not be blank, was ' '", () -> table(" "));
    assertRefused("column name must not be blank, was null", () -> column(null, BIGINT));
    assertRefused("column id needs a type, was null", () -> column("id", null));
    assertRefused("index name must not be blank, was ''", () -> index("", "a"));
    assertRefused("raw(...) needs an SQL type, was blank", () -> raw("  "));
  }

  @Test
  void aRawTypeIsGivenPerDatabaseFamily() {
    assertEquals("RAW{postgresql 'jsonb', mysql 'JSON', sqlite 'TEXT'}",
        raw(Dialect.SQLITE, "TEXT").on(Dialect.POSTGRESQL, "jsonb").on(Dialect.MYSQL, "JSON").toString());
    assertEquals("RAW{postgresql 'tsvector', other 'TEXT'}", raw("TEXT").on(Dialect.POSTGRESQL, "tsvector").toString());
    assertEquals(raw(Dialect.MYSQL, "JSON"), raw(Dialect.MYSQL, "JSON"));
    assertRefused("the raw type RAW{mysql 'JSON'} has an SQL type for MYSQL already",
        () -> raw(Dialect.MYSQL, "JSON").on(Dialect.MYSQL, "LONGTEXT"));
    assertRefused("a raw type needs an SQL type, was blank", () -> raw(Dialect.MYSQL, " "));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> BIGINT.on(Dialect.MYSQL, "JSON"));
    assertEquals("on(MYSQL, ...) gives the SQL of a raw(...) type on one database; BIGINT is rendered by each"
        + " database already", e.getMessage());
  }

  @Test
  void indexesAndForeignKeysNeedColumns() {
    assertRefused("index idx_a needs at least one column", () -> index("idx_a"));
    assertRefused("unique constraint uq_a needs at least one column", () -> unique("uq_a"));
    assertRefused("foreign key fk_a needs at least one column", () -> foreignKey("fk_a"));
    assertRefused("index idx_a names a blank column: [a, ]", () -> index("idx_a", "a", ""));
  }

  @Test
  void aForeignKeyReferencesAsManyColumnsAsItHas() {
    assertRefused("foreign key fk_a has 2 column(s) [a, b] but references 1 [id] of table users; name as many"
        + " referenced columns as columns", () -> foreignKey("fk_a", "a", "b").references("users", "id"));
  }

  @Test
  void aForeignKeyWithoutReferencesCannotBeUsed() {
    ForeignKeyBuilder dangling = foreignKey("fk_a", "a");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> table("t").column(column("a", BIGINT)).foreignKey(dangling));
    assertEquals("foreign key fk_a [a] references nothing: complete it with .references(table, columns...)",
        e.getMessage());
  }

  @Test
  void aTableNamesEachColumnIndexAndForeignKeyOnce() {
    TableBuilder t = table("t").column(column("a", BIGINT)).index(index("idx_a", "a"))
        .foreignKey(foreignKey("fk_a", "a").references("u", "id"));
    assertRefused("table t already has a column a; give each column its own name",
        () -> t.column(column("a", varchar(5))));
    assertRefused("table t already has an index idx_a; give each index its own name",
        () -> t.index(unique("idx_a", "a")));
    assertRefused("table t already has a foreign key fk_a; give each foreign key its own name",
        () -> t.foreignKey(foreignKey("fk_a", "a").references("v", "id")));
    assertEquals(List.of("a"), Defs.def(t).columnNames());
  }

  private static void assertRefused(String message, Executable call) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }
}
