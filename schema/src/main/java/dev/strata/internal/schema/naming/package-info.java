/**
 * Internal: Naming rules: default table, column, index and constraint names, identifier checks,
 * migration versions. Not API: it may change in any release.
 */
package dev.strata.internal.schema.naming;
