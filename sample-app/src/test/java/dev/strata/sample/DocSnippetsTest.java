package dev.strata.sample;

import dev.strata.fixtures.DocSnippets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java block of the documentation compiles as shown ({@link DocSnippets} says how a block is
 * compiled), against this module's test class path (strata-annotations, strata-runtime,
 * strata-processor): {@code README.md}, {@code ARCHITECTURE.md} and every {@code docs/*.md} except
 * the pages {@link DocSnippets#PAGE_MODULES} gives to the modules they are about.
 */
class DocSnippetsTest {

  @TestFactory
  Stream<DynamicTest> everyJavaBlockCompiles(@TempDir Path out) {
    return DocSnippets.compileEach(DocSnippets.pagesOf(DocSnippets.DEFAULT_MODULE), out);
  }
}
