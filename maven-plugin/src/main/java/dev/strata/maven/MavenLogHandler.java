package dev.strata.maven;

import java.util.function.UnaryOperator;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.maven.plugin.logging.Log;

/**
 * Sends what Strata logs ({@code System.Logger}, which goes to {@code java.util.logging} under
 * Maven) to the build log while a goal runs, scrubbed of passwords, instead of the JDK's
 * two-line console format.
 */
final class MavenLogHandler extends Handler implements AutoCloseable {
  private static final Logger STRATA = Logger.getLogger("dev.strata");

  private final Log log;
  private final UnaryOperator<String> scrub;
  private final boolean parentHandlers;
  /** The goal's thread: in a parallel build, other modules' goals log through the same logger. */
  private final Thread goal = Thread.currentThread();

  MavenLogHandler(Log log, UnaryOperator<String> scrub) {
    this.log = log;
    this.scrub = scrub;
    this.parentHandlers = STRATA.getUseParentHandlers();
    STRATA.addHandler(this);
    STRATA.setUseParentHandlers(false);
  }

  @Override
  public void publish(LogRecord record) {
    if (Thread.currentThread() != goal) {
      return;
    }
    String message = record.getMessage();
    if (record.getParameters() != null && record.getParameters().length > 0) {
      message = java.text.MessageFormat.format(message, record.getParameters());
    }
    message = scrub.apply(message);
    int level = record.getLevel().intValue();
    if (level >= Level.SEVERE.intValue()) {
      log.error(message);
    } else if (level >= Level.WARNING.intValue()) {
      log.warn(message);
    } else if (level >= Level.INFO.intValue()) {
      log.info(message);
    } else {
      log.debug(message);
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    STRATA.removeHandler(this);
    STRATA.setUseParentHandlers(parentHandlers);
  }
}
