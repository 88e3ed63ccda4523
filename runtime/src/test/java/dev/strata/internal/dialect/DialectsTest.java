package dev.strata.internal.dialect;

import dev.strata.internal.database.Dialects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.Database;
import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import dev.strata.internal.database.mysql.MysqlDialect;
import dev.strata.internal.database.postgresql.PostgresDialect;
import dev.strata.internal.database.sqlite.SqliteDialect;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The registry: each database found by connection metadata, by name and by {@link Database}. */
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
    assertSame(Dialects.forDatabase(expected), Dialects.detect(connectionReporting(product, version)));
    String name = product.toLowerCase(Locale.ROOT);
    String lowerVersion = version.toLowerCase(Locale.ROOT);
    assertEquals(1, Dialects.all().stream().filter(d -> d.isProduct(name, lowerVersion)).count(),
        "exactly one dialect claims " + product + " " + version);
  }

  @Test
  void unsupportedProductOfAConnectionIsRefused() {
    StrataException e = assertThrows(StrataException.class,
        () -> Dialects.detect(connectionReporting("Oracle", "23.4.0.24.05")));
    assertEquals(ErrorCode.UNSUPPORTED_DATABASE, e.code());
    assertTrue(e.getMessage().contains("'Oracle' 23.4.0.24.05 is not supported"), e.getMessage());
  }

  @Test
  void unreadableMetadataIsAConnectionFailure() {
    Connection broken = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          throw new SQLException("connection is closed");
        });
    StrataException e = assertThrows(StrataException.class, () -> Dialects.detect(broken));
    assertEquals(ErrorCode.CONNECTION_FAILED, e.code());
    assertTrue(e.getMessage().contains("connection is closed"), e.getMessage());
  }

  @Test
  void unsupportedDatabaseNamesTheSupportedOnes() {
    StrataException e = assertThrows(StrataException.class,
        () -> Dialects.databaseOf("Microsoft SQL Server", "16.0"));
    assertEquals(ErrorCode.UNSUPPORTED_DATABASE, e.code());
    assertTrue(e.getMessage().contains("Microsoft SQL Server"), e.getMessage());
    assertTrue(e.getMessage().contains("SQLite, PostgreSQL, MySQL"), e.getMessage());
    assertEquals("SQLite, PostgreSQL, MySQL 8 and MariaDB 10.5 or newer", Dialects.SUPPORTED);
  }

  @Test
  void eachDatabaseHasItsDialect() {
    for (Database d : Database.values()) {
      assertEquals(d, Dialects.forDatabase(d).database());
    }
    assertSame(MysqlDialect.MARIADB, Dialects.forDatabase(Database.MARIADB));
    assertInstanceOf(MysqlDialect.class, Dialects.forDatabase(Database.MARIADB), "MariaDB is a MySQL variant");
    assertEquals(Database.values().length, Dialects.all().size(), "one dialect per database");
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
    assertTrue(e.getMessage().contains("use sqlite, postgresql, mysql or mariadb"), e.getMessage());
    assertSame(MysqlDialect.MYSQL, Dialects.forName("  MySQL "));
  }

  @Test
  void onlySqliteWaitsOutABusyDatabase() {
    assertTrue(Dialects.isBusy(new SQLException("[SQLITE_BUSY] The database file is locked", null, 5)));
    assertTrue(SqliteDialect.INSTANCE.isBusy(new SQLException("database is locked")));
    assertTrue(!Dialects.isBusy(new SQLException("relation does not exist", "42P01")));
    assertTrue(!PostgresDialect.INSTANCE.isBusy(new SQLException("database is locked")));
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

  /** A connection whose metadata reports {@code product} and {@code version}, and nothing else. */
  private static Connection connectionReporting(String product, String version) {
    DatabaseMetaData meta = (DatabaseMetaData) Proxy.newProxyInstance(DialectsTest.class.getClassLoader(),
        new Class<?>[] {DatabaseMetaData.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getDatabaseProductName" -> product;
          case "getDatabaseProductVersion" -> version;
          default -> throw new UnsupportedOperationException(method.getName());
        });
    return (Connection) Proxy.newProxyInstance(DialectsTest.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          if (method.getName().equals("getMetaData")) {
            return meta;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }
}
