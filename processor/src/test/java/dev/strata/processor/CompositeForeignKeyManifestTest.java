package dev.strata.processor;

import static dev.strata.processor.Compiled.schemaOf;
import static dev.strata.processor.Compiled.table;
import static dev.strata.processor.Sources.java;
import static dev.strata.processor.Sources.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.annotations.ReferentialAction;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.naming.Names;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Class-level {@code @ForeignKey}: what the manifest holds. */
class CompositeForeignKeyManifestTest {

  private static final String SLOT = "@Key String room; @Key int slot; String label;";

  @Test
  void referencedColumnsDefaultToTheTargetsKeyInKeyOrder() {
    SchemaDef schema = schemaOf(
        model("Slot", SLOT),
        java("Booking",
            "@Model",
            "@ForeignKey(columns = {\"slot_room\", \"slot_no\"}, references = Slot.class)",
            "class Booking { @Key long id; String slotRoom; int slotNo; }"));

    assertEquals(List.of(new ForeignKeyDef("fk_bookings_slot_room_slot_no", List.of("slot_room", "slot_no"),
            "slots", List.of("room", "slot"), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION)),
        table(schema, "bookings").foreignKeys());
  }

  @Test
  void namesActionsAndAUniqueIndexAsTheReferencedColumnsAreKept() {
    SchemaDef schema = schemaOf(
        java("Slot",
            "@Model",
            "@Unique(columns = {\"label\", \"room\"})",
            "class Slot { " + SLOT + " }"),
        java("Booking",
            "@Model",
            "@ForeignKey(columns = {\"slot_label\", \"slot_room\"}, references = Slot.class,",
            "    referencedColumns = {\"label\", \"room\"}, name = \"booking_slot_label\",",
            "    onDelete = ReferentialAction.CASCADE, onUpdate = ReferentialAction.SET_NULL)",
            "@ForeignKey(columns = {\"slot_room\", \"slot_no\"}, references = Slot.class,"
                + " referencedColumns = {\"room\", \"slot\"})",
            "class Booking { @Key long id; String slotLabel; String slotRoom; Integer slotNo; }"));

    assertEquals(List.of(
            new ForeignKeyDef("booking_slot_label", List.of("slot_label", "slot_room"), "slots",
                List.of("label", "room"), ReferentialAction.CASCADE, ReferentialAction.SET_NULL),
            new ForeignKeyDef("fk_bookings_slot_room_slot_no", List.of("slot_room", "slot_no"), "slots",
                List.of("room", "slot"), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION)),
        table(schema, "bookings").foreignKeys());
  }

  @Test
  void theModelReferenceExample() {
    // docs/models.md, "@ForeignKey": the same classes, the names its comments give.
    SchemaDef schema = schemaOf(
        java("Slot", "@Model", "public record Slot(@Key String room, @Key int slot, String label) {}"),
        java("Room", "@Model", "@Unique(columns = {\"label\", \"room\"})",
            "public record Room(@Key String code, String label, String room) {}"),
        java("Booking",
            "@Model",
            "@ForeignKey(columns = {\"slot_room\", \"slot_no\"}, references = Slot.class,",
            "    onDelete = ReferentialAction.CASCADE)",
            "@ForeignKey(columns = {\"room_label\", \"slot_room\"}, references = Room.class,",
            "    referencedColumns = {\"label\", \"room\"}, name = \"booking_room\")",
            "public class Booking { @Key long id; String slotRoom; int slotNo; String roomLabel; }"));

    assertEquals("uq_rooms_label_room", table(schema, "rooms").indexes().get(0).name());
    assertEquals(List.of(
            new ForeignKeyDef("booking_room", List.of("room_label", "slot_room"), "rooms", List.of("label", "room"),
                ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION),
            new ForeignKeyDef("fk_bookings_slot_room_slot_no", List.of("slot_room", "slot_no"), "slots",
                List.of("room", "slot"), ReferentialAction.CASCADE, ReferentialAction.NO_ACTION)),
        table(schema, "bookings").foreignKeys());
  }

  @Test
  void aSingleColumnForeignKeyOnTheClassIsLikeReferences() {
    SchemaDef schema = schemaOf(
        model("Author", "@Key long id;"),
        java("Book",
            "@Model",
            "@ForeignKey(columns = \"author_id\", references = Author.class)",
            "class Book { @Key long id; long authorId; }"));

    assertEquals(List.of(ForeignKeyDef.of("fk_books_author_id", "author_id", "authors", "id")),
        table(schema, "books").foreignKeys());
  }

  @Test
  void aLongDefaultNameIsCutWithAHashSuffix() {
    SchemaDef schema = schemaOf(
        model("Slot", SLOT),
        java("Booking",
            "@Model",
            "@ForeignKey(columns = {\"the_room_this_booking_is_for\", \"the_slot_number_of_that_room\"},"
                + " references = Slot.class)",
            "class Booking { @Key long id; String theRoomThisBookingIsFor; int theSlotNumberOfThatRoom; }"));

    String name = table(schema, "bookings").foreignKeys().get(0).name();
    assertEquals(Names.limit("fk_bookings_the_room_this_booking_is_for_the_slot_number_of_that_room"), name);
    assertEquals(Names.MAX_IDENTIFIER_LENGTH, name.length());
    assertTrue(name.startsWith("fk_bookings_the_room_this_booking_is_for_the_slot_"), name);
  }

  @Test
  void aTargetCompiledEarlierIsReadFromItsClassFile(@TempDir Path root) {
    BuildDirectory build = new BuildDirectory(root);
    build.source("Slot", "@Model", "@Unique(columns = {\"label\", \"room\"})", "class Slot { " + SLOT + " }");
    assertTrue(build.compile("Slot").success());

    build.source("Booking",
        "@Model",
        "@ForeignKey(columns = {\"a\", \"b\"}, references = Slot.class, referencedColumns = {\"label\", \"room\"})",
        "class Booking { @Key long id; String a; String b; }");
    assertTrue(build.compile("Booking").success(), () -> build.compile("Booking").diagnostics().toString());

    assertEquals(List.of(new ForeignKeyDef("fk_bookings_a_b", List.of("a", "b"), "slots",
            List.of("label", "room"), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION)),
        table(build.schema(), "bookings").foreignKeys());
  }
}
