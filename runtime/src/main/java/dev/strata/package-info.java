/**
 * The API applications and migrations compile against: {@link dev.strata.Migrator} (start-up call
 * {@code Migrator.applyPending(dataSource)} and the commands), {@link dev.strata.Migration} and
 * {@link dev.strata.MigrationContext} for writing migrations, the result types, and
 * {@link dev.strata.StrataException} with its {@link dev.strata.ErrorCode}, the one exception every
 * command throws. The DDL builders migrations use are in {@link dev.strata.ddl}; everything under
 * {@code dev.strata.internal} is no API and appears in no signature here.
 */
package dev.strata;
