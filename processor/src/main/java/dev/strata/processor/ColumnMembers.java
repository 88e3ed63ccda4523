package dev.strata.processor;

import dev.strata.internal.schema.naming.Names;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * The members of a model that are columns, in column order: the fields of its
 * {@code @MappedSuperclass}es from the top of the hierarchy down, then its own; a field whose type
 * is an {@code @Embeddable} is replaced by the embeddable's members, recursively. Each member is
 * then read by {@link ModelReader} as an ordinary field, so every field annotation works on
 * inherited and embedded fields alike.
 *
 * <p>Reports nothing: what is wrong with the structure (a superclass with fields that is not
 * mapped, an {@code @Embedded} field of a type that is not embeddable, a cycle, a key inside an
 * embeddable) is returned as {@link ModelProblem}s.
 */
final class ColumnMembers {

  /** The superclasses above which there are no fields to look at. */
  private static final Set<String> ROOTS = Set.of("java.lang.Object", "java.lang.Record", "java.lang.Enum");

  /** Field annotations that mean one column and so make no sense on an {@code @Embedded} field. */
  private static final List<String> SINGLE_COLUMN_ANNOTATIONS =
      List.of(Mirrors.INDEX, Mirrors.UNIQUE, Mirrors.REFERENCES);

  /** {@code @Column} attributes of one column; on an embedded field only name and nullable mean something. */
  private static final List<String> COLUMN_ONLY_ATTRIBUTES =
      List.of("type", "length", "precision", "scale", "defaultValue");

  /**
   * A member that is a column, and where it came from.
   *
   * @param element the field or record component
   * @param type its type as a member of the model: a field {@code ID id} of a mapped superclass
   *     {@code Entity<ID>} has type {@code Long} in a model that extends {@code Entity<Long>}
   * @param origin where it was declared
   */
  record Member(Element element, TypeMirror type, ColumnOrigin origin) {}

  /**
   * What a model's columns are made of.
   *
   * @param members the members that are columns, in column order
   * @param problems what is wrong with the structure
   * @param sources the qualified names of the mapped superclasses and embeddables the columns
   *     came from (an incremental build re-reads the model when one of them is recompiled)
   * @param unresolved whether the type of an {@code @Embedded} field does not resolve yet
   */
  record Result(List<Member> members, List<ModelProblem> problems, Set<String> sources, boolean unresolved) {}

  private final Mirrors mirrors;
  private final Types types;

  ColumnMembers(Mirrors mirrors, Types types) {
    this.mirrors = mirrors;
    this.types = types;
  }

  Result of(TypeElement model) {
    Walk walk = new Walk(model);
    List<TypeElement> superclasses = superclasses(model);
    for (int i = superclasses.size() - 1; i >= 0; i--) {
      TypeElement superclass = superclasses.get(i);
      if (Mirrors.find(superclass, Mirrors.MAPPED_SUPERCLASS) != null) {
        walk.sources.add(superclass.getQualifiedName().toString());
        walk.add(superclass, ColumnOrigin.declaredBy(superclass));
        tableLevel(walk, superclass);
      } else {
        unmapped(walk, model, superclass);
      }
    }
    walk.add(model, ColumnOrigin.declaredBy(model));
    return new Result(walk.members, walk.problems, walk.sources, walk.unresolved);
  }

