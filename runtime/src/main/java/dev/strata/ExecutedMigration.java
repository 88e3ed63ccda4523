package dev.strata;

/**
 * A migration that {@code migrate()} applied or {@code rollback()} rolled back in this run.
 *
 * @param version the version
 * @param description the description
 * @param executionMs how long its statements ran, in milliseconds
 */
public record ExecutedMigration(String version, String description, long executionMs) {}
