/**
 * Internal: the typed operations a migration records ({@link dev.strata.internal.operation.Operation},
 * dispatched through its visitor), the recorder that collects them from {@code up()} and
 * {@code down()}, and their checksum. Not API.
 */
package dev.strata.internal.operation;
