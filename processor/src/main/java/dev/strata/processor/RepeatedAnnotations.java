package dev.strata.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports a diagnostic at one of several repeated annotations ({@code @ForeignKey}, {@code @Index}
 * written more than once). javac wraps the repeats in a synthesized container and cannot place a
 * message given one of the repeats' mirrors: it falls back to the element's line. The Compiler
 * Tree API gives each annotation's own tree; the repeats are matched to the trees by their order
 * in the source, which is the order of the container's values. Without that API (ECJ, a wrapped
 * environment) nothing is reported here and the caller falls back to the element.
 */
final class RepeatedAnnotations {

  private final Trees trees;

  private RepeatedAnnotations(Trees trees) {
    this.trees = trees;
  }

  static RepeatedAnnotations of(ProcessingEnvironment env) {
    try {
      return new RepeatedAnnotations(Trees.instance(env));
    } catch (IllegalArgumentException | LinkageError e) {
      return new RepeatedAnnotations(null);
    }
  }

  /**
   * Reports {@code message} at {@code annotation} when it is one of the repeats inside a container
   * annotation on {@code element}; returns whether it did.
   */
  boolean report(Diagnostic.Kind kind, String message, Element element, AnnotationMirror annotation) {
    if (trees == null || element.getAnnotationMirrors().contains(annotation)) {
      return false;
    }
    int index = indexInContainer(element, annotation);
    TreePath path = index < 0 ? null : trees.getPath(element);
    ModifiersTree modifiers = path == null ? null : modifiers(path.getLeaf());
    if (modifiers == null) {
      return false;
    }
    String simpleName = annotation.getAnnotationType().asElement().getSimpleName().toString();
    int seen = 0;
    for (AnnotationTree tree : modifiers.getAnnotations()) {
      String type = tree.getAnnotationType().toString();
      if (type.equals(simpleName) || type.endsWith("." + simpleName)) {
        if (seen++ == index) {
          trees.printMessage(kind, message, tree, path.getCompilationUnit());
          return true;
        }
      }
    }
    return false;
  }

  /** The position of {@code annotation} among the values of a container on {@code element}, or -1. */
  private static int indexInContainer(Element element, AnnotationMirror annotation) {
    for (AnnotationMirror container : element.getAnnotationMirrors()) {
      for (AnnotationValue value : container.getElementValues().values()) {
        if (value.getValue() instanceof List<?> list) {
          int index = 0;
          for (Object item : list) {
            if (item instanceof AnnotationValue v && v.getValue() == annotation) {
              return index;
            }
            index++;
          }
        }
      }
    }
    return -1;
  }

  private static ModifiersTree modifiers(Tree leaf) {
    if (leaf instanceof ClassTree type) {
      return type.getModifiers();
    }
    if (leaf instanceof VariableTree variable) {
      return variable.getModifiers();
    }
    return null;
  }
}
