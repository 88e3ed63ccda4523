package dev.strata.processor;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Where the field of a column was declared: in the model itself, in one of its
 * {@code @MappedSuperclass}es, or in an {@code @Embeddable} reached through {@code @Embedded}
 * fields. Used to name the column's column and Java path, and to say in messages where it came from.
 *
 * @param declaringType the class or record that declares the field
 * @param embedding the {@code @Embedded} fields leading to the field, outermost (the one in the
 *     model or a mapped superclass) first; empty when the field is not embedded
 * @param prefix the column name prefix: the prefixes of all {@code embedding} fields, concatenated
 * @param path the Java path before the field's own name ({@code "home."}, {@code "home.geo."}), or empty
 * @param nullableReason what made the column nullable from outside (an enclosing embedded field
 *     that is nullable), for messages; null when the field's own declaration decides
 * @param previousPrefix the prefix the columns had before a {@code @RenamedFrom} on an embedded
 *     field; equal to {@code prefix} when none was renamed
 * @param prefixRename the outermost {@code @RenamedFrom} of an embedded field, or null
 */
record ColumnOrigin(
    TypeElement declaringType, List<Element> embedding, String prefix, String path, String nullableReason,
    String previousPrefix, AnnotationMirror prefixRename) {

  ColumnOrigin {
    embedding = List.copyOf(embedding);
  }

  /** A field declared by {@code type} itself (the model or a mapped superclass). */
  static ColumnOrigin declaredBy(TypeElement type) {
    return new ColumnOrigin(type, List.of(), "", "", null, "", null);
  }

  /**
   * The origin of the fields of {@code embeddable}, reached through {@code field} with
   * {@code fieldPrefix}; {@code fieldNullable} is why {@code field} is nullable, or null;
   * {@code rename} is the field's {@code @RenamedFrom} (its value the previous prefix), or null.
   */
  ColumnOrigin embed(Element field, TypeElement embeddable, String fieldPrefix, String fieldNullable,
      RenameSpec rename) {
    List<Element> chain = new ArrayList<>(embedding);
    chain.add(field);
    String reason = nullableReason != null ? nullableReason
        : fieldNullable == null ? null : fieldNullable + " on @Embedded field " + path + field.getSimpleName();
    return new ColumnOrigin(embeddable, chain, prefix + fieldPrefix, path + field.getSimpleName() + ".", reason,
        previousPrefix + (rename == null ? fieldPrefix : rename.value()),
        prefixRename != null || rename == null ? prefixRename : rename.annotation());
  }

  /**
   * The rename hint of a column of this origin: its own {@code @RenamedFrom} (the previous name
   * inside the embeddable) after the previous prefix, or, when only a prefix was renamed, its
   * column name after the previous prefix; null when nothing was renamed.
   *
   * @param own the field's own hint, its value not prefixed, or null
   * @param column the field's column name without any prefix
   */
  RenameSpec rename(RenameSpec own, String column) {
    if (own != null) {
      return new RenameSpec(previousPrefix + own.value(), own.annotation());
    }
    return prefixRename == null ? null : new RenameSpec(previousPrefix + column, prefixRename);
  }

  boolean embedded() {
    return !embedding.isEmpty();
  }

  /**
   * Where a problem of the column as a whole (a name clash) is reported: the field itself, or for
   * an embedded column the outermost {@code @Embedded} field, which is in the model's hierarchy.
   */
  Element site(Element field) {
    return embedded() ? embedding.get(0) : field;
  }

  /** Whether two columns come from the same declaration place (same class, same embedding path). */
  boolean samePlace(ColumnOrigin other) {
    return declaringType.equals(other.declaringType) && embedding.equals(other.embedding);
  }

  /** The column's field for messages: {@code field x}, with where it was inherited or embedded from. */
  String describe(ModelSpec model, FieldSpec field) {
    if (embedded()) {
      return "field " + field.name() + " of " + model.className() + " (embedded from "
          + declaringType.getQualifiedName() + " with prefix '" + prefix + "')";
    }
    if (!declaringType.equals(model.element())) {
      return "field " + field.name() + " inherited from " + declaringType.getQualifiedName();
    }
    return "field " + field.name() + " of " + model.className();
  }
}
