/**
 * Internal: What every database provides (DDL rendering, types, introspection, history SQL,
 * lock, literal quoting) and the registry that picks a database from JDBC metadata or a name.
 * Not API: it may change in any release.
 */
package dev.strata.internal.dialect;
