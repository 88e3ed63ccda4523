/**
 * Internal: one package per supported database, each holding everything Strata knows about it.
 * Not API.
 *
 * <p>A database's package has one public class, its {@link dev.strata.internal.dialect.SqlDialect}
 * (usually extending {@link dev.strata.internal.dialect.BaseDialect}), and package-private helpers
 * behind it: the type mapping and default spelling ({@code XTypes}), the catalog reader
 * ({@code XIntrospector}), the history table SQL ({@code XHistorySql}) and the run lock
 * ({@code XRunLock}). A variant of a database (MariaDB of MySQL) is a subclass in the same package
 * that overrides where the variant differs.
 *
 * <p>Adding a database: a {@link dev.strata.Database} constant for {@code executeSql}, a package
 * here with its dialect and helpers, and the dialect's entry in
 * {@link dev.strata.internal.database.Dialects}. Nothing else picks among databases.
 */
package dev.strata.internal.database;
