package dev.strata.internal.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.internal.schema.model.SchemaDef;
import java.util.Objects;

/**
 * Reads and writes the schema snapshot that {@code generate} keeps beside the migrations
 * ({@code schema.json}): the manifest format ({@link ManifestCodec}) with, after
 * {@code formatVersion}, what the schema was derived from:
 * {@code "derivedFrom":{"migrationsDigest","newMigration","newMigrationChecksum"}}. A snapshot
 * without it (one derived from a database, or written by an older Strata) reads with
 * {@code derivedFrom} null. Same snapshot, same bytes.
 */
public final class SnapshotCodec {

  private SnapshotCodec() {}

  /**
   * A snapshot.
   *
   * @param schema the schema after the newest migration, without source classes and hints
   * @param derivedFrom the migrations it follows from, or null when unknown
   */
  public record Snapshot(SchemaDef schema, DerivedFrom derivedFrom) {
    public Snapshot {
      Objects.requireNonNull(schema, "schema");
    }
  }

  /**
   * The migrations a snapshot's schema follows from: the compiled migrations of
   * {@code migrationsDigest}, then {@code newMigration}, the migration written with the snapshot.
   *
   * @param migrationsDigest the digest of the compiled migrations the schema was replayed from
   * @param newMigration the fully qualified class name of the migration written with the snapshot
   * @param newMigrationChecksum the checksum of that migration's {@code up()} operations
   */
  public record DerivedFrom(String migrationsDigest, String newMigration, String newMigrationChecksum) {
    public DerivedFrom {
      Objects.requireNonNull(migrationsDigest, "migrationsDigest");
      Objects.requireNonNull(newMigration, "newMigration");
      Objects.requireNonNull(newMigrationChecksum, "newMigrationChecksum");
    }
  }

  /** The snapshot text of {@code snapshot}. */
  public static String write(Snapshot snapshot) {
    return ManifestCodec.print(out -> {
      out.writeStartObject();
      out.writeNumberField("formatVersion", ManifestCodec.FORMAT_VERSION);
      DerivedFrom from = snapshot.derivedFrom();
      if (from != null) {
        out.writeObjectFieldStart("derivedFrom");
        out.writeStringField("migrationsDigest", from.migrationsDigest());
        out.writeStringField("newMigration", from.newMigration());
        out.writeStringField("newMigrationChecksum", from.newMigrationChecksum());
        out.writeEndObject();
      }
      ManifestCodec.writeTables(out, snapshot.schema().withoutHints());
      out.writeEndObject();
    });
  }

  /**
   * Reads snapshot text; a {@code derivedFrom} that lacks a field reads as null.
   *
   * @throws ManifestException when the text is not JSON, not a manifest, or of another format
   *     version
   */
  public static Snapshot read(String json) {
    JsonNode root = ManifestCodec.tree(json);
    SchemaDef schema = ManifestCodec.schema(root);
    JsonNode from = root.path("derivedFrom");
    String digest = from.path("migrationsDigest").textValue();
    String migration = from.path("newMigration").textValue();
    String checksum = from.path("newMigrationChecksum").textValue();
    boolean complete = digest != null && migration != null && checksum != null;
    return new Snapshot(schema, complete ? new DerivedFrom(digest, migration, checksum) : null);
  }
}
