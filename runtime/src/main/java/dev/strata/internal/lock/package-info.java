/**
 * Internal: the lock that keeps Strata runners on one database apart and scopes each migration
 * within a run. Each database's package implements it. Not API.
 */
package dev.strata.internal.lock;
