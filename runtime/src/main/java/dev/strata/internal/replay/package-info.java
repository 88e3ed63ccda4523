/**
 * Internal: In-memory replay: a fold of operations over a schema value, without a database. Not
 * API: it may change in any release.
 */
package dev.strata.internal.replay;
