/**
 * Internal: the history table {@code strata_schema_history}, in portable SQL except for the DDL
 * and timestamps each database provides. Not API.
 */
package dev.strata.internal.history;
