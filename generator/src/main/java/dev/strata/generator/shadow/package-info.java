/**
 * The temporary shadow database the migrations are replayed into, and reading a migrated
 * database back into a schema. Development time only.
 */
package dev.strata.generator.shadow;
