/**
 * Internal: the runner: the commands behind {@link dev.strata.Migrator} (migrate, status,
 * validate, rollback, baseline, repair, reset), locking, validation of history against code,
 * and transactions per migration. {@link dev.strata.internal.runner.Runner} is the one entry
 * point the API delegates to. Not API: it may change in any release.
 */
package dev.strata.internal.runner;
