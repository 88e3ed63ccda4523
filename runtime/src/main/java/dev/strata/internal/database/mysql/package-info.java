/**
 * Internal: MySQL 8 and MariaDB 10.5+, MariaDB as a variant of the MySQL dialect: DDL for InnoDB,
 * types and defaults as {@code information_schema} prints them, its introspection, the history
 * table and the {@code GET_LOCK} run lock. Not API.
 */
package dev.strata.internal.database.mysql;
