package dev.strata.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Points a diagnostic at one of several repeated annotations. javac wraps repeats in a container
 * annotation that has no source position, so {@code Messager} given the inner mirror falls back
 * to the element's line; the Compiler Tree API still has each annotation's tree, the
 * {@code n}th annotation of the type being the container's {@code n}th value. Without that API
 * (another compiler, a wrapped environment) nothing is found and the caller reports on the element.
 */
final class RepeatedAnnotationPositions {

  private final Trees trees;

  private RepeatedAnnotationPositions(Trees trees) {
    this.trees = trees;
  }

  static RepeatedAnnotationPositions of(ProcessingEnvironment env) {
    try {
      return new RepeatedAnnotationPositions(Trees.instance(env));
    } catch (IllegalArgumentException | LinkageError e) {
      return new RepeatedAnnotationPositions(null);
    }
  }

  /**
   * Prints {@code message} at the tree of {@code annotation}, when it is one of the repeats inside a
   * container annotation on {@code element}; returns whether it did.
   */
  boolean print(Diagnostic.Kind kind, String message, Element element, AnnotationMirror annotation) {
    if (trees == null || element.getAnnotationMirrors().contains(annotation)) {
      return false;
    }
    int position = positionInContainer(element, annotation);
    if (position < 0) {
      return false;
    }
    TreePath path = trees.getPath(element);
    if (path == null) {
      return false;
    }
    ModifiersTree modifiers = modifiers(path.getLeaf());
    if (modifiers == null) {
      return false;
    }
    String simpleName = annotation.getAnnotationType().asElement().getSimpleName().toString();
    String qualifiedName = Mirrors.typeName(annotation);
    List<AnnotationTree> same = new ArrayList<>();
    for (AnnotationTree tree : modifiers.getAnnotations()) {
      String written = tree.getAnnotationType().toString();
      if (written.equals(simpleName) || written.equals(qualifiedName)) {
        same.add(tree);
      }
    }
    if (position >= same.size()) {
      return false;
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    trees.printMessage(kind, message, same.get(position), unit);
    return true;
  }

  /** The index of {@code annotation} among the values of a container annotation on {@code element}; -1 if none. */
  private static int positionInContainer(Element element, AnnotationMirror annotation) {
    for (AnnotationMirror container : element.getAnnotationMirrors()) {
      for (AnnotationValue value : container.getElementValues().values()) {
        if (value.getValue() instanceof List<?> values) {
          for (int i = 0; i < values.size(); i++) {
            if (values.get(i) instanceof AnnotationValue v && v.getValue() == annotation) {
              return i;
            }
          }
        }
      }
    }
    return -1;
  }

  private static ModifiersTree modifiers(Tree tree) {
    if (tree instanceof ClassTree c) {
      return c.getModifiers();
    }
    if (tree instanceof VariableTree v) {
      return v.getModifiers();
    }
    return null;
  }
}
