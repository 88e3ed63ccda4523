/**
 * Internal: finding migrations through the compiled migration index and instantiating them, with
 * their recorded operations and checksum. Not API.
 */
package dev.strata.internal.loader;
