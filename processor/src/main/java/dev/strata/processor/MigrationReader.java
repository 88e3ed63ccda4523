package dev.strata.processor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads a {@code @Migration} class into a {@link MigrationSpec}. Reports nothing. */
final class MigrationReader {

  /** Compared by name: the processor does not depend on the runtime that defines it. */
  static final String MIGRATION_INTERFACE = "dev.strata.Migration";

  private final Mirrors mirrors;
  private final Elements elements;
  private final Types types;

  MigrationReader(Mirrors mirrors, Elements elements, Types types) {
    this.mirrors = mirrors;
    this.elements = elements;
    this.types = types;
  }

  MigrationSpec read(TypeElement type) {
    AnnotationMirror annotation = Mirrors.find(type, Mirrors.MIGRATION);
    boolean isClass = type.getKind() == ElementKind.CLASS || type.getKind() == ElementKind.RECORD;
    return new MigrationSpec(
        type,
        annotation,
        elements.getBinaryName(type).toString(),
        mirrors.string(annotation, "version"),
        mirrors.string(annotation, "description"),
        implementsMigration(type.asType()),
        isClass && !type.getModifiers().contains(Modifier.ABSTRACT),
        instantiable(type));
  }

  private boolean implementsMigration(TypeMirror type) {
    Deque<TypeMirror> todo = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    todo.add(type);
    while (!todo.isEmpty()) {
      TypeMirror next = todo.poll();
      if (next.getKind() != TypeKind.DECLARED) {
        continue;
      }
      String name = ((TypeElement) ((DeclaredType) next).asElement()).getQualifiedName().toString();
      if (name.equals(MIGRATION_INTERFACE)) {
        return true;
      }
      if (seen.add(name)) {
        todo.addAll(types.directSupertypes(next));
      }
    }
    return false;
  }

  /** Whether the runner can create it by reflection: no enclosing instance, a no-arg constructor. */
  private static boolean instantiable(TypeElement type) {
    if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
      return false;
    }
    if (type.getNestingKind() == NestingKind.MEMBER && type.getKind() == ElementKind.CLASS
        && !type.getModifiers().contains(Modifier.STATIC)) {
      return false;
    }
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
