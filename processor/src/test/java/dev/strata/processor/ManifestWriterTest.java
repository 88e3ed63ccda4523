package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing when the Filer refuses to create a file it already handed out for reading. */
class ManifestWriterTest {

  @TempDir Path dir;

  private final List<String> errors = new ArrayList<>();
  private final Reporter reporter = new Reporter(new Messager() {
    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg) {
      errors.add(msg.toString());
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {
      printMessage(kind, msg);
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {
      printMessage(kind, msg);
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a, AnnotationValue v) {
      printMessage(kind, msg);
    }
  });

  /** A Filer that refuses every new file, as javac does for a file opened before. */
  private static final Filer REFUSING = new Filer() {
    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) throws IOException {
      throw new FilerException("Attempt to reopen a file for path " + name);
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) throws IOException {
      throw new FilerException("Attempt to reopen a file for path " + name);
    }

    @Override
    public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
        CharSequence relativeName, Element... originatingElements) throws IOException {
      throw new FilerException("Attempt to reopen a file for path " + relativeName);
    }

    @Override
    public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
        CharSequence relativeName) throws IOException {
      throw new IOException("not used");
    }
  };

  @Test
  void fallsBackToTheFileReadEarlier() throws IOException {
    Path file = dir.resolve("schema.json");
    Files.writeString(file, "old");
    FileObject previous = new SimpleJavaFileObject(file.toUri(), JavaFileObject.Kind.OTHER) {
      @Override
      public java.io.OutputStream openOutputStream() throws IOException {
        return Files.newOutputStream(file);
      }
    };

    new ManifestWriter(REFUSING, reporter).write("META-INF/strata/schema.json", "new ü", previous, List.of());

    assertEquals("new ü", Files.readString(file, StandardCharsets.UTF_8));
    assertTrue(errors.isEmpty(), errors::toString);
    assertFalse(reporter.hasErrors());
  }

  @Test
  void reportsAnErrorWhenThereIsNoFileToFallBackTo() {
    new ManifestWriter(REFUSING, reporter).write("META-INF/strata/schema.json", "new", null, List.of());

    assertEquals(List.of(String.format(Messages.CANNOT_WRITE, "META-INF/strata/schema.json",
        "Attempt to reopen a file for path META-INF/strata/schema.json")), errors);
    assertTrue(reporter.hasErrors());
  }
}
