package dev.strata.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * A problem found while reading a model's structure (its superclasses and embedded fields),
 * reported by {@link ModelValidator}: reading itself reports nothing.
 *
 * @param element where to report it
 * @param annotation the annotation at fault, or null
 * @param message the text, formatted from {@link Messages}
 */
record ModelProblem(Element element, AnnotationMirror annotation, String message) {}
