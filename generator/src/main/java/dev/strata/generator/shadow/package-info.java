/**
 * The shadow database: existing migrations applied to a throw-away database that is read back
 * and dropped, so hand-written SQL is taken into account. A development-time tool, not API and
 * never on a production class path.
 */
package dev.strata.generator.shadow;
