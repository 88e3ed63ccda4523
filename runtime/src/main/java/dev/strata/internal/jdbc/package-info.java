/**
 * Internal: Database URLs ({@code sqlite:path}, {@code postgresql://...}, {@code jdbc:...}) and
 * a data source over them, with passwords kept out of messages. Not API: it may change in any
 * release.
 */
package dev.strata.internal.jdbc;
