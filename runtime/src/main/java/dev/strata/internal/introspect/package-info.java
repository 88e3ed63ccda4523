/**
 * Internal: live schemas read back into the model, whatever the database: the
 * {@link dev.strata.internal.dialect.Introspector} contract (each database's package reads its
 * own catalog), the join with the replayed schema and the drift report. Not API.
 */
package dev.strata.internal.introspect;
