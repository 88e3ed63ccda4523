/**
 * The migration API: {@link dev.strata.Migrator} applies migrations ({@code
 * Migrator.applyPending(dataSource)} at start-up), {@link dev.strata.Migration} and {@link
 * dev.strata.MigrationContext} are what a migration implements and calls, and every failure is
 * a {@link dev.strata.StrataException} with an {@link dev.strata.ErrorCode}. This package and
 * {@code dev.strata.ddl} are what applications compile against.
 */
package dev.strata;
