package dev.strata.processor;

import dev.strata.internal.schema.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Reads a {@code @Model} type into a {@link ModelSpec}. Reports nothing: what is wrong is left in
 * the spec for {@link ModelValidator} to find, so reading works the same for a model compiled now
 * and for a referenced model read from a class file.
 */
final class ModelReader {

  private final Mirrors mirrors;
  private final TypeMapper types = new TypeMapper();
  private final ColumnMembers columnMembers;
  private final CheckReader checks;

  ModelReader(Mirrors mirrors, Types typeUtils) {
    this.mirrors = mirrors;
    this.columnMembers = new ColumnMembers(mirrors, typeUtils);
    this.checks = new CheckReader(mirrors);
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

    ColumnMembers.Result structure = columnMembers.of(type);
    if (structure.unresolved()) {
      return Optional.empty();
    }
    List<FieldSpec> fields = new ArrayList<>();
    for (ColumnMembers.Member member : structure.members()) {
      Optional<FieldSpec> field = readField(member, table);
      if (field.isEmpty()) {
        return Optional.empty();
      }
      fields.add(field.get());
    }
    List<ForeignKeySpec> foreignKeys = ForeignKeySpec.read(mirrors, type);
    if (unresolvedReference(fields) || foreignKeys.stream().anyMatch(f -> f.target() == null)) {
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
        !givenTable.isEmpty(), rename(type), fields, indexes, foreignKeys, checks.read(type, fields),
        structure.problems()));
  }

  /**
   * One column. An inherited or embedded field is read like the model's own, with its origin's
   * column name prefix and, inside a nullable embedded field, nullable whatever its own type.
   */
  private Optional<FieldSpec> readField(ColumnMembers.Member candidate, String table) {
    Element member = candidate.element();
    ColumnOrigin origin = candidate.origin();
    TypeElement owner = origin.declaringType();
    TypeMirror type = candidate.type();
    TypeMapper.Mapping mapping = types.map(type);
    if (mapping.unresolved()) {
      return Optional.empty();
    }
    String simpleName = member.getSimpleName().toString();
    String name = origin.path() + simpleName;
    AnnotationMirror column = Mirrors.find(member, Mirrors.COLUMN);
    String givenName = column == null ? "" : mirrors.string(column, "name");
    String columnName = origin.prefix() + (givenName.isEmpty() ? Names.columnName(simpleName) : givenName);
    String rawType = column == null ? "" : mirrors.string(column, "type").strip();
    String defaultValue = column == null ? "" : mirrors.string(column, "defaultValue");

    String nullableReason = origin.nullableReason();
    if (nullableReason == null && !mapping.primitive()) {
      if (mapping.optional()) {
        nullableReason = "Optional";
      } else if (Mirrors.nullableAnnotated(owner, member)) {
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
        origin.rename(rename(member), givenName.isEmpty() ? Names.columnName(simpleName) : givenName),
        indexes,
        reference(member),
        mirrors.repeated(member, Mirrors.DIALECT_TYPE, Mirrors.DIALECT_TYPE_LIST).stream()
            .map(m -> new DialectTypeSpec(m, mirrors.enumName(m, "dialect"), mirrors.string(m, "type").strip()))
            .toList(),
        origin));
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
