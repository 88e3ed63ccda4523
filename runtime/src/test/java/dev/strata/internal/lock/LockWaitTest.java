package dev.strata.internal.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.fixtures.LogCapture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The order and content of the messages of a wait, with attempts that return at once. */
class LockWaitTest {
  @RegisterExtension final LogCapture log = new LogCapture("dev.strata");
  private final List<LogRecord> records = log.records();

  @Test
  void warnsAtTheStartThenReportsEachFailedSliceWithTheCurrentHolder() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    AtomicInteger asked = new AtomicInteger();
    List<Duration> slices = new ArrayList<>();

    boolean got = LockWait.await("the lock L", Duration.ofMinutes(10), slice -> {
      slices.add(slice);
      return attempts.incrementAndGet() == 3;
    }, () -> "session " + asked.incrementAndGet());

    assertTrue(got);
    assertEquals(3, attempts.get());
    assertTrue(slices.stream().allMatch(LockWait.REPORT_EVERY::equals), slices.toString());
    assertEquals(List.of(Level.WARNING, Level.INFO, Level.INFO), records.stream().map(LogRecord::getLevel).toList());
    assertEquals("Waiting for the lock L, held by session 1; giving up after 600 s.", records.get(0).getMessage());
    assertTrue(records.get(1).getMessage().startsWith("Still waiting for the lock L after "), records.get(1).getMessage());
    assertTrue(records.get(1).getMessage().endsWith(" s of 600 s, held by session 2."), records.get(1).getMessage());
    assertTrue(records.get(2).getMessage().endsWith("held by session 3."), records.get(2).getMessage());
  }

  @Test
  void givesUpAtTheTimeoutAndSaysWhenTheHolderIsNotVisible() throws Exception {
    boolean got = LockWait.await("the lock L", Duration.ofNanos(1), slice -> false, () -> null);

    assertFalse(got);
    assertEquals(1, records.size());
    assertTrue(records.get(0).getMessage().contains("held by a session the database does not show to this user"),
        records.get(0).getMessage());
  }

  @Test
  void shortensQueriesToOneLine() {
    assertEquals("SELECT 1 FROM t", LockWait.shorten("  SELECT 1\n  FROM\tt "));
    assertEquals(200, LockWait.shorten("x".repeat(500)).length());
    assertEquals("(none)", LockWait.shorten(null));
  }
}
