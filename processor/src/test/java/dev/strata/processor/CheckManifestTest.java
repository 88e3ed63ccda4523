package dev.strata.processor;

import static dev.strata.processor.Compiled.schemaOf;
import static dev.strata.processor.Compiled.table;
import static dev.strata.processor.Sources.java;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.model.TableDef;
import dev.strata.internal.schema.naming.Names;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code @Check} in the manifest: names, expressions, field and class level. */
class CheckManifestTest {

  @Test
  void classChecksAreNumberedInOrderAndFieldChecksNamedByColumn() {
    TableDef table = table(schemaOf(java("Booking",
        "@Model",
        "@Check(\"ends_at > starts_at\")",
        "@Check(name = \"ck_room_or_online\", value = \"room IS NOT NULL OR online\")",
        "@Check(\"  seats <= 100  \")",
        "class Booking {",
        "  @Key long id;",
        "  long startsAt;",
        "  long endsAt;",
        "  @Column(nullable = true) String room;",
        "  boolean online;",
        "  @Check(\"seats > 0\") int seats;",
        "  @Check(name = \"ck_price\", value = \"price >= 0\") @Check(\"price < 1000000\") long price;",
        "}")), "bookings");

    // The third class-level check is ck_bookings_3: named checks count, so naming one renames no other.
    assertEquals(List.of(
            CheckDef.of("ck_bookings_1", "ends_at > starts_at"),
            CheckDef.of("ck_bookings_3", "seats <= 100"),
            CheckDef.of("ck_bookings_price", "price < 1000000"),
            CheckDef.of("ck_bookings_seats", "seats > 0"),
            CheckDef.of("ck_price", "price >= 0"),
            CheckDef.of("ck_room_or_online", "room IS NOT NULL OR online")),
        table.checks());
  }

  @Test
  void recordComponentsCarryChecks() {
    TableDef table = table(schemaOf(java("Payment",
        "@Model",
        "record Payment(@Key long id, @Check(\"amt >= 0\") @Column(name = \"amt\") long amount) {}")),
        "payments");

    assertEquals(List.of(CheckDef.of("ck_payments_amt", "amt >= 0")), table.checks());
  }

  @Test
  void aLongDefaultNameIsCutWithAHash() {
    String longTable = "t".repeat(60);
    TableDef table = table(schemaOf(java("Wide",
        "@Model(table = \"" + longTable + "\")",
        "@Check(\"x > 0\")",
        "class Wide {",
        "  @Key long id;",
        "  @Check(\"x < 10\") int x;",
        "}")), longTable);

    List<String> names = table.checks().stream().map(CheckDef::name).toList();
    assertEquals(List.of(Names.limit("ck_" + longTable + "_1"), Names.limit("ck_" + longTable + "_x")).stream()
        .sorted().toList(), names);
    names.forEach(n -> assertEquals(true, n.length() <= Names.MAX_IDENTIFIER_LENGTH, n));
  }
}
