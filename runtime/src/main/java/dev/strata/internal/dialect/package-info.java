/**
 * Internal: what every database provides ({@link dev.strata.internal.dialect.SqlDialect}), the
 * rendering they share, and the registry that picks one by connection metadata or name
 * ({@link dev.strata.internal.database.Dialects}). The databases themselves are in
 * {@code dev.strata.internal.database.*}. Not API.
 */
package dev.strata.internal.dialect;
