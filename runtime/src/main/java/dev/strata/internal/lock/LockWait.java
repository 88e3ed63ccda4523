package dev.strata.internal.lock;

import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Waits for a contended run lock in slices, saying what it waits for: at the start (WARNING) and
 * then after each slice of {@link #REPORT_EVERY} (INFO), through {@code System.Logger} under
 * {@code dev.strata.Migrator}. Each message names the lock, the session holding it as the database
 * describes it (its id and query), how to end that session when its runner is gone, and how long
 * the wait may still last. A runner killed while its statement still runs on the server leaves
 * its session, and the lock, behind until the statement ends; this is how the user learns of it.
 */
public final class LockWait {

  /** How often a waiting runner says it is still waiting. */
  public static final Duration REPORT_EVERY = Duration.ofSeconds(5);

  private static final System.Logger LOG = System.getLogger("dev.strata.Migrator");

  /** One blocking attempt to take the lock. */
  @FunctionalInterface
  public interface Attempt {
    /**
     * Waits up to {@code slice} (at least 1 ms) for the lock.
     *
     * @return whether the lock was taken
     */
    boolean tryFor(Duration slice) throws SQLException;
  }

  /** Describes who holds the lock now. */
  @FunctionalInterface
  public interface Holder {
    /**
     * The holder's session and how to end it, in words ("session pid 42 (...); end it with ...");
     * null when the database does not say (the holder left, or this user may not see it).
     */
    String describe() throws SQLException;
  }

  private LockWait() {}

  /**
   * Waits up to {@code timeout} for a lock that a first non-blocking attempt did not get.
   *
   * @param lock the lock in words, for messages ("the migration lock on schema public (...)")
   * @param timeout the whole wait, positive
   * @param attempt takes the lock, waiting up to a slice
   * @param holder says who holds it; asked before the wait and after each slice that failed
   * @return whether the lock was taken within {@code timeout}
   * @throws SQLException from {@code attempt} or {@code holder}
   */
  public static boolean await(String lock, Duration timeout, Attempt attempt, Holder holder) throws SQLException {
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    String held = holder.describe();
    LOG.log(Level.WARNING, "Waiting for " + lock + ", " + heldBy(held) + "; giving up after "
        + RunLock.describe(timeout) + ".");
    while (true) {
      long remaining = deadline - System.nanoTime();
      Duration slice = Duration.ofNanos(Math.max(1_000_000L, Math.min(remaining, REPORT_EVERY.toNanos())));
      if (attempt.tryFor(slice)) {
        long waited = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        if (waited >= REPORT_EVERY.toSeconds()) {
          LOG.log(Level.INFO, "Got " + lock + " after " + waited + " s.");
        }
        return true;
      }
      if (deadline - System.nanoTime() <= 0) {
        return false;
      }
      String now = holder.describe();
      long waited = Duration.ofNanos(System.nanoTime() - start).toSeconds();
      LOG.log(Level.INFO, "Still waiting for " + lock + " after " + waited + " s of "
          + RunLock.describe(timeout) + ", " + heldBy(now) + ".");
    }
  }

  private static String heldBy(String held) {
    return held == null ? "held by a session the database does not show to this user (or that just ended)"
        : "held by " + held;
  }

  /** {@code query} on one line and at most 200 characters, for messages. */
  public static String shorten(String query) {
    if (query == null) {
      return "(none)";
    }
    String line = query.strip().replaceAll("\\s+", " ");
    return line.length() <= 200 ? line : line.substring(0, 197) + "...";
  }
}
