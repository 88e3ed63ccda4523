package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.strata.processor.Sources.lineOf;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;

/** Asserts on the errors of a failed compilation. */
final class ErrorAssertions {

  private ErrorAssertions() {}

  /**
   * Asserts that the compilation failed and reported {@code message} (a pattern of
   * {@link Messages} with its arguments) on the line of {@code file} that contains {@code lineText}.
   */
  static void assertError(Compilation compilation, JavaFileObject file, String lineText, String pattern,
      Object... args) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(String.format(pattern, args))
        .inFile(file)
        .onLine(lineOf(file, lineText));
  }
}
