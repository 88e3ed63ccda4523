/**
 * Development time: {@code generate} as a use case, from the compiled manifest and migrations
 * to a new migration class and snapshot. A development-time tool, not API and never on a
 * production class path.
 */
package dev.strata.generator;
