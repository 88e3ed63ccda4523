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
 * The snapshot {@code generate} writes with each migration ({@code snapshot.json}, by default the
 * resource {@code META-INF/strata/snapshot.json}): the schema after the newest migration, in the
 * manifest format without source classes and rename hints, and the index digest of the migrations
 * it follows from ({@link SnapshotCodec}). Reviewers read it (a diff of it shows what a migration
 * changes); {@code generate} reads it back instead of replaying the migrations, and the annotation
 * processor compares the models with it, when that digest is the compiled index's.
 */
public final class SchemaSnapshot {

  /** The snapshot's file name. */
  public static final String FILE_NAME = "snapshot.json";

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
    return text(file).flatMap(SchemaSnapshot::parse);
  }

  /**
   * The snapshot in {@code file} when it records {@code indexDigest} as what it was derived from;
   * empty otherwise, and then only its digest was parsed, not its schema.
   */
  public static Optional<SnapshotCodec.Snapshot> readIfDerivedFrom(Path file, String indexDigest) {
    return text(file)
        .filter(text -> indexDigest.equals(SnapshotCodec.readIndexDigest(text)))
        .flatMap(SchemaSnapshot::parse);
  }

  private static Optional<String> text(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<SnapshotCodec.Snapshot> parse(String text) {
    try {
      return Optional.of(SnapshotCodec.read(text));
    } catch (ManifestException e) {
      return Optional.empty();
    }
  }
}
