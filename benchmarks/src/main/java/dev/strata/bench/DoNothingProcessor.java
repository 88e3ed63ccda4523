package dev.strata.bench;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The processor benchmark's baseline: an annotation processor over the same annotations as
 * Strata's ({@code @Model}, {@code @Migration}) that does nothing, so {@code javac} pays for
 * annotation processing itself (discovery, rounds) and nothing else. Runs only when named with
 * {@code -processor}; it is not registered as a service.
 */
public final class DoNothingProcessor extends AbstractProcessor {
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.strata.annotations.Model", "dev.strata.annotations.Migration");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return false;
  }
}
