package dev.strata.internal.dialect;

import dev.strata.Database;
import dev.strata.ErrorCode;
import dev.strata.StrataException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/** Finds the dialect of a database. */
public final class Dialects {

  /** The databases Strata supports, as said in errors. */
  public static final String SUPPORTED = "SQLite, PostgreSQL, MySQL 8 and MariaDB 10.5 or newer";

  private Dialects() {}

  /**
   * The dialect of the database behind {@code connection}, from its metadata. MariaDB reached
   * through MySQL Connector/J reports product "MySQL" with a version such as
   * {@code 5.5.5-10.11.6-MariaDB}; it is told apart by that version.
   *
   * @throws StrataException {@link ErrorCode#UNSUPPORTED_DATABASE} for any other product,
   *     {@link ErrorCode#CONNECTION_FAILED} when the metadata cannot be read
   */
  public static SqlDialect detect(Connection connection) {
    try {
      DatabaseMetaData meta = connection.getMetaData();
      return forDatabase(databaseOf(meta.getDatabaseProductName(), meta.getDatabaseProductVersion()));
    } catch (SQLException e) {
      throw new StrataException(ErrorCode.CONNECTION_FAILED,
          "cannot read the database product from the connection: " + e.getMessage(), e);
    }
  }

  /**
   * The database a JDBC product name and version describe.
   *
   * @throws StrataException {@link ErrorCode#UNSUPPORTED_DATABASE} naming the supported ones
   */
  public static Database databaseOf(String productName, String productVersion) {
    String name = productName == null ? "" : productName.trim().toLowerCase(Locale.ROOT);
    String version = productVersion == null ? "" : productVersion.toLowerCase(Locale.ROOT);
    if (name.equals("sqlite")) {
      return Database.SQLITE;
    }
    if (name.equals("postgresql")) {
      return Database.POSTGRESQL;
    }
    if (name.equals("mariadb") || (name.equals("mysql") && version.contains("mariadb"))) {
      return Database.MARIADB;
    }
    if (name.equals("mysql")) {
      return Database.MYSQL;
    }
    throw new StrataException(ErrorCode.UNSUPPORTED_DATABASE, "database '" + productName + "' "
        + productVersion + " is not supported; Strata works with " + SUPPORTED);
  }

  /**
   * The dialect named {@code name}, case-insensitive: {@code sqlite}, {@code postgresql} (or
   * {@code postgres}), {@code mysql}, {@code mariadb}; for options such as
   * {@code sql --dialect}.
   *
   * @throws StrataException {@link ErrorCode#USAGE} for any other name, listing the valid ones
   */
  public static SqlDialect forName(String name) {
    String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "sqlite" -> SqliteDialect.INSTANCE;
      case "postgresql", "postgres" -> PostgresDialect.INSTANCE;
      case "mysql" -> MysqlDialect.MYSQL;
      case "mariadb" -> MysqlDialect.MARIADB;
      default -> throw new StrataException(ErrorCode.USAGE,
          "unknown dialect '" + name + "'; use sqlite, postgresql, mysql or mariadb");
    };
  }

  /** The dialect of {@code database}. */
  public static SqlDialect forDatabase(Database database) {
    return switch (database) {
      case SQLITE -> SqliteDialect.INSTANCE;
      case POSTGRESQL -> PostgresDialect.INSTANCE;
      case MYSQL -> MysqlDialect.MYSQL;
      case MARIADB -> MysqlDialect.MARIADB;
    };
  }
}
