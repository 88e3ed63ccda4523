package dev.strata.internal.operation;

import static dev.strata.ddl.Ddl.BIGINT;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.raw;
import static dev.strata.ddl.Ddl.table;
import static dev.strata.ddl.Ddl.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ErrorCode;
import dev.strata.Migration;
import dev.strata.MigrationContext;
import dev.strata.StrataException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recording turns whatever {@code up()} or {@code down()} throws into one error naming where. */
class OperationRecorderTest {
  private static final String SUBJECT = "migration 5 (V5__test)";

  @Test
  void aValidMigrationIsRecordedInOrder() {
    List<Operation> ops = OperationRecorder.up(db -> {
      db.createTable(table("t").column(column("id", BIGINT)));
      db.dropColumn("t", "id");
    }, SUBJECT);
    assertEquals(List.of("createTable t", "dropColumn t.id"), ops.stream().map(Operation::label).toList());
  }

  /**
   * The checksum of a migration with raw types, as the release before raw types per database
   * computed it: a migration applied then still matches its history row.
   */
  @Test
  void rawTypesKeepTheirCanonicalFormAndChecksum() {
    List<Operation> ops = OperationRecorder.up(db -> {
      db.createTable(table("docs").column(column("id", BIGINT)).column(column("body", raw("jsonb")).nullable())
          .primaryKey("id"));
      db.addColumn("docs", column("extra", raw(" TEXT ")));
    }, SUBJECT);
    assertEquals(List.of("createTable docs{id:BIGINT notnull, body:RAW(jsonb) null; pk=[id]; ; }",
        "addColumn docs extra:RAW(TEXT) notnull"), ops.stream().map(Operation::canonical).toList());
    assertEquals("e367fba3018f976d4c412421387b8cd3bbd2b93e9529339247f812ffc800346a", OperationRecorder.checksum(ops));
  }

  @Test
  void aBuilderFailureNamesTheMigrationThePositionAndTheCall() {
    Migration broken = new Migration() {
      @Override
      public void up(MigrationContext db) {
        db.dropTable("old");
        db.addColumn("t", column("name", varchar(0)));
      }
    };
    StrataException e = assertThrows(StrataException.class, () -> OperationRecorder.up(broken, SUBJECT));
    assertEquals(ErrorCode.INVALID_MIGRATION, e.code());
    assertTrue(e.getMessage().startsWith(SUBJECT + ": up() threw while its operations were recorded, at operation 2"
        + " (in Ddl.varchar, OperationRecorderTest.java:"), e.getMessage());
    assertTrue(e.getMessage().contains("; after dropTable old): VARCHAR length must be > 0, was 0.\n"
        + "Nothing of it was applied"), e.getMessage());
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
  }

  @Test
  void aBlankNameFailsAtTheContextCall() {
    StrataException e = assertThrows(StrataException.class,
        () -> OperationRecorder.up(db -> db.dropTable(null), SUBJECT));
    assertEquals(ErrorCode.INVALID_MIGRATION, e.code());
    assertTrue(e.getMessage().contains("at operation 1 (in db.dropTable, OperationRecorderTest.java:"), e.getMessage());
    assertTrue(e.getMessage().contains("): dropTable needs a table name, was null."), e.getMessage());
  }

  @Test
  void aStrataExceptionKeepsItsCodeAndGainsThePosition() {
    StrataException own = new StrataException(ErrorCode.USAGE, "not configured");
    StrataException e = assertThrows(StrataException.class, () -> OperationRecorder.up(db -> {
      throw own;
    }, SUBJECT));
    assertEquals(ErrorCode.USAGE, e.code());
    assertTrue(e.getMessage().startsWith(SUBJECT + ": up() threw while its operations were recorded, at operation 1"),
        e.getMessage());
    assertSame(own, e.getCause());
  }

  @Test
  void aMissingDownPassesUnchangedAndAFailingDownIsNamed() {
    Migration upOnly = db -> db.dropTable("t");
    StrataException irreversible = assertThrows(StrataException.class, () -> OperationRecorder.down(upOnly, SUBJECT));
    assertEquals(ErrorCode.IRREVERSIBLE, irreversible.code());
    assertTrue(irreversible.getMessage().contains("has no down()"), irreversible.getMessage());

    Migration failingDown = new Migration() {
      @Override
      public void up(MigrationContext db) {}

      @Override
      public void down(MigrationContext db) {
        throw new UnsupportedOperationException("manual step");
      }
    };
    StrataException e = assertThrows(StrataException.class, () -> OperationRecorder.down(failingDown, SUBJECT));
    assertEquals(ErrorCode.INVALID_MIGRATION, e.code());
    assertTrue(e.getMessage().contains("down() threw while its operations were recorded, at operation 1"
        + " (OperationRecorderTest.java:"), e.getMessage());
    assertTrue(e.getMessage().contains("java.lang.UnsupportedOperationException: manual step.\n"
        + "Nothing was rolled back"), e.getMessage());
    assertTrue(e.getMessage().endsWith("Fix down() and run again."), e.getMessage());
  }
}
