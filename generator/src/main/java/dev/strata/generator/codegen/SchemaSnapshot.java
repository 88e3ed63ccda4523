package dev.strata.generator.codegen;

import dev.strata.internal.manifest.ManifestCodec;
import dev.strata.internal.schema.model.SchemaDef;

/**
 * The readable snapshot written beside the migrations as {@code schema.json}: the schema after the
 * newest migration, in the manifest format, without source classes and rename hints. It is
 * documentation for reviewers (a diff of it shows what a migration changes); Strata never reads
 * it back.
 */
public final class SchemaSnapshot {

  /** The snapshot's file name, in the migrations folder. */
  public static final String FILE_NAME = "schema.json";

  private SchemaSnapshot() {}

  /** The snapshot text of {@code schema}: same schema, same bytes. */
  public static String render(SchemaDef schema) {
    return ManifestCodec.write(schema.withoutHints());
  }
}
