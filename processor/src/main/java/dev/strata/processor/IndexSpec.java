package dev.strata.processor;

import dev.strata.internal.schema.naming.Names;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * An {@code @Index} or {@code @Unique}, on a field or on the class.
 *
 * @param element the field, record component or class carrying it
 * @param annotation the annotation
 * @param annotationName {@code Index} or {@code Unique}, for messages
 * @param name the name given, or empty for the default
 * @param columns the column names: the field's column, or the {@code columns} listed on the class
 * @param unique whether it is a unique index
 * @param where the predicate of a partial index ({@code @Index(where)}), or empty for every row
 */
record IndexSpec(
    Element element,
    AnnotationMirror annotation,
    String annotationName,
    String name,
    List<String> columns,
    boolean unique,
    String where) {

  IndexSpec {
    columns = List.copyOf(columns);
    where = where == null ? "" : where;
  }

  /** An index over every row. */
  IndexSpec(Element element, AnnotationMirror annotation, String annotationName, String name, List<String> columns,
      boolean unique) {
    this(element, annotation, annotationName, name, columns, unique, "");
  }

  /** Whether it is a partial index. */
  boolean partial() {
    return !where.isBlank();
  }

  boolean nameGiven() {
    return !name.isEmpty();
  }

  /** The name given, or the default: {@code uq_<table>_<cols>} when unique, else {@code idx_...}. */
  String effectiveName(String table) {
    if (nameGiven()) {
      return name;
    }
    return unique ? Names.uniqueName(table, columns) : Names.indexName(table, columns);
  }
}
