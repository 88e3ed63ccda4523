package dev.strata.processor;

import dev.strata.internal.schema.naming.Names;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * A {@code @Check}, on a field or on the class.
 *
 * @param element the field, record component or class carrying it
 * @param annotation the annotation
 * @param name the name given, or empty for the default
 * @param expression the SQL boolean expression, verbatim
 * @param column the field's column for a field-level check; null on the class
 * @param ordinal for a class-level check, its position among the class's checks, from 1; 0 on a field
 */
record CheckSpec(
    Element element,
    AnnotationMirror annotation,
    String name,
    String expression,
    String column,
    int ordinal) {

  boolean nameGiven() {
    return !name.isEmpty();
  }

  /** The name given, or the default: {@code ck_<table>_<column>} on a field, {@code ck_<table>_<n>} on the class. */
  String effectiveName(String table) {
    if (nameGiven()) {
      return name;
    }
    return column != null ? Names.checkName(table, column) : Names.checkName(table, ordinal);
  }
}
