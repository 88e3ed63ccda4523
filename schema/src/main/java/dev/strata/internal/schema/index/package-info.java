/**
 * Internal: the migration index {@code META-INF/strata/migrations} the processor writes and the
 * runtime reads. Not API: it may change in any release.
 */
package dev.strata.internal.schema.index;
