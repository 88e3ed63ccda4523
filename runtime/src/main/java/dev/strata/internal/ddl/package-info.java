/** Internal: the bridge from the public DDL builders to the schema model. Not API. */
package dev.strata.internal.ddl;
