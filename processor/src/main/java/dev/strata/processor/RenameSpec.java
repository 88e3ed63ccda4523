package dev.strata.processor;

import javax.lang.model.element.AnnotationMirror;

/**
 * A {@code @RenamedFrom} hint.
 *
 * @param value the previous name
 * @param annotation the annotation
 */
record RenameSpec(String value, AnnotationMirror annotation) {}