  /**
   * The record components of a record; the instance fields of a class that are columns or
   * embedded fields (not {@code static}, not {@code transient}, not {@code @Transient}).
   */
  static List<Element> declared(TypeElement type) {
    List<Element> out = new ArrayList<>();
    if (type.getKind() == ElementKind.RECORD) {
      for (RecordComponentElement component : type.getRecordComponents()) {
        if (Mirrors.find(component, Mirrors.TRANSIENT) == null) {
          out.add(component);
        }
      }
      return out;
    }
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (!field.getModifiers().contains(Modifier.STATIC)
          && !field.getModifiers().contains(Modifier.TRANSIENT)
          && Mirrors.find(field, Mirrors.TRANSIENT) == null) {
        out.add(field);
      }
    }
    return out;
  }

  /** The {@code @MappedSuperclass}es of {@code model}, from the top of the hierarchy down. */
  static List<TypeElement> mappedSuperclasses(TypeElement model) {
    List<TypeElement> out = new ArrayList<>();
    List<TypeElement> superclasses = superclasses(model);
    for (int i = superclasses.size() - 1; i >= 0; i--) {
      if (Mirrors.find(superclasses.get(i), Mirrors.MAPPED_SUPERCLASS) != null) {
        out.add(superclasses.get(i));
      }
    }
    return out;
  }

  /** The superclasses of {@code type}, nearest first, up to (without) Object, Record or Enum. */
  private static List<TypeElement> superclasses(TypeElement type) {
    List<TypeElement> out = new ArrayList<>();
    TypeMirror next = type.getSuperclass();
    while (next.getKind() == TypeKind.DECLARED) {
      TypeElement superclass = (TypeElement) ((DeclaredType) next).asElement();
      if (ROOTS.contains(superclass.getQualifiedName().toString())) {
        break;
      }
      out.add(superclass);
      next = superclass.getSuperclass();
    }
    return out;
  }

  /**
   * A superclass without {@code @MappedSuperclass} may not declare fields that look like columns:
   * JPA ignores them, but a model that silently loses inherited state is a bug found late. A field
   * marked with any annotation named {@code Transient} (Strata's, JPA's, Spring Data's) is fine.
   */
  private static void unmapped(Walk walk, TypeElement model, TypeElement superclass) {
    List<String> fields = declared(superclass).stream()
        .filter(f -> !Mirrors.hasSimpleName(f, "Transient"))
        .map(f -> f.getSimpleName().toString())
        .toList();
    if (!fields.isEmpty()) {
      String name = superclass.getQualifiedName().toString();
      walk.problems.add(new ModelProblem(model, null, String.format(Messages.UNMAPPED_SUPERCLASS,
          model.getQualifiedName(), name, String.join(", ", fields), name)));
    }
  }

  /** Class-level annotations that name their table's columns, which a mapped superclass has none of. */
  private static final Set<String> TABLE_LEVEL = Set.of(Mirrors.INDEX, Mirrors.INDEX_LIST, Mirrors.UNIQUE,
      Mirrors.UNIQUE_LIST, Mirrors.FOREIGN_KEY, Mirrors.FOREIGN_KEY_LIST);

  /**
   * A class-level {@code @Index}, {@code @Unique} or {@code @ForeignKey} on a mapped superclass
   * would be silently dropped: those name an index or key of one table, so they belong on each
   * model (a {@code @Check}, which names no table of its own, is inherited).
   */
  private static void tableLevel(Walk walk, TypeElement superclass) {
    for (AnnotationMirror mirror : superclass.getAnnotationMirrors()) {
      String type = Mirrors.typeName(mirror);
      if (TABLE_LEVEL.contains(type)) {
        String single = type.endsWith(".List") ? type.substring(0, type.length() - ".List".length()) : type;
        String simple = single.substring(single.lastIndexOf('.') + 1);
        walk.problems.add(new ModelProblem(superclass, mirror, String.format(Messages.TABLE_LEVEL_ON_SUPERCLASS,
            simple, superclass.getQualifiedName())));
      }
    }
  }

  /** The embeddable type of a member (of type {@code E} or {@code Optional<E>}), or null. */
  private static TypeElement embeddable(Element member) {
    TypeElement type = declaredType(member.asType());
    if (type != null && type.getQualifiedName().contentEquals("java.util.Optional")) {
      List<? extends TypeMirror> arguments = ((DeclaredType) member.asType()).getTypeArguments();
      type = arguments.size() == 1 ? declaredType(arguments.get(0)) : null;
    }
    return type != null && Mirrors.find(type, Mirrors.EMBEDDABLE) != null ? type : null;
  }

  private static TypeElement declaredType(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) type).asElement() : null;
  }

  /** The walk over one model's members. */
  private final class Walk {
    final TypeElement model;
    final List<Member> members = new ArrayList<>();
    final List<ModelProblem> problems = new ArrayList<>();
    final Set<String> sources = new TreeSet<>();
    /** The embeddables being expanded, outermost first, to find cycles. */
    final Deque<TypeElement> expanding = new ArrayDeque<>();
    boolean unresolved;

    Walk(TypeElement model) {
      this.model = model;
    }

    void add(TypeElement declaring, ColumnOrigin origin) {
      for (Element member : declared(declaring)) {
        AnnotationMirror embedded = Mirrors.find(member, Mirrors.EMBEDDED);
        TypeElement embeddable = embeddable(member);
        if (embedded == null && embeddable == null) {
          if (origin.embedded()) {
            keyInEmbeddable(member, origin);
          }
          members.add(new Member(member, typeInModel(member, origin), origin));
        } else if (embeddable == null) {
          notEmbeddable(member, embedded, origin);
        } else if (expanding.contains(embeddable) || embeddable.equals(model)) {
          cycle(member, embedded, embeddable);
        } else {
          embed(member, embedded, embeddable, origin);
        }
      }
    }

    /** The type of an inherited field with the type arguments the model's {@code extends} gives. */
    private TypeMirror typeInModel(Element member, ColumnOrigin origin) {
      if (origin.embedded() || origin.declaringType().equals(model) || !(member instanceof VariableElement)) {
        return member.asType();
      }
      return types.asMemberOf((DeclaredType) model.asType(), member);
    }

    private void embed(Element member, AnnotationMirror embedded, TypeElement embeddable, ColumnOrigin origin) {
      String where = model.getQualifiedName() + "." + origin.path() + member.getSimpleName();
      misplaced(member, where, embeddable);
      sources.add(embeddable.getQualifiedName().toString());
      expanding.addLast(embeddable);
      AnnotationMirror renamed = Mirrors.find(member, Mirrors.RENAMED_FROM);
      RenameSpec previousPrefix = renamed == null ? null : new RenameSpec(mirrors.string(renamed, "value"), renamed);
      add(embeddable, origin.embed(member, embeddable, prefix(member, embedded),
          nullableReason(declaringOf(member), member), previousPrefix));
      expanding.removeLast();
    }

    /** The prefix written, or the field's column name (given or derived) and {@code _}. */
    private String prefix(Element member, AnnotationMirror embedded) {
      if (embedded != null && Mirrors.given(embedded, "prefix")) {
        return mirrors.string(embedded, "prefix");
      }
      AnnotationMirror column = Mirrors.find(member, Mirrors.COLUMN);
      String given = column == null ? "" : mirrors.string(column, "name");
      return (given.isEmpty() ? Names.columnName(member.getSimpleName().toString()) : given) + "_";
    }

    private String nullableReason(TypeElement owner, Element member) {
      TypeElement type = declaredType(member.asType());
      if (type != null && type.getQualifiedName().contentEquals("java.util.Optional")) {
        return "Optional";
      }
      if (Mirrors.nullableAnnotated(owner, member)) {
        return "@Nullable";
      }
      AnnotationMirror column = Mirrors.find(member, Mirrors.COLUMN);
      return column != null && mirrors.bool(column, "nullable") ? "@Column(nullable = true)" : null;
    }

    private void misplaced(Element member, String where, TypeElement embeddable) {
      for (String key : List.of(Mirrors.KEY, Mirrors.AUTO)) {
        AnnotationMirror found = Mirrors.find(member, key);
        if (found != null) {
          problems.add(new ModelProblem(member, found, String.format(Messages.EMBEDDED_KEY,
              simpleName(key), where, "the @Embedded field itself")));
        }
      }
      AnnotationMirror column = Mirrors.find(member, Mirrors.COLUMN);
      for (String attribute : COLUMN_ONLY_ATTRIBUTES) {
        if (column != null && Mirrors.given(column, attribute)) {
          problems.add(new ModelProblem(member, column, String.format(Messages.EMBEDDED_COLUMN_ATTRIBUTE,
              attribute, where, attribute, embeddable.getQualifiedName())));
        }
      }
      for (String annotation : SINGLE_COLUMN_ANNOTATIONS) {
        AnnotationMirror found = Mirrors.find(member, annotation);
        if (found != null) {
          problems.add(new ModelProblem(member, found, String.format(Messages.EMBEDDED_FIELD_ANNOTATION,
              simpleName(annotation), where, embeddable.getQualifiedName(), simpleName(annotation))));
        }
      }
    }

    private void keyInEmbeddable(Element member, ColumnOrigin origin) {
      for (String key : List.of(Mirrors.KEY, Mirrors.AUTO)) {
        AnnotationMirror found = Mirrors.find(member, key);
        if (found != null) {
          problems.add(new ModelProblem(member, found, String.format(Messages.EMBEDDED_KEY, simpleName(key),
              origin.declaringType().getQualifiedName() + "." + member.getSimpleName(),
              "a field of @Embeddable " + origin.declaringType().getQualifiedName() + " (embedded in "
                  + model.getQualifiedName() + " as " + origin.path() + member.getSimpleName() + ")")));
        }
      }
    }

    private void notEmbeddable(Element member, AnnotationMirror embedded, ColumnOrigin origin) {
      if (member.asType().getKind() == TypeKind.ERROR) {
        unresolved = true;
        return;
      }
      problems.add(new ModelProblem(member, embedded, String.format(Messages.EMBEDDED_NOT_EMBEDDABLE,
          model.getQualifiedName() + "." + origin.path() + member.getSimpleName(), member.asType())));
    }

    private void cycle(Element member, AnnotationMirror embedded, TypeElement embeddable) {
      String chain = (expanding.isEmpty() ? model.getQualifiedName().toString()
          : expanding.stream().map(t -> t.getQualifiedName().toString()).collect(Collectors.joining(" -> ")))
          + " -> " + embeddable.getQualifiedName();
      problems.add(new ModelProblem(member, embedded, String.format(Messages.EMBEDDED_CYCLE,
          embeddable.getQualifiedName(), chain, declaringOf(member).getQualifiedName() + "." + member.getSimpleName())));
    }
  }

  private static TypeElement declaringOf(Element member) {
    return (TypeElement) member.getEnclosingElement();
  }

  private static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}
