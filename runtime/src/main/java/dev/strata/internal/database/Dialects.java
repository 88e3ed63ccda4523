package dev.strata.internal.database;

import dev.strata.internal.dialect.Introspector;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.Database;
import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.internal.database.mysql.MysqlDialect;
import dev.strata.internal.database.postgresql.PostgresDialect;
import dev.strata.internal.database.sqlite.SqliteDialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * The registry of supported databases: the one place that lists them, and finds a dialect by
 * connection metadata, by name or by {@link Database}. Adding a database is adding its package
 * under {@code dev.strata.internal.database} and its dialect to the list below.
 */
public final class Dialects {

  private static final List<SqlDialect> ALL = List.of(
      SqliteDialect.INSTANCE,
      PostgresDialect.INSTANCE,
      MysqlDialect.MYSQL,
      MysqlDialect.MARIADB);

  /** The databases Strata supports, as said in errors. */
  public static final String SUPPORTED = supported();

  private Dialects() {}

  /** Every supported database's dialect, in a fixed order. */
  public static List<SqlDialect> all() {
    return ALL;
  }

  /**
   * The dialect of the database behind {@code connection}, from its metadata. MariaDB reached
   * through MySQL Connector/J reports product "MySQL" with a version such as
   * {@code 5.5.5-10.11.6-MariaDB}; it is told apart by that version.
   *
   * @throws StrataException {@link ErrorCode#UNSUPPORTED_DATABASE} for any other product,
   *     {@link ErrorCode#CONNECTION_FAILED} when the metadata cannot be read
   */
  public static SqlDialect detect(Connection connection) {
    String productName;
    String productVersion;
    try {
      DatabaseMetaData meta = connection.getMetaData();
      productName = meta.getDatabaseProductName();
      productVersion = meta.getDatabaseProductVersion();
    } catch (SQLException e) {
      throw new StrataException(ErrorCode.CONNECTION_FAILED,
          "cannot read the database product from the connection: " + e.getMessage(), e);
    }
    return forProduct(productName, productVersion);
  }

  /**
   * The database a JDBC product name and version describe.
   *
   * @throws StrataException {@link ErrorCode#UNSUPPORTED_DATABASE} naming the supported ones
   */
  public static Database databaseOf(String productName, String productVersion) {
    return forProduct(productName, productVersion).database();
  }

  /**
   * The dialect of a JDBC product name and version, as {@link DatabaseMetaData} reports them.
   *
   * @throws StrataException {@link ErrorCode#UNSUPPORTED_DATABASE} naming the supported ones
   */
  public static SqlDialect forProduct(String productName, String productVersion) {
    String name = productName == null ? "" : productName.trim().toLowerCase(Locale.ROOT);
    String version = productVersion == null ? "" : productVersion.trim().toLowerCase(Locale.ROOT);
    return ALL.stream().filter(d -> d.isProduct(name, version)).findFirst()
        .orElseThrow(() -> new StrataException(ErrorCode.UNSUPPORTED_DATABASE, "database '" + productName
            + "' " + productVersion + " is not supported; Strata works with " + SUPPORTED));
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
    return ALL.stream().filter(d -> d.names().contains(n)).findFirst()
        .orElseThrow(() -> new StrataException(ErrorCode.USAGE, "unknown dialect '" + name + "'; use "
            + inWords(ALL.stream().map(d -> d.names().get(0)).toList(), "or")));
  }

  /** The dialect of {@code database}. */
  public static SqlDialect forDatabase(Database database) {
    return ALL.stream().filter(d -> d.database() == database).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no dialect for " + database));
  }

  /**
   * The introspector for the database behind {@code connection}: its dialect's, found from the
   * connection's metadata.
   *
   * @throws StrataException {@link ErrorCode#UNSUPPORTED_DATABASE} for an unsupported database,
   *     {@link ErrorCode#CONNECTION_FAILED} when the metadata cannot be read
   */
  public static Introspector introspector(Connection connection) {
    return detect(connection).introspector(connection);
  }

  /**
   * Whether any supported database reads {@code e} as "another connection holds the database"
   * ({@link SqlDialect#isBusy}); for the start-up probe, which runs before the database is known.
   */
  public static boolean isBusy(SQLException e) {
    return ALL.stream().anyMatch(d -> d.isBusy(e));
  }

  private static String supported() {
    return inWords(ALL.stream().map(d -> d.minimumVersion().isEmpty() ? d.displayName()
        : d.displayName() + " " + d.minimumVersion()).toList(), "and") + " or newer";
  }

  /** "a, b and c". */
  private static String inWords(List<String> items, String conjunction) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
        + items.get(items.size() - 1);
  }
}
