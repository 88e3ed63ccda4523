package dev.strata.processor;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * Finds the model a {@code @References} points to: one compiled now, or one read from a class
 * file (a model compiled earlier or from a library).
 */
final class Catalog {

  private final Map<String, ModelSpec> compiled;
  private final ModelReader reader;
  private final Map<String, Optional<ModelSpec>> read = new HashMap<>();

  Catalog(Map<String, ModelSpec> compiled, ModelReader reader) {
    this.compiled = compiled;
    this.reader = reader;
  }

  /**
   * The model of {@code type}, or empty when it is not a {@code @Model} or mentions a type that
   * does not resolve.
   */
  Optional<ModelSpec> model(TypeElement type) {
    String name = type.getQualifiedName().toString();
    ModelSpec spec = compiled.get(name);
    if (spec != null) {
      return Optional.of(spec);
    }
    return read.computeIfAbsent(name, n -> ModelReader.isModel(type) ? reader.read(type) : Optional.empty());
  }
}
