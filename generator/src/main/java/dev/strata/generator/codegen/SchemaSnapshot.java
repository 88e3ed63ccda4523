package dev.strata.generator.codegen;

import dev.strata.internal.manifest.ManifestException;
import dev.strata.internal.manifest.SnapshotCodec;
import dev.strata.internal.schema.model.SchemaDef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The snapshot written beside the migrations as {@code schema.json}: the schema after the newest
 * migration, in the manifest format without source classes and rename hints, and what it was
 * derived from ({@link SnapshotCodec}). Reviewers read it (a diff of it shows what a migration
 * changes); {@code generate} reads it back instead of replaying the migrations when it follows
 * from exactly the compiled ones.
 */
public final class SchemaSnapshot {

  /** The snapshot's file name, in the migrations folder. */
  public static final String FILE_NAME = "schema.json";

  private SchemaSnapshot() {}

  /** The snapshot text of {@code schema}, derived from nothing known: same schema, same bytes. */
  public static String render(SchemaDef schema) {
    return render(schema, null);
  }

  /** The snapshot text of {@code schema}, derived from {@code derivedFrom} (null: unknown). */
  public static String render(SchemaDef schema, SnapshotCodec.DerivedFrom derivedFrom) {
    return SnapshotCodec.write(new SnapshotCodec.Snapshot(schema, derivedFrom));
  }

  /**
   * The snapshot in {@code file}; empty when there is none, or it cannot be read or parsed (it is
   * rewritten with the next migration, and until then the migrations are replayed instead).
   */
  public static Optional<SnapshotCodec.Snapshot> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(SnapshotCodec.read(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException | ManifestException e) {
      return Optional.empty();
    }
  }
}
