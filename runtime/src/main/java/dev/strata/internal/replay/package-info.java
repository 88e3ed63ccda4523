/** Internal: the in-memory replay of operations into a schema state. Not API. */
package dev.strata.internal.replay;
