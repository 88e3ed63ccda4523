/**
 * Internal: the history table {@code strata_schema_history}: its DDL, rows, reads and writes.
 * Not API: it may change in any release.
 */
package dev.strata.internal.history;
