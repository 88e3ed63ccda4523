package dev.strata.internal.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.annotations.ReferentialAction;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.LogicalType;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotCodecTest {

  private static final SnapshotCodec.DerivedFrom FROM =
      new SnapshotCodec.DerivedFrom("ab12");

  private static SchemaDef schema() {
    TableDef users = TableDef.named("users")
        .withSourceClass("com.example.User")
        .withColumn(ColumnDef.of("id", ColumnType.of(LogicalType.BIGINT)).withAuto(true))
        .withColumn(ColumnDef.of("bio", ColumnType.raw("TEXT")).withNullable(true).withRenamedFrom("about"))
        .withColumn(ColumnDef.of("score", ColumnType.decimal(10, 3)).withDefaultValue("0"))
        .withPrimaryKey(List.of("id"))
        .withIndex(IndexDef.of("idx_users_score", false, "score"));
    TableDef posts = TableDef.named("posts")
        .withColumn(ColumnDef.of("id", ColumnType.of(LogicalType.INTEGER)))
        .withColumn(ColumnDef.of("user_id", ColumnType.of(LogicalType.BIGINT)))
        .withForeignKey(new ForeignKeyDef("fk_posts_user_id", List.of("user_id"), "users", List.of("id"),
            ReferentialAction.CASCADE, ReferentialAction.NO_ACTION));
    return new SchemaDef(List.of(users, posts));
  }

  @Test
  void roundTripWithoutHintsAndWithWhatItWasDerivedFrom() {
    String text = SnapshotCodec.write(new SnapshotCodec.Snapshot(schema(), FROM));
    assertEquals(new SnapshotCodec.Snapshot(schema().withoutHints(), FROM), SnapshotCodec.read(text));
    assertTrue(text.startsWith("{\n  \"formatVersion\" : 1,\n  \"derivedFrom\" : {\n"
        + "    \"indexDigest\" : \"ab12\"\n  },\n  \"tables\" : ["), text);
    assertEquals(text, SnapshotCodec.write(SnapshotCodec.read(text)));
  }

  @Test
  void aSnapshotIsAManifestAndAManifestASnapshotDerivedFromNothingKnown() {
    String snapshot = SnapshotCodec.write(new SnapshotCodec.Snapshot(schema(), FROM));
    assertEquals(schema().withoutHints(), ManifestCodec.read(snapshot));

    String manifest = ManifestCodec.write(schema().withoutHints());
    assertEquals(manifest, SnapshotCodec.write(new SnapshotCodec.Snapshot(schema(), null)));
    assertEquals(new SnapshotCodec.Snapshot(schema().withoutHints(), null), SnapshotCodec.read(manifest));
  }

  @Test
  void aDerivationWithoutADigestReadsAsUnknown() {
    String text = SnapshotCodec.write(new SnapshotCodec.Snapshot(schema(), FROM))
        .replace("\"indexDigest\" : \"ab12\"", "\"other\" : \"ab12\"");
    assertNull(SnapshotCodec.read(text).derivedFrom());
    assertNull(SnapshotCodec.readIndexDigest(text));
  }

  @Test
  void theIndexDigestAloneIsReadWithoutTheSchema() {
    assertEquals("ab12", SnapshotCodec.readIndexDigest(SnapshotCodec.write(new SnapshotCodec.Snapshot(schema(), FROM))));
    assertEquals("ab12", SnapshotCodec.readIndexDigest("{\"formatVersion\":1,\"derivedFrom\":{\"other\":{\"a\":[1]},"
        + "\"indexDigest\":\"ab12\"},\"tables\":[]}"));
    assertNull(SnapshotCodec.readIndexDigest(ManifestCodec.write(schema())));
    assertNull(SnapshotCodec.readIndexDigest("{not json"));
    assertNull(SnapshotCodec.readIndexDigest("[]"));
  }

  @Test
  void notASnapshotIsReported() {
    assertThrows(ManifestException.class, () -> SnapshotCodec.read("{not json"));
    assertThrows(ManifestException.class, () -> SnapshotCodec.read("{\"formatVersion\":2,\"tables\":[]}"));
  }
}
