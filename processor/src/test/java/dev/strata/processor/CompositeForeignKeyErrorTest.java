package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.strata.processor.Compiled.compile;
import static dev.strata.processor.ErrorAssertions.assertError;
import static dev.strata.processor.Sources.java;
import static dev.strata.processor.Sources.model;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every compile error of a class-level {@code @ForeignKey}, on the annotation's line. */
class CompositeForeignKeyErrorTest {

  /** Key (room, slot); a unique index (label, room); columns room, slot, label. */
  private static final JavaFileObject SLOT = java("Slot",
      "@Model",
      "@Unique(columns = {\"label\", \"room\"})",
      "class Slot { @Key String room; @Key int slot; String label; }");

  private static JavaFileObject booking(String foreignKey) {
    return java("Booking",
        "@Model",
        foreignKey,
        "class Booking { @Key long id; String slotRoom; int slotNo; String slotLabel; }");
  }

  @Test
  void anUnknownColumnOfTheModel() {
    JavaFileObject booking = booking(
        "@ForeignKey(columns = {\"slot_room\", \"slotNo\"}, references = Slot.class)");

    assertError(compile(SLOT, booking), booking, "@ForeignKey", Messages.FOREIGN_KEY_UNKNOWN_COLUMN,
        "test.Booking", "slotNo", "bookings", "id, slot_room, slot_no, slot_label");
  }

  @Test
  void aColumnListedTwice() {
    JavaFileObject booking = booking(
        "@ForeignKey(columns = {\"slot_room\", \"slot_room\"}, references = Slot.class)");

    assertError(compile(SLOT, booking), booking, "@ForeignKey", Messages.FOREIGN_KEY_REPEATED_COLUMN,
        "test.Booking", "slot_room");
  }

  @Test
  void noColumns() {
    JavaFileObject booking = booking("@ForeignKey(columns = {}, references = Slot.class)");

    assertError(compile(SLOT, booking), booking, "@ForeignKey", Messages.FOREIGN_KEY_NO_COLUMNS, "test.Booking");
  }

  @Test
  void aTargetThatIsNotAModel() {
    JavaFileObject plain = java("Plain", "class Plain { String room; int slot; }");
    JavaFileObject booking = booking(
        "@ForeignKey(columns = {\"slot_room\", \"slot_no\"}, references = Plain.class)");

    assertError(compile(plain, booking), booking, "@ForeignKey", Messages.FOREIGN_KEY_NOT_MODEL,
        "test.Booking", "test.Plain");
  }

  @Test
  void anUnknownReferencedColumn() {
    JavaFileObject booking = booking("@ForeignKey(columns = {\"slot_room\", \"slot_no\"}, references = Slot.class,"
        + " referencedColumns = {\"room\", \"number\"})");

    assertError(compile(SLOT, booking), booking, "@ForeignKey", Messages.FOREIGN_KEY_UNKNOWN_REFERENCED_COLUMN,
        "test.Booking", "number", "slots", "test.Slot", "room, slot, label");
  }

  @Test
  void fewerColumnsThanTheTargetsKey() {
    JavaFileObject booking = booking("@ForeignKey(columns = \"slot_room\", references = Slot.class)");

    assertError(compile(SLOT, booking), booking, "@ForeignKey", Messages.FOREIGN_KEY_COUNT_MISMATCH,
        "test.Booking", 1, "slot_room", 2, "slots", "room, slot");
  }

  @Test
  void referencedColumnsThatAreNeitherTheKeyNorUnique() {
    JavaFileObject booking = booking("@ForeignKey(columns = {\"slot_label\", \"slot_no\"}, references = Slot.class,"
        + " referencedColumns = {\"label\", \"slot\"})");

    assertError(compile(SLOT, booking), booking, "@ForeignKey", Messages.FOREIGN_KEY_NOT_UNIQUE,
        "test.Booking", "label, slot", "slots", "room, slot", "test.Slot");
  }

  @Test
  void theKeysColumnsInAnotherOrder() {
    // PostgreSQL and SQLite would accept (slot, room); MySQL needs an index starting slot, room.
    JavaFileObject booking = booking("@ForeignKey(columns = {\"slot_no\", \"slot_room\"}, references = Slot.class,"
        + " referencedColumns = {\"slot\", \"room\"})");

    assertError(compile(SLOT, booking), booking, "@ForeignKey", Messages.FOREIGN_KEY_NOT_UNIQUE,
        "test.Booking", "slot, room", "slots", "room, slot", "test.Slot");
  }

  @Test
  void aTypeMismatchInOnePair() {
    // slot_label (VARCHAR) pairs with slot (INTEGER) when the lists are out of step.
    JavaFileObject booking = booking("@ForeignKey(columns = {\"slot_room\", \"slot_label\"}, references = Slot.class)");

    assertError(compile(SLOT, booking), booking, "@ForeignKey", Messages.FOREIGN_KEY_TYPE_MISMATCH,
        "test.Booking", "slot_label", "VARCHAR", "slots", "slot", "INTEGER");
  }

  @Test
  void anInvalidName() {
    JavaFileObject booking = booking("@ForeignKey(columns = {\"slot_room\", \"slot_no\"}, references = Slot.class,"
        + " name = \"bad name\")");
    Compilation compilation = compile(SLOT, booking);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("Foreign key name 'bad name' of test.Booking")
        .inFile(booking).onLine(Sources.lineOf(booking, "@ForeignKey"));
  }

  @Test
  void aNameAReferencesAlreadyUses() {
    JavaFileObject author = model("Author", "@Key long id;");
    JavaFileObject book = java("Book",
        "@Model",
        "@ForeignKey(columns = \"editor_id\", references = Author.class, name = \"FK_BOOKS_AUTHOR_ID\")",
        "class Book { @Key long id; @References(Author.class) long authorId; long editorId; }");

    assertError(compile(author, book), book, "@ForeignKey", Messages.DUPLICATE_FOREIGN_KEY,
        "FK_BOOKS_AUTHOR_ID", "books", "books");
  }

  @Test
  void aNameAnotherTablesForeignKeyUses() {
    // MySQL and MariaDB refuse a second constraint of that name anywhere in the database.
    JavaFileObject author = model("Author", "@Key long id;");
    JavaFileObject book = model("Book", "@Key long id;", "@References(value = Author.class, name = \"fk_author\")",
        "long authorId;");
    JavaFileObject review = java("Review",
        "@Model",
        "@ForeignKey(columns = \"author_id\", references = Author.class, name = \"fk_author\")",
        "class Review { @Key long id; long authorId; }");
    Compilation compilation = compile(author, book, review);

    assertError(compilation, review, "@ForeignKey", Messages.DUPLICATE_FOREIGN_KEY, "fk_author", "reviews", "books");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void theErrorIsOnTheRepeatedAnnotationAtFault() {
    JavaFileObject booking = java("Booking",
        "@Model",
        "@ForeignKey(columns = {\"slot_room\", \"slot_no\"}, references = Slot.class)",
        "@ForeignKey(columns = {\"slot_label\", \"slot_roomm\"}, references = Slot.class,"
            + " referencedColumns = {\"label\", \"room\"})",
        "class Booking { @Key long id; String slotRoom; int slotNo; String slotLabel; }");
    Compilation compilation = compile(SLOT, booking);

    assertError(compilation, booking, "slot_roomm", Messages.FOREIGN_KEY_UNKNOWN_COLUMN,
        "test.Booking", "slot_roomm", "bookings", "id, slot_room, slot_no, slot_label");
    assertThat(compilation).hadErrorCount(1);
  }
}
