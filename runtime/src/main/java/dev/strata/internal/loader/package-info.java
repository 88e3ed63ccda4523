/**
 * Internal: Loading migrations from the compiled migration index: class, version, description,
 * the recorded operations and their checksum. Not API: it may change in any release.
 */
package dev.strata.internal.loader;
