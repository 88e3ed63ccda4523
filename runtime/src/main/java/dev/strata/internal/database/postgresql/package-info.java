/**
 * Internal: PostgreSQL: DDL, types and defaults as the system catalogs print them, catalog
 * introspection, the history table and the session advisory lock. Not API.
 */
package dev.strata.internal.database.postgresql;
