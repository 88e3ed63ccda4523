/**
 * The {@code generate} use case, for tools (the command line, a build plugin): {@link
 * dev.strata.generator.Generator} compares the models with the migrations and writes the
 * difference as a migration class; its {@link dev.strata.generator.GenerateOutcome} says what
 * happened, {@link dev.strata.generator.GenerateMessages} words it in a tool's terms ({@link
 * dev.strata.generator.Advice}), and {@link dev.strata.generator.SqlScript} renders operations as
 * one database's SQL. Development time only: never on a production class path.
 */
package dev.strata.generator;
