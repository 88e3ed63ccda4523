package dev.strata.internal.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.internal.database.Dialects;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import java.sql.Connection;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HistoryTableTest {

  private static List<HistoryRow> read(HistoryTable table, Connection c) throws Exception {
    return table.readAll(c).orElseThrow().stream().sorted(Comparator.comparing(HistoryRow::version)).toList();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void rowsRoundTripWithEveryColumn(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      Connection c = db.connection();
      HistoryTable table = HistoryTable.of(Dialects.detect(c).historySql());
      assertEquals(Optional.empty(), HistoryTable.probe(c));
      assertEquals(Optional.empty(), table.readAll(c));

      table.createIfAbsent(c);
      table.createIfAbsent(c);
      HistoryRow ok = new HistoryRow("20260101120000", "create users", "a".repeat(64),
          Instant.parse("2026-01-31T23:59:58.123Z"), 1234, true, "alice", null);
      HistoryRow failed = new HistoryRow("20260102120000", "d".repeat(300), "b".repeat(64),
          Instant.parse("2026-02-01T00:00:00.007Z"), 5, false, "bob", "ALTER TABLE x\n-- boom");
      table.insert(c, ok);
      table.insert(c, failed);

      List<HistoryRow> rows = read(table, c);
      assertEquals(ok, rows.get(0));
      assertEquals(new HistoryRow(failed.version(), "d".repeat(255), failed.checksum(), failed.installedAt(), 5,
          false, "bob", failed.failedStatement()), rows.get(1), "a long description is cut to the column");
      assertEquals(List.of(new HistoryRow(ok.version(), null, ok.checksum(), null, 0, true, null, null),
          new HistoryRow(failed.version(), null, failed.checksum(), null, 0, false, null, null)),
          HistoryTable.probe(c).orElseThrow().stream().sorted(Comparator.comparing(HistoryRow::version)).toList());

      table.realign(c, ok.version(), "c".repeat(64), "renamed");
      table.markFailed(c, ok.version(), "DROP TABLE y");
      HistoryRow changed = read(table, c).get(0);
      assertEquals("c".repeat(64), changed.checksum());
      assertEquals("renamed", changed.description());
      assertFalse(changed.success());
      assertEquals("DROP TABLE y", changed.failedStatement());

      assertTrue(table.delete(c, failed.version()));
      assertFalse(table.delete(c, failed.version()));
      assertEquals(1, read(table, c).size());
      table.drop(c);
      assertEquals(Optional.empty(), HistoryTable.probe(c));
    }
  }
}
