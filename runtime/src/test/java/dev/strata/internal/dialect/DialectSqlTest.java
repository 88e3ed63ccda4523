package dev.strata.internal.dialect;

import static dev.strata.ddl.Ddl.*;
import static dev.strata.fixtures.UserTable.NONE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.Database;
import dev.strata.annotations.Dialect;
import dev.strata.fixtures.Defs;
import dev.strata.internal.database.mysql.MysqlDialect;
import dev.strata.internal.database.postgresql.PostgresDialect;
import dev.strata.internal.database.sqlite.SqliteDialect;
import dev.strata.internal.operation.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every dialect writes in its own way: identifiers, raw SQL, type names. */
class DialectSqlTest {

  @Test
  void identifiersAreQuotedWithTheirQuoteDoubled() {
    assertEquals("\"a\"\"b\"", SqliteDialect.INSTANCE.quote("a\"b"));
    assertEquals("\"user\"", PostgresDialect.INSTANCE.quote("user"));
    assertEquals("`a``b`", MysqlDialect.MYSQL.quote("a`b"));
  }

  @Test
  void rawSqlRunsOnlyWhereItsDatabaseAccepts() {
    Operation forMysql = new Operation.ExecuteSql(Database.MYSQL, "SELECT 1");
    Operation forMariadb = new Operation.ExecuteSql(Database.MARIADB, "SELECT 1");
    Operation forAll = new Operation.ExecuteSql(null, "SELECT 1");
    assertEquals(List.of("SELECT 1"), MysqlDialect.MARIADB.render(forMysql, NONE));
    assertEquals(List.of("SELECT 1"), MysqlDialect.MARIADB.render(forMariadb, NONE));
    assertEquals(List.of("SELECT 1"), MysqlDialect.MYSQL.render(forMysql, NONE));
    assertEquals(List.of(), MysqlDialect.MYSQL.render(forMariadb, NONE));
    assertEquals(List.of(), PostgresDialect.INSTANCE.render(forMysql, NONE));
    assertEquals(List.of("SELECT 1"), SqliteDialect.INSTANCE.render(forAll, NONE));
    assertEquals(List.of(), SqliteDialect.INSTANCE.render(new Operation.RunCode(c -> { }), NONE));
  }

  @Test
  void typeTables() {
    assertEquals("TIMESTAMP WITH TIME ZONE", PostgresDialect.INSTANCE.sqlType(Defs.def(TIMESTAMP_TZ)));
    assertEquals("NUMERIC(19,2)", PostgresDialect.INSTANCE.sqlType(Defs.def(decimal(19, 2))));
    assertEquals("BYTEA", PostgresDialect.INSTANCE.sqlType(Defs.def(BLOB)));
    assertEquals("CHAR(36)", MysqlDialect.MYSQL.sqlType(Defs.def(UUID)));
    assertEquals("DATETIME(6)", MysqlDialect.MYSQL.sqlType(Defs.def(TIMESTAMP)));
    assertEquals("TIMESTAMP(6)", MysqlDialect.MYSQL.sqlType(Defs.def(TIMESTAMP_TZ)));
    assertEquals("LONGBLOB", MysqlDialect.MYSQL.sqlType(Defs.def(BLOB)));
    assertEquals("NUMERIC", SqliteDialect.INSTANCE.sqlType(Defs.def(decimal(19, 2))));
    assertEquals("TEXT", SqliteDialect.INSTANCE.sqlType(Defs.def(UUID)));
    assertEquals("jsonb", PostgresDialect.INSTANCE.sqlType(Defs.def(raw("jsonb"))));
  }

  @Test
  void aByteIsTheSmallestIntegerEachDatabaseHas() {
    assertEquals("TINYINT", MysqlDialect.MYSQL.sqlType(Defs.def(TINYINT)));
    assertEquals("TINYINT", MysqlDialect.MARIADB.sqlType(Defs.def(TINYINT)));
    assertEquals("SMALLINT", PostgresDialect.INSTANCE.sqlType(Defs.def(TINYINT)));
    assertEquals("INTEGER", SqliteDialect.INSTANCE.sqlType(Defs.def(TINYINT)));
  }

  @Test
  void aRawTypeGivenPerDatabaseIsWrittenInEachDatabasesOwnSql() {
    var json = Defs.def(raw(Dialect.POSTGRESQL, "jsonb").on(Dialect.MYSQL, "JSON").on(Dialect.SQLITE, "TEXT"));
    assertEquals("jsonb", PostgresDialect.INSTANCE.sqlType(json));
    assertEquals("JSON", MysqlDialect.MYSQL.sqlType(json));
    assertEquals("JSON", MysqlDialect.MARIADB.sqlType(json));
    assertEquals("TEXT", SqliteDialect.INSTANCE.sqlType(json));
    var search = Defs.def(raw("TEXT").on(Dialect.POSTGRESQL, "tsvector"));
    assertEquals("tsvector", PostgresDialect.INSTANCE.sqlType(search));
    assertEquals("TEXT", MysqlDialect.MYSQL.sqlType(search));
    // MySQL takes a literal default of a JSON column only as an expression.
    assertEquals(List.of("ALTER TABLE `t` ADD COLUMN `j` JSON NOT NULL DEFAULT ('{}')"), MysqlDialect.MYSQL.render(
        new Operation.AddColumn("t", Defs.def(column("j", raw(Dialect.MYSQL, "JSON")).defaultValue("'{}'"))), NONE));
  }

  @Test
  void aRawTypeWithoutSqlForADatabaseSaysSoWhenItIsWrittenThere() {
    var pgOnly = Defs.def(raw(Dialect.POSTGRESQL, "jsonb"));
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> SqliteDialect.INSTANCE.sqlType(pgOnly));
    assertEquals("the column type RAW{postgresql 'jsonb'} has no SQL type for sqlite: give one for it, or one for"
        + " the other databases", e.getMessage());
  }
}
