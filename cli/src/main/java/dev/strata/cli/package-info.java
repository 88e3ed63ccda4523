/**
 * The {@code strata} command line (picocli). A development-time tool, not API and never on a
 * production class path.
 */
package dev.strata.cli;
