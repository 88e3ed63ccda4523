/**
 * Internal: the commands behind {@link dev.strata.Migrator} (migrate, status, validate, rollback,
 * baseline, repair, reset), the history joined with the code, the run lock and the execution of
 * each migration as one unit. Not API.
 */
package dev.strata.internal.runner;
