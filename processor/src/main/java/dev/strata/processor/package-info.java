/**
 * The annotation processor: reads {@code @Model} and {@code @Migration} classes while javac
 * runs, reports compile errors on the elements at fault, and writes the manifest and the
 * migration index. A development-time tool, not API and never on a production class path.
 */
package dev.strata.processor;
