package dev.strata.testing;

import dev.strata.fixtures.DocSnippets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java block of the pages about strata-testing ({@code docs/testing.md}) compiles as shown
 * ({@link DocSnippets} says how a block is compiled), against this module's test class path:
 * strata-testing, strata-runtime and JUnit.
 */
class DocSnippetsTest {

  @TestFactory
  Stream<DynamicTest> everyJavaBlockCompiles(@TempDir Path out) {
    return DocSnippets.compileEach(DocSnippets.pagesOf("testing"), out);
  }
}
