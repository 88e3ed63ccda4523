/**
 * Internal: Reading a live schema back into the schema model, and comparing it with the schema
 * the applied migrations made (drift). Not API: it may change in any release.
 */
package dev.strata.internal.introspect;
