package dev.strata.processor;

import static dev.strata.processor.Compiled.schemaOf;
import static dev.strata.processor.Compiled.table;
import static dev.strata.processor.Sources.java;
import static dev.strata.processor.Sources.model;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.annotations.ReferentialAction;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import dev.strata.internal.schema.naming.Names;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Indexes, unique constraints and foreign keys. */
class IndexAndForeignKeyManifestTest {

  @Test
  void fieldIndexesGetDefaultNames() {
    TableDef table = table(schemaOf(model("User",
        "@Key long id;",
        "@Index String name;",
        "@Index(unique = true) String login;",
        "@Unique String email;")), "users");

    assertEquals(List.of(
            IndexDef.of("idx_users_name", false, "name"),
            IndexDef.of("uq_users_email", true, "email"),
            IndexDef.of("uq_users_login", true, "login")),
        table.indexes());
  }

  @Test
  void givenNamesAreUsed() {
    TableDef table = table(schemaOf(model("User",
        "@Key long id;",
        "@Index(name = \"by_name\") String name;",
        "@Unique(name = \"one_email\") String email;")), "users");

    assertEquals(List.of(
            IndexDef.of("by_name", false, "name"),
            IndexDef.of("one_email", true, "email")),
        table.indexes());
  }

  @Test
  void classLevelIndexesAreRepeatableAndKeepColumnOrder() {
    TableDef table = table(schemaOf(java("Event",
        "@Model",
        "@Index(columns = {\"starts_at\", \"room\"})",
        "@Index(name = \"by_room\", columns = \"room\", unique = true)",
        "@Unique(columns = {\"room\", \"slot\"})",
        "@Unique(name = \"one_title\", columns = \"title\")",
        "class Event {",
        "  @Key long id;",
        "  String room;",
        "  int slot;",
        "  LocalDateTime startsAt;",
        "  String title;",
        "}")), "events");

    assertEquals(List.of(
            IndexDef.of("by_room", true, "room"),
            IndexDef.of("idx_events_starts_at_room", false, "starts_at", "room"),
            IndexDef.of("one_title", true, "title"),
            IndexDef.of("uq_events_room_slot", true, "room", "slot")),
        table.indexes());
  }

  @Test
  void singleClassLevelUniqueIsRead() {
    TableDef table = table(schemaOf(java("Seat",
        "@Model",
        "@Unique(columns = {\"row_no\", \"number\"})",
        "class Seat {",
        "  @Key long id;",
        "  int rowNo;",
        "  int number;",
        "}")), "seats");

    assertEquals(List.of(IndexDef.of("uq_seats_row_no_number", true, "row_no", "number")), table.indexes());
  }

  @Test
  void longDefaultNamesAreCutWithAHash() {
    String longColumn = "a_very_long_column_name_that_goes_on_and_on";
    TableDef table = table(schemaOf(java("Measurement",
        "@Model",
        "@Index(columns = {\"" + longColumn + "\", \"id\"})",
        "class Measurement {",
        "  @Key long id;",
        "  @Column(name = \"" + longColumn + "\") double value;",
        "}")), "measurements");

    String name = table.indexes().get(0).name();
    assertEquals(Names.MAX_IDENTIFIER_LENGTH, name.length());
    assertEquals(Names.indexName("measurements", List.of(longColumn, "id")), name);
  }

  @Test
  void referencesPointAtTheTargetKey() {
    SchemaDef schema = schemaOf(
        model("Author", "@Key @Auto long id;"),
        model("Book", "@Key @Auto long id;", "@References(Author.class) long authorId;"));

    assertEquals(
        List.of(ForeignKeyDef.of("fk_books_author_id", "author_id", "authors", "id")),
        table(schema, "books").foreignKeys());
  }

  @Test
  void aReferenceMayNameItsConstraint() {
    SchemaDef schema = schemaOf(
        model("Author", "@Key @Auto long id;"),
        model("Book", "@Key @Auto long id;", "@References(value = Author.class, name = \"books_author_fkey\") long authorId;"));

    assertEquals(
        List.of(ForeignKeyDef.of("books_author_fkey", "author_id", "authors", "id")),
        table(schema, "books").foreignKeys());
  }

  @Test
  void referencesCarryTheirActions() {
    SchemaDef schema = schemaOf(
        model("Author", "@Key long id;"),
        model("Book",
            "@Key long id;",
            "@References(value = Author.class, onDelete = ReferentialAction.CASCADE,"
                + " onUpdate = ReferentialAction.RESTRICT) long authorId;",
            "@References(value = Author.class, onDelete = ReferentialAction.SET_NULL,"
                + " onUpdate = ReferentialAction.SET_DEFAULT) Optional<Long> editorId;",
            "@References(Author.class) Long reviewerId;"));

    List<ForeignKeyDef> fks = table(schema, "books").foreignKeys();
    assertEquals(List.of(
            fk("fk_books_author_id", "author_id", ReferentialAction.CASCADE, ReferentialAction.RESTRICT),
            fk("fk_books_editor_id", "editor_id", ReferentialAction.SET_NULL, ReferentialAction.SET_DEFAULT),
            fk("fk_books_reviewer_id", "reviewer_id", ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION)),
        fks);
  }

  private static ForeignKeyDef fk(String name, String column, ReferentialAction onDelete, ReferentialAction onUpdate) {
    return new ForeignKeyDef(name, List.of(column), "authors", List.of("id"), onDelete, onUpdate);
  }

  @Test
  void referencesMayNameAUniqueColumn() {
    SchemaDef schema = schemaOf(
        model("Country", "@Key long id;", "@Unique @Column(length = 2) String code;"),
        model("City", "@Key long id;", "@References(value = Country.class, column = \"code\") String countryCode;"));

    assertEquals(
        List.of(ForeignKeyDef.of("fk_cities_country_code", "country_code", "countries", "code")),
        table(schema, "cities").foreignKeys());
  }

  @Test
  void referencesMayNameOneColumnOfACompositeKeyTargetWhenUnique() {
    SchemaDef schema = schemaOf(
        java("Slot",
            "@Model",
            "@Unique(columns = \"code\")",
            "class Slot {",
            "  @Key long day;",
            "  @Key int hour;",
            "  String code;",
            "}"),
        model("Booking", "@Key long id;", "@References(value = Slot.class, column = \"code\") String slotCode;"));

    assertEquals("slots", table(schema, "bookings").foreignKeys().get(0).referencedTable());
  }

  @Test
  void aModelMayReferenceItself() {
    SchemaDef schema = schemaOf(model("Node",
        "@Key @Auto long id;",
        "@References(Node.class) Optional<Long> parentId;"));

    assertEquals(
        List.of(ForeignKeyDef.of("fk_nodes_parent_id", "parent_id", "nodes", "id")),
        table(schema, "nodes").foreignKeys());
  }

  @Test
  void referencesUseTheTargetsTableNameAndKeyColumn() {
    SchemaDef schema = schemaOf(
        java("Team",
            "@Model(table = \"squads\")",
            "record Team(@Key @Column(name = \"squad_no\") int number, String name) {}"),
        java("Player",
            "@Model",
            "record Player(@Key long id, @References(Team.class) int team) {}"));

    assertEquals(
        List.of(ForeignKeyDef.of("fk_players_team", "team", "squads", "squad_no")),
        table(schema, "players").foreignKeys());
  }
}
