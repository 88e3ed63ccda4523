/**
 * The Java source of generated migrations (JavaPoet), their names and versions, and the
 * {@code schema.json} snapshot written beside them. Development time only, like the rest of the
 * generator.
 */
package dev.strata.generator.codegen;
