package dev.strata.generator.codegen;

import static dev.strata.ddl.Ddl.INTEGER;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.foreignKey;
import static dev.strata.ddl.Ddl.table;
import static dev.strata.ddl.Ddl.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ddl.ForeignKeyBuilder;
import dev.strata.fixtures.Defs;
import dev.strata.internal.schema.model.SchemaDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which foreign keys an adopted model says, with {@code @References} or {@code @ForeignKey}, and which it leaves out. */
class ModelSourceForeignKeyTest {

  /** slots: columns room, slot; key (room, slot). */
  private static ModelSource.Rendered bookings(ForeignKeyBuilder... foreignKeys) {
    var bookings = table("bookings")
        .column(column("id", INTEGER))
        .column(column("slot_room", varchar(20)))
        .column(column("slot_no", INTEGER))
        .primaryKey("id");
    for (ForeignKeyBuilder fk : foreignKeys) {
      bookings = bookings.foreignKey(fk);
    }
    SchemaDef schema = new SchemaDef(List.of(
        Defs.def(bookings),
        Defs.def(table("slots").column(column("room", varchar(20))).column(column("slot", INTEGER))
            .primaryKey("room", "slot"))));
    return ModelSource.render(schema, "m").stream().filter(r -> r.table().name().equals("bookings"))
        .findFirst().orElseThrow();
  }

  @Test
  void aCompositeForeignKeyToTheKeyIsAClassLevelForeignKey() {
    ModelSource.Rendered rendered = bookings(foreignKey("fk_bookings_slot_room_slot_no", "slot_room", "slot_no")
        .references("slots", "room", "slot"));

    assertTrue(rendered.source().contains(
        "@ForeignKey(\n    columns = {\"slot_room\", \"slot_no\"},\n    references = Slot.class\n)\n"), rendered.source());
    assertEquals(List.of(), rendered.notModelled());
    assertEquals(1, rendered.table().foreignKeys().size());
  }

  @Test
  void aSecondForeignKeyOnOneColumnIsAClassLevelForeignKey() {
    ModelSource.Rendered rendered = bookings(
        foreignKey("fk_bookings_slot_room_slot_no", "slot_room", "slot_no").references("slots", "room", "slot"),
        foreignKey("fk_bookings_id", "id").references("bookings", "id"),
        foreignKey("fk_bookings_id_again", "id").references("bookings", "id"));

    assertTrue(rendered.source().contains("@References(Booking.class) int id"), rendered.source());
    assertTrue(rendered.source().contains("@ForeignKey(\n    columns = \"id\",\n    references = Booking.class,\n"
        + "    name = \"fk_bookings_id_again\"\n)"), rendered.source());
    assertEquals(List.of(), rendered.notModelled());
  }

  @Test
  void theKeysColumnsInAnotherOrderAreLeftOutAndNamed() {
    // PostgreSQL and SQLite accept this; the processor does not, as MySQL would not.
    ModelSource.Rendered rendered = bookings(foreignKey("fk_swapped", "slot_no", "slot_room")
        .references("slots", "slot", "room"));

    assertEquals(List.of("table bookings: foreign key fk_swapped (slot_no, slot_room) -> slots (slot, room)"
        + " references neither the key nor a unique index of slots column for column in its order, which a"
        + " model cannot say; it is left out"), rendered.notModelled());
    assertEquals(List.of(), rendered.table().foreignKeys());
    assertTrue(!rendered.source().contains("ForeignKey"), rendered.source());
  }

  @Test
  void aPairOfColumnsOfDifferentTypesIsLeftOutAndNamed() {
    // A database would refuse this pair; one it accepts (INTEGER referencing BIGINT on
    // PostgreSQL) takes the same path.
    ModelSource.Rendered rendered = bookings(foreignKey("fk_bookings_slot_no_slot_room", "slot_no", "slot_room")
        .references("slots", "room", "slot"));

    assertEquals(List.of("table bookings: foreign key fk_bookings_slot_no_slot_room (slot_no, slot_room) -> slots"
        + " (room, slot) pairs slot_no INTEGER with slots.room VARCHAR, which the annotation processor refuses;"
        + " it is left out"), rendered.notModelled());
    assertEquals(List.of(), rendered.table().foreignKeys());
  }
}
