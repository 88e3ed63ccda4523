/**
 * Internal: SQLite, the embedded default: DDL with table rebuilds where {@code ALTER TABLE} falls
 * short, storage classes, {@code pragma} introspection, the history table and the exclusive
 * transaction that serves as run lock. Not API.
 */
package dev.strata.internal.database.sqlite;
