/**
 * Internal: the JSON codec (Jackson) of the schema manifest {@code META-INF/strata/schema.json}
 * and of the snapshot the generator writes. Never on a production class path. Not API: it may
 * change in any release.
 */
package dev.strata.internal.manifest;
