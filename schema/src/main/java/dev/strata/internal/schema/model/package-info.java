/**
 * Internal: the immutable schema model: schema, tables, columns, logical column types, keys,
 * indexes and foreign keys ({@code *Def} values), shared by the processor, the runtime and the
 * generator. Not API: it may change in any release.
 */
package dev.strata.internal.schema.model;
