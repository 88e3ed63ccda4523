/**
 * The pure diff of two schema values into ordered operations, with the renames, refusals and
 * impacts it finds. A development-time tool, not API and never on a production class path.
 */
package dev.strata.generator.diff;
