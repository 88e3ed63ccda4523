/**
 * Writing migrations as Java source (JavaPoet) and the snapshot beside them; the only package
 * that uses JavaPoet. A development-time tool, not API and never on a production class path.
 */
package dev.strata.generator.codegen;
