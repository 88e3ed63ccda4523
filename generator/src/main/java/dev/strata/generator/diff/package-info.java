/**
 * The pure diff between two schemas ({@link dev.strata.generator.diff.SchemaDiff}): its ordered
 * changes with their inverses, and the refusals that stop generation, in the diff's own words
 * (tools add their own advice). No I/O, no database.
 */
package dev.strata.generator.diff;
