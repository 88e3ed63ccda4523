/**
 * The Java source of generated migrations (JavaPoet), their names and versions, and the
 * snapshot ({@code snapshot.json}) written with them. Development time only, like the rest of the
 * generator.
 */
package dev.strata.generator.codegen;
