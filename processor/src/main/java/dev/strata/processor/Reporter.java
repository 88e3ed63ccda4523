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
  private final RepeatedAnnotations repeated;
  private boolean errors;

  Reporter(Messager messager) {
    this(messager, null);
  }

  /** A reporter that places errors on repeated annotations through {@code repeated} (may be null). */
  Reporter(Messager messager, RepeatedAnnotations repeated) {
    this.messager = messager;
    this.repeated = repeated;
  }

  /** Reports an error on {@code element}, at {@code annotation} when not null. */
  void error(Element element, AnnotationMirror annotation, String message) {
    errors = true;
    if (element.getKind() == ElementKind.RECORD_COMPONENT) {
      // javac finds no source position for a record component; its private field has the same
      // one and carries the same annotations (ours all target FIELD too).
      VariableElement field = recordField(element);
      if (field != null) {
        element = field;
        annotation = annotation == null ? null : Mirrors.find(field, Mirrors.typeName(annotation));
      }
    }
    if (annotation != null && repeated != null && repeated.report(Diagnostic.Kind.ERROR, message, element, annotation)) {
      return;
    }
    if (annotation == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element);
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation);
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
