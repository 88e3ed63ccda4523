package dev.strata.internal.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.Database;
import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import java.sql.DatabaseMetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DialectsTest {

  @ParameterizedTest
  @CsvSource({
      "SQLite, 3.54.1, SQLITE",
      "PostgreSQL, 15.20 (Debian 15.20-0+deb12u1), POSTGRESQL",
      "MySQL, 8.0.36, MYSQL",
      "MySQL, 8.4.2-commercial, MYSQL",
      "MySQL, 5.5.5-10.11.19-MariaDB-0+deb12u1, MARIADB",
      "MySQL, 5.5.5-10.6.16-MariaDB, MARIADB",
      "MySQL, 11.4.2-MariaDB-log, MARIADB",
      "MariaDB, 10.11.6-MariaDB, MARIADB",
  })
  void productNameAndVersionGiveTheDatabase(String product, String version, Database expected) {
    assertEquals(expected, Dialects.databaseOf(product, version));
  }

  @Test
  void unsupportedDatabaseNamesTheSupportedOnes() {
    StrataException e = assertThrows(StrataException.class,
        () -> Dialects.databaseOf("Microsoft SQL Server", "16.0"));
    assertEquals(ErrorCode.UNSUPPORTED_DATABASE, e.code());
    assertTrue(e.getMessage().contains("Microsoft SQL Server"), e.getMessage());
    assertTrue(e.getMessage().contains("SQLite, PostgreSQL, MySQL"), e.getMessage());
  }

  @Test
  void eachDatabaseHasItsDialect() {
    for (Database d : Database.values()) {
      assertEquals(d, Dialects.forDatabase(d).database());
    }
    assertTrue(((MysqlDialect) Dialects.forDatabase(Database.MARIADB)).mariadb());
  }

  @Test
  void dialectsByName() {
    assertSame(SqliteDialect.INSTANCE, Dialects.forName("SQLite"));
    assertSame(PostgresDialect.INSTANCE, Dialects.forName("postgres"));
    assertSame(PostgresDialect.INSTANCE, Dialects.forName("postgresql"));
    assertSame(MysqlDialect.MYSQL, Dialects.forName("mysql"));
    assertSame(MysqlDialect.MARIADB, Dialects.forName("MariaDB"));
    StrataException e = assertThrows(StrataException.class, () -> Dialects.forName("oracle"));
    assertEquals(ErrorCode.USAGE, e.code());
    assertTrue(e.getMessage().contains("'oracle'"), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void detectsTheDialectOfALiveConnection(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      SqlDialect dialect = Dialects.detect(db.connection());
      DatabaseMetaData meta = db.connection().getMetaData();
      switch (kind) {
        case SQLITE -> assertSame(SqliteDialect.INSTANCE, dialect);
        case POSTGRESQL -> assertSame(PostgresDialect.INSTANCE, dialect);
        case MYSQL -> assertEquals(
            meta.getDatabaseProductVersion().toLowerCase().contains("mariadb") ? Database.MARIADB : Database.MYSQL,
            dialect.database());
      }
    }
  }
}
