/**
 * The values migrations pass to {@link dev.strata.MigrationContext}: tables, columns, types,
 * indexes and foreign keys, made with the static factories of {@link dev.strata.ddl.Ddl}. Builders
 * are immutable and check their values as they are made, throwing
 * {@link java.lang.IllegalArgumentException} (or {@link java.lang.IllegalStateException} for a
 * foreign key used without {@code references(...)}); the runner reports such a failure as a
 * {@link dev.strata.StrataException} with {@link dev.strata.ErrorCode#INVALID_MIGRATION} naming the
 * migration, the operation and the line.
 */
package dev.strata.ddl;
