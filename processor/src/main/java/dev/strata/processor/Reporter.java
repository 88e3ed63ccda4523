package dev.strata.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * The one way the processor reports problems: each error is attached to the element at fault and,
 * where there is one, to the annotation that is wrong, so the IDE and javac point at the line to
 * fix. Remembers whether anything went wrong, so no misleading output gets written.
 */
final class Reporter {

  private final Messager messager;
  private final RepeatedAnnotationPositions repeated;
  private boolean errors;

  Reporter(Messager messager) {
    this(messager, null);
  }

  /** A reporter that points at each of several repeated annotations (see {@link RepeatedAnnotationPositions}). */
  Reporter(Messager messager, RepeatedAnnotationPositions repeated) {
    this.messager = messager;
    this.repeated = repeated;
  }

  /** Reports an error on {@code element}, at {@code annotation} when not null. */
  void error(Element element, AnnotationMirror annotation, String message) {
    errors = true;
    print(Diagnostic.Kind.ERROR, element, annotation, message);
  }

  /** Reports a warning on {@code element}, at {@code annotation} when not null; the build goes on. */
  void warning(Element element, AnnotationMirror annotation, String message) {
    print(Diagnostic.Kind.WARNING, element, annotation, message);
  }

  private void print(Diagnostic.Kind kind, Element element, AnnotationMirror annotation, String message) {
    if (element.getKind() == ElementKind.RECORD_COMPONENT) {
      // javac finds no source position for a record component; its private field has the same
      // one and carries the same annotations (ours all target FIELD too).
      VariableElement field = recordField(element);
      if (field != null) {
        element = field;
        annotation = annotation == null ? null : Mirrors.find(field, Mirrors.typeName(annotation));
      }
    }
    if (annotation != null && repeated != null && repeated.print(kind, message, element, annotation)) {
      return;
    }
    if (annotation == null) {
      messager.printMessage(kind, message, element);
    } else {
      messager.printMessage(kind, message, element, annotation);
    }
  }

  /** Reports an error that belongs to no element (an output file that cannot be written). */
  void error(String message) {
    errors = true;
    messager.printMessage(Diagnostic.Kind.ERROR, message);
  }

  void warning(String message) {
    messager.printMessage(Diagnostic.Kind.WARNING, message);
  }

  private static VariableElement recordField(Element component) {
    for (VariableElement field : ElementFilter.fieldsIn(component.getEnclosingElement().getEnclosedElements())) {
      if (field.getSimpleName().equals(component.getSimpleName())) {
        return field;
      }
    }
    return null;
  }

  boolean hasErrors() {
    return errors;
  }
}
