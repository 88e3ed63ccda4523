package dev.strata.processor;

import javax.lang.model.element.AnnotationMirror;

/**
 * One {@code @DialectType} of a field, as read.
 *
 * @param annotation the annotation, where its errors are reported
 * @param dialect the name of its {@code dev.strata.annotations.Dialect} constant
 * @param type the SQL type, stripped of surrounding spaces (may be empty: that is an error)
 */
record DialectTypeSpec(AnnotationMirror annotation, String dialect, String type) {}
