package dev.strata.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * A writer that passes whole lines through a {@link Scrubber}, so no output of a command (its
 * result, a log line, a stack trace) shows a password. A line is held until its end or a flush.
 */
final class ScrubbingWriter extends Writer {
  private final Writer out;
  private final Scrubber scrubber;
  private final StringBuilder line = new StringBuilder();

  ScrubbingWriter(Writer out, Scrubber scrubber) {
    this.out = out;
    this.scrubber = scrubber;
  }

  @Override
  public synchronized void write(char[] chars, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      line.append(chars[i]);
      if (chars[i] == '\n') {
        emit();
      }
    }
  }

  @Override
  public synchronized void flush() throws IOException {
    emit();
    out.flush();
  }

  @Override
  public synchronized void close() throws IOException {
    flush();
    out.close();
  }

  private void emit() throws IOException {
    if (line.length() > 0) {
      out.write(scrubber.scrub(line.toString()));
      line.setLength(0);
    }
  }
}
