package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import java.util.Set;
import javax.annotation.processing.Processor;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

/** How javac and Gradle find the processor. */
class RegistrationTest {

  @Test
  void registeredAsAServiceForJavac() {
    boolean found = ServiceLoader.load(Processor.class).stream()
        .anyMatch(p -> p.type() == StrataProcessor.class);
    assertTrue(found, "StrataProcessor is not in META-INF/services/javax.annotation.processing.Processor");
  }

  @Test
  void registeredAsAggregatingForGradle() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/META-INF/gradle/incremental.annotation.processors")) {
      assertNotNull(in, "no META-INF/gradle/incremental.annotation.processors");
      assertEquals("dev.strata.processor.StrataProcessor,aggregating\n",
          new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void claimsOnlyItsAnnotationsAndTheLatestSourceVersion() {
    StrataProcessor processor = new StrataProcessor();
    assertEquals(Set.of("dev.strata.annotations.Model", "dev.strata.annotations.Migration",
            "dev.strata.annotations.MappedSuperclass", "dev.strata.annotations.Embeddable"),
        processor.getSupportedAnnotationTypes());
    assertEquals(SourceVersion.latestSupported(), processor.getSupportedSourceVersion());
  }
}
