/**
 * Internal: Typed migration operations, the recorder that turns a migration's calls into them,
 * their canonical text and checksum, and {@link
 * dev.strata.internal.operation.Operation.Visitor} for exhaustive dispatch. Not API: it may
 * change in any release.
 */
package dev.strata.internal.operation;
