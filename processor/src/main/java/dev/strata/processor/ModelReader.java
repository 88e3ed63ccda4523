package dev.strata.processor;

import dev.strata.internal.schema.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Reads a {@code @Model} type into a {@link ModelSpec}. Reports nothing: what is wrong is left in
 * the spec for {@link ModelValidator} to find, so reading works the same for a model compiled now
 * and for a referenced model read from a class file.
 */
final class ModelReader {

  private final Mirrors mirrors;
  private final TypeMapper types = new TypeMapper();

  ModelReader(Mirrors mirrors) {
    this.mirrors = mirrors;
  }

  /** Whether {@code type} is annotated {@code @Model}. */
  static boolean isModel(TypeElement type) {
    return Mirrors.find(type, Mirrors.MODEL) != null;
  }

  /**
   * The model of {@code type}, or empty when a type it mentions does not resolve yet (it may be
   * generated in a later round; if it never is, javac reports it).
   */
  Optional<ModelSpec> read(TypeElement type) {
    AnnotationMirror model = Mirrors.find(type, Mirrors.MODEL);
    String givenTable = model == null ? "" : mirrors.string(model, "table");
    String table = givenTable.isEmpty() ? Names.tableName(type.getSimpleName().toString()) : givenTable;

    List<FieldSpec> fields = new ArrayList<>();
    for (Element member : members(type)) {
      Optional<FieldSpec> field = readField(type, member, table);
      if (field.isEmpty()) {
        return Optional.empty();
      }
      fields.add(field.get());
    }
    if (unresolvedReference(fields)) {
      return Optional.empty();
    }

    List<IndexSpec> indexes = new ArrayList<>();
    for (AnnotationMirror index : mirrors.repeated(type, Mirrors.INDEX, Mirrors.INDEX_LIST)) {
      indexes.add(new IndexSpec(type, index, "Index", mirrors.string(index, "name"),
          mirrors.strings(index, "columns"), mirrors.bool(index, "unique"), mirrors.string(index, "where")));
    }
    for (AnnotationMirror unique : mirrors.repeated(type, Mirrors.UNIQUE, Mirrors.UNIQUE_LIST)) {
      indexes.add(new IndexSpec(type, unique, "Unique", mirrors.string(unique, "name"),
          mirrors.strings(unique, "columns"), true));
    }
    return Optional.of(new ModelSpec(type, model, type.getQualifiedName().toString(), table,
        !givenTable.isEmpty(), rename(type), fields, indexes));
  }

  /** The record components of a record; the instance fields of a class that are columns. */
  private static List<Element> members(TypeElement type) {
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

  private Optional<FieldSpec> readField(TypeElement owner, Element member, String table) {
    TypeMirror type = member.asType();
    TypeMapper.Mapping mapping = types.map(type);
    if (mapping.unresolved()) {
      return Optional.empty();
    }
    String name = member.getSimpleName().toString();
    AnnotationMirror column = Mirrors.find(member, Mirrors.COLUMN);
    String givenName = column == null ? "" : mirrors.string(column, "name");
    String columnName = givenName.isEmpty() ? Names.columnName(name) : givenName;
    String rawType = column == null ? "" : mirrors.string(column, "type").strip();
    String defaultValue = column == null ? "" : mirrors.string(column, "defaultValue");

    String nullableReason = null;
    if (!mapping.primitive()) {
      if (mapping.optional()) {
        nullableReason = "Optional";
      } else if (hasNullable(owner, member)) {
        nullableReason = "@Nullable";
      } else if (column != null && mirrors.bool(column, "nullable")) {
        nullableReason = "@Column(nullable = true)";
      }
    }

    List<IndexSpec> indexes = new ArrayList<>();
    AnnotationMirror index = Mirrors.find(member, Mirrors.INDEX);
    if (index != null) {
      indexes.add(new IndexSpec(member, index, "Index", mirrors.string(index, "name"),
          List.of(columnName), mirrors.bool(index, "unique"), mirrors.string(index, "where")));
    }
    AnnotationMirror unique = Mirrors.find(member, Mirrors.UNIQUE);
    if (unique != null) {
      indexes.add(new IndexSpec(member, unique, "Unique", mirrors.string(unique, "name"),
          List.of(columnName), true));
    }

    return Optional.of(new FieldSpec(
        member,
        name,
        columnName,
        column,
        !givenName.isEmpty(),
        type.toString(),
        mapping.logical(),
        rawType.isEmpty() ? null : rawType,
        column == null ? 255 : mirrors.integer(column, "length"),
        column == null ? 19 : mirrors.integer(column, "precision"),
        column == null ? 2 : mirrors.integer(column, "scale"),
        nullableReason != null,
        nullableReason,
        defaultValue.isEmpty() ? null : defaultValue,
        Mirrors.find(member, Mirrors.KEY),
        Mirrors.find(member, Mirrors.AUTO),
        rename(member),
        indexes,
        reference(member)));
  }

  /**
   * Whether a {@code Nullable} annotation (any package) marks the member. A record component's
   * annotations are copied to its field or accessor depending on their targets, and a type-use
   * {@code Nullable} sits on the type, so all of them are looked at.
   */
  private static boolean hasNullable(TypeElement owner, Element member) {
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
    return places.stream().anyMatch(p -> Mirrors.hasSimpleName(p, "Nullable"));
  }

  private RenameSpec rename(Element element) {
    AnnotationMirror mirror = Mirrors.find(element, Mirrors.RENAMED_FROM);
    return mirror == null ? null : new RenameSpec(mirrors.string(mirror, "value"), mirror);
  }

  private ReferenceSpec reference(Element member) {
    AnnotationMirror mirror = Mirrors.find(member, Mirrors.REFERENCES);
    if (mirror == null) {
      return null;
    }
    return new ReferenceSpec(mirror, mirrors.type(mirror, "value"), mirrors.string(mirror, "column"),
        mirrors.string(mirror, "name"), mirrors.enumName(mirror, "onDelete"), mirrors.enumName(mirror, "onUpdate"));
  }

  private static boolean unresolvedReference(List<FieldSpec> fields) {
    return fields.stream().anyMatch(f -> f.reference() != null && f.reference().target() == null);
  }
}
