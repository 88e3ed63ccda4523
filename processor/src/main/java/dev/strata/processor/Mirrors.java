package dev.strata.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads annotations through {@link AnnotationMirror}s. Strata's annotations have CLASS retention
 * and carry class values, so mirrors are the one way that works for sources and class files alike.
 */
final class Mirrors {

  static final String PACKAGE = "dev.strata.annotations.";
  static final String MODEL = PACKAGE + "Model";
  static final String KEY = PACKAGE + "Key";
  static final String AUTO = PACKAGE + "Auto";
  static final String COLUMN = PACKAGE + "Column";
  static final String INDEX = PACKAGE + "Index";
  static final String INDEX_LIST = PACKAGE + "Index.List";
  static final String UNIQUE = PACKAGE + "Unique";
  static final String UNIQUE_LIST = PACKAGE + "Unique.List";
  static final String REFERENCES = PACKAGE + "References";
  static final String DIALECT_TYPE = PACKAGE + "DialectType";
  static final String DIALECT_TYPE_LIST = PACKAGE + "DialectType.List";
  static final String FOREIGN_KEY = PACKAGE + "ForeignKey";
  static final String FOREIGN_KEY_LIST = PACKAGE + "ForeignKey.List";
  static final String CHECK = PACKAGE + "Check";
  static final String CHECK_LIST = PACKAGE + "Check.List";
  static final String RENAMED_FROM = PACKAGE + "RenamedFrom";
  static final String TRANSIENT = PACKAGE + "Transient";
  static final String MIGRATION = PACKAGE + "Migration";
  static final String MAPPED_SUPERCLASS = PACKAGE + "MappedSuperclass";
  static final String EMBEDDABLE = PACKAGE + "Embeddable";
  static final String EMBEDDED = PACKAGE + "Embedded";

  private final Elements elements;
  /** Attribute names as the compiler's names, which compare without converting to strings. */
  private final Map<String, Name> names = new HashMap<>();

  Mirrors(Elements elements) {
    this.elements = elements;
  }

  /** The annotation of the given type on {@code construct}, or null. */
  static AnnotationMirror find(AnnotatedConstruct construct, String qualifiedName) {
    for (AnnotationMirror mirror : construct.getAnnotationMirrors()) {
      if (typeName(mirror).equals(qualifiedName)) {
        return mirror;
      }
    }
    return null;
  }

  /** Whether {@code construct} carries an annotation with the given simple name, from any package. */
  static boolean hasSimpleName(AnnotatedConstruct construct, String simpleName) {
    for (AnnotationMirror mirror : construct.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals(simpleName)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code attribute} is written on the annotation (not left to its default): for an
   * attribute whose default means "derive it", where an explicit default value means itself.
   */
  static boolean given(AnnotationMirror mirror, String attribute) {
    return mirror.getElementValues().keySet().stream()
        .anyMatch(method -> method.getSimpleName().contentEquals(attribute));
  }

  /**
   * Whether a {@code Nullable} annotation (any package) marks {@code member} of {@code owner}. A
   * record component's annotations are copied to its field or accessor depending on their
   * targets, and a type-use {@code Nullable} sits on the type, so all of them are looked at.
   */
  static boolean nullableAnnotated(TypeElement owner, Element member) {
    List<AnnotatedConstruct> places = new ArrayList<>(List.of(member, member.asType()));
    if (member instanceof RecordComponentElement component) {
      for (VariableElement field : ElementFilter.fieldsIn(owner.getEnclosedElements())) {
        if (field.getSimpleName().equals(component.getSimpleName())) {
          places.add(field);
          places.add(field.asType());
        }
      }
      if (component.getAccessor() != null) {
        places.add(component.getAccessor());
      }
    }
    return places.stream().anyMatch(p -> hasSimpleName(p, "Nullable"));
  }

  static String typeName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /**
   * The value of {@code attribute}, the annotation's default when not written. Looks at the
   * values written first and at the annotation type's methods only for a default, without
   * building {@link Elements#getElementValuesWithDefaults}'s map on every call: models are read
   * attribute by attribute, thousands of times in a large project.
   */
  AnnotationValue value(AnnotationMirror mirror, String attribute) {
    Name name = names.computeIfAbsent(attribute, elements::getName);
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().equals(name)) {
        return e.getValue();
      }
    }
    for (ExecutableElement method : ElementFilter.methodsIn(mirror.getAnnotationType().asElement().getEnclosedElements())) {
      if (method.getSimpleName().equals(name) && method.getDefaultValue() != null) {
        return method.getDefaultValue();
      }
    }
    throw new IllegalArgumentException("@" + typeName(mirror) + " has no attribute " + attribute);
  }

  String string(AnnotationMirror mirror, String attribute) {
    Object value = value(mirror, attribute).getValue();
    return value instanceof String s ? s : "";
  }

  int integer(AnnotationMirror mirror, String attribute) {
    Object value = value(mirror, attribute).getValue();
    return value instanceof Integer i ? i : 0;
  }

  boolean bool(AnnotationMirror mirror, String attribute) {
    return Boolean.TRUE.equals(value(mirror, attribute).getValue());
  }

  /** The name of an enum constant value. */
  String enumName(AnnotationMirror mirror, String attribute) {
    Object value = value(mirror, attribute).getValue();
    return value instanceof VariableElement v ? v.getSimpleName().toString() : "";
  }

  List<String> strings(AnnotationMirror mirror, String attribute) {
    List<String> out = new ArrayList<>();
    for (AnnotationValue v : list(mirror, attribute)) {
      if (v.getValue() instanceof String s) {
        out.add(s);
      }
    }
    return out;
  }

  List<AnnotationMirror> annotations(AnnotationMirror mirror, String attribute) {
    List<AnnotationMirror> out = new ArrayList<>();
    for (AnnotationValue v : list(mirror, attribute)) {
      if (v.getValue() instanceof AnnotationMirror m) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * The class named by a {@code Class<?>} attribute, or null when that class does not resolve
   * (javac reports the missing symbol itself).
   */
  TypeElement type(AnnotationMirror mirror, String attribute) {
    Object value = value(mirror, attribute).getValue();
    if (value instanceof TypeMirror t && t.getKind() == TypeKind.DECLARED) {
      return (TypeElement) ((DeclaredType) t).asElement();
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private List<? extends AnnotationValue> list(AnnotationMirror mirror, String attribute) {
    Object value = value(mirror, attribute).getValue();
    return value instanceof List<?> l ? (List<? extends AnnotationValue>) l : List.of();
  }

  /**
   * The repeatable annotation {@code single} on {@code construct}, whether written once or
   * repeated (then javac wraps the repeats in {@code container}).
   */
  List<AnnotationMirror> repeated(AnnotatedConstruct construct, String single, String container) {
    List<AnnotationMirror> out = new ArrayList<>();
    for (AnnotationMirror mirror : construct.getAnnotationMirrors()) {
      String name = typeName(mirror);
      if (name.equals(single)) {
        out.add(mirror);
      } else if (name.equals(container)) {
        out.addAll(annotations(mirror, "value"));
      }
    }
    return out;
  }
}
