package dev.strata.internal.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.internal.manifest.ManifestCodec;
import dev.strata.internal.manifest.ManifestException;
import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.LogicalType;
import dev.strata.annotations.ReferentialAction;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestCodecTest {

  private static SchemaDef sample() {
    TableDef users = TableDef.named("users")
        .withSourceClass("com.example.User")
        .withColumn(ColumnDef.of("id", ColumnType.of(LogicalType.BIGINT)).withAuto(true))
        .withColumn(ColumnDef.of("email", ColumnType.varchar(255)))
        .withColumn(ColumnDef.of("bio", ColumnType.raw("TEXT")).withNullable(true).withRenamedFrom("about"))
        .withColumn(ColumnDef.of("score", ColumnType.decimal(10, 3)).withDefaultValue("0"))
        .withColumn(ColumnDef.of("age", ColumnType.of(LogicalType.TINYINT)))
        .withColumn(ColumnDef.of("settings", ColumnType.raw(null,
            java.util.Map.of(dev.strata.annotations.Dialect.MYSQL, "JSON", dev.strata.annotations.Dialect.POSTGRESQL,
                "jsonb", dev.strata.annotations.Dialect.SQLITE, "TEXT"))).withNullable(true))
        .withPrimaryKey(List.of("id"))
        .withIndex(IndexDef.of("uq_users_email", true, "email"))
        .withIndex(IndexDef.of("idx_users_score", false, "score"))
        .withIndex(new IndexDef("uq_users_bio", List.of("bio"), true, "bio IS NOT NULL"))
        .withIndex(new IndexDef("idx_users_active", List.of("email"), false, "score > 0"));
    TableDef posts = TableDef.named("posts")
        .withColumn(ColumnDef.of("id", ColumnType.of(LogicalType.INTEGER)))
        .withColumn(ColumnDef.of("user_id", ColumnType.of(LogicalType.BIGINT)))
        .withPrimaryKey(List.of("id"))
        .withForeignKey(new ForeignKeyDef("fk_posts_user_id", List.of("user_id"), "users", List.of("id"),
            ReferentialAction.CASCADE, ReferentialAction.NO_ACTION))
        .withCheck(CheckDef.of("ck_posts_id", "id > 0"))
        .withCheck(CheckDef.of("ck_posts_1", "user_id <> id OR \"id\" IS NULL"))
        .withRenamedFrom("articles");
    return new SchemaDef(List.of(users, posts));
  }

  @Test
  void roundTripsEveryField() {
    SchemaDef schema = sample();
    String json = ManifestCodec.write(schema);
    assertEquals(schema, ManifestCodec.read(json));
    assertEquals(json, ManifestCodec.write(ManifestCodec.read(json)));
  }

  @Test
  void writesSortedTablesWithUnixLineEnds() {
    String json = ManifestCodec.write(sample());
    assertTrue(json.startsWith("{\n  \"formatVersion\" : 1,"), json);
    assertTrue(json.indexOf("\"posts\"") < json.indexOf("\"users\""));
    assertTrue(!json.contains("\r") && json.endsWith("}\n"));
    assertTrue(json.contains("\"type\" : \"RAW{postgresql 'jsonb', mysql 'JSON', sqlite 'TEXT'}\""), json);
  }

  @Test
  void writesChecksSortedByNameAndOnlyForTablesThatHaveThem() {
    String json = ManifestCodec.write(sample());
    int usersAt = json.indexOf("\"name\" : \"users\"");
    String posts = json.substring(json.indexOf("\"name\" : \"posts\""), usersAt);
    String users = json.substring(usersAt);
    assertTrue(posts.indexOf("\"ck_posts_1\"") < posts.indexOf("\"ck_posts_id\""), posts);
    assertTrue(posts.contains("\"expression\" : \"user_id <> id OR \\\"id\\\" IS NULL\""), posts);
    assertTrue(!users.contains("\"checks\""), users);
  }

  @Test
  void writesThePredicateOfAPartialIndexOnlyAndReadsItBack() {
    String json = ManifestCodec.write(sample());
    assertTrue(json.contains("\"where\" : \"score > 0\""), json);
    assertTrue(json.contains("\"where\" : \"bio IS NOT NULL\""), json);
    // An index over every row has no "where" field, so older manifests keep their bytes.
    assertEquals(2, json.split("\"where\"", -1).length - 1, json);
    TableDef users = ManifestCodec.read(json).table("users").orElseThrow();
    assertEquals("score > 0", users.index("idx_users_active").orElseThrow().where());
    assertEquals(null, users.index("idx_users_score").orElseThrow().where());
  }

  @Test
  void rejectsAnotherFormatVersion() {
    ManifestException e = assertThrows(ManifestException.class,
        () -> ManifestCodec.read("{\"formatVersion\":2,\"tables\":[]}"));
    assertTrue(e.getMessage().contains("formatVersion 2"), e.getMessage());
  }

  @Test
  void columnTypesParseTheirTextForm() {
    for (String text : List.of("INTEGER", "VARCHAR(20)", "CHAR(1)", "DECIMAL(19,2)", "RAW(NUMERIC(10,3))", "TIMESTAMP_TZ")) {
      assertEquals(text, ColumnType.parse(text).toString());
    }
    assertThrows(IllegalArgumentException.class, () -> ColumnType.parse("WHATEVER"));
  }
}
