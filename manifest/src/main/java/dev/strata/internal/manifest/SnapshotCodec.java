package dev.strata.internal.manifest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.internal.schema.model.SchemaDef;
import java.io.IOException;
import java.util.Objects;

/**
 * Reads and writes the schema snapshot that {@code generate} keeps as a resource
 * ({@code META-INF/strata/snapshot.json} by default): the manifest format ({@link ManifestCodec})
 * with, after {@code formatVersion}, the migration index it follows from:
 * {@code "derivedFrom":{"indexDigest":"<64 hex digits>"}}, the index digest
 * ({@link dev.strata.internal.schema.index.MigrationIndex#digestOf}) of the migrations whose replay
 * gives the snapshot's schema. A snapshot without it (one derived from a database, or written by an
 * older Strata) reads with {@code derivedFrom} null. Same snapshot, same bytes.
 *
 * <p>Build-time only: the generator and the annotation processor read it, an application never.
 */
public final class SnapshotCodec {

  /** Where the snapshot is kept among the resources (and so in the class output). */
  public static final String RESOURCE_PATH = "META-INF/strata/snapshot.json";

  private static final JsonFactory FACTORY = new JsonFactory();

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
   * The migrations a snapshot's schema follows from.
   *
   * @param indexDigest the index digest of those migrations (64 lowercase hex digits), as the
   *     processor writes it on the migration index's first line once they are all compiled
   */
  public record DerivedFrom(String indexDigest) {
    public DerivedFrom {
      Objects.requireNonNull(indexDigest, "indexDigest");
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
        out.writeStringField("indexDigest", from.indexDigest());
        out.writeEndObject();
      }
      ManifestCodec.writeTables(out, snapshot.schema().withoutHints());
      out.writeEndObject();
    });
  }

  /**
   * Reads snapshot text; a {@code derivedFrom} without an index digest reads as null.
   *
   * @throws ManifestException when the text is not JSON, not a manifest, or of another format
   *     version
   */
  public static Snapshot read(String json) {
    JsonNode root = ManifestCodec.tree(json);
    SchemaDef schema = ManifestCodec.schema(root);
    String digest = root.path("derivedFrom").path("indexDigest").textValue();
    return new Snapshot(schema, digest == null ? null : new DerivedFrom(digest));
  }

  /**
   * Only the index digest of snapshot text, read with the streaming parser up to the
   * {@code tables} that follow it, so deciding whether a snapshot can be trusted costs no tree
   * and no schema; null when the snapshot records none or is not readable JSON (it is then not
   * trusted).
   */
  public static String readIndexDigest(String json) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("derivedFrom") && value == JsonToken.START_OBJECT) {
          for (JsonToken inner = parser.nextToken(); inner == JsonToken.FIELD_NAME; inner = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken v = parser.nextToken();
            if (name.equals("indexDigest") && v == JsonToken.VALUE_STRING) {
              return parser.getText();
            }
            parser.skipChildren();
          }
          return null;
        }
        if (field.equals("tables")) {
          return null;
        }
        parser.skipChildren();
      }
      return null;
    } catch (IOException e) {
      return null;
    }
  }
}
