package dev.strata.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @References}.
 *
 * @param annotation the annotation
 * @param target the referenced type
 * @param column the referenced column, or empty for the target's primary key
 * @param name the constraint name, or empty for the default {@code fk_<table>_<col>}
 * @param onDelete the {@code ReferentialAction} constant name for deletes
 * @param onUpdate the {@code ReferentialAction} constant name for updates
 */
record ReferenceSpec(
    AnnotationMirror annotation, TypeElement target, String column, String name,
    String onDelete, String onUpdate) {

  String targetName() {
    return target.getQualifiedName().toString();
  }
}
