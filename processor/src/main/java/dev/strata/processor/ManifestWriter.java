package dev.strata.processor;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/** Writes the manifest and the migration index to the class output, as UTF-8. */
final class ManifestWriter {

  private final Filer filer;
  private final Reporter reporter;

  ManifestWriter(Filer filer, Reporter reporter) {
    this.filer = filer;
    this.reporter = reporter;
  }

  /**
   * Writes {@code text} to {@code path} in the class output.
   *
   * @param previous the file object the path was read through earlier in this compilation, or
   *     null; used when the Filer refuses to create a file it has already handed out
   * @param origins the elements the file is derived from, for build tools that track them
   */
  void write(String path, String text, FileObject previous, Collection<? extends Element> origins) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try {
      FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origins.toArray(new Element[0]));
      writeTo(file, bytes);
    } catch (FilerException e) {
      if (previous == null) {
        reporter.error(String.format(Messages.CANNOT_WRITE, path, e.getMessage()));
        return;
      }
      try {
        writeTo(previous, bytes);
      } catch (IOException | RuntimeException again) {
        reporter.error(String.format(Messages.CANNOT_WRITE, path, again.getMessage()));
      }
    } catch (IOException | RuntimeException e) {
      reporter.error(String.format(Messages.CANNOT_WRITE, path, e.getMessage()));
    }
  }

  private static void writeTo(FileObject file, byte[] bytes) throws IOException {
    try (OutputStream out = file.openOutputStream()) {
      out.write(bytes);
    }
  }
}
