package dev.strata;

import java.time.Instant;

/**
 * One line of a {@link StatusReport}: a migration in the code, a row in the history table, or both.
 *
 * @param version the version
 * @param description the description from the code, else from the history row
 * @param state where it stands
 * @param className the migration class, or null when it is not in the code
 * @param checksum the checksum of the code's {@code up()}, or null when it is not in the code
 * @param appliedChecksum the checksum recorded in the history table, or null when there is no row
 * @param installedAt when it was applied (UTC), or null when there is no row
 * @param executionMs how long it ran, in milliseconds, or null when there is no row
 * @param installedBy who applied it, or null when there is no row
 * @param failedStatement the statement that failed for a {@link MigrationState#FAILED} row, else null
 */
public record MigrationStatus(
    String version,
    String description,
    MigrationState state,
    String className,
    String checksum,
    String appliedChecksum,
    Instant installedAt,
    Long executionMs,
    String installedBy,
    String failedStatement) {}
