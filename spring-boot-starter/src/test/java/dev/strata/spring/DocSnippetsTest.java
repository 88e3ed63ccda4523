package dev.strata.spring;

import dev.strata.fixtures.DocSnippets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java block of the pages about the starter ({@code docs/spring-boot.md}) compiles as shown
 * ({@link DocSnippets} says how a block is compiled), against this module's test class path:
 * Spring Boot, spring-jdbc, spring-test and the starter.
 */
class DocSnippetsTest {

  @TestFactory
  Stream<DynamicTest> everyJavaBlockCompiles(@TempDir Path out) {
    return DocSnippets.compileEach(DocSnippets.pagesOf("spring-boot-starter"), out);
  }
}
