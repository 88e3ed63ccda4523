package dev.strata.processor;

import dev.strata.internal.schema.naming.Names;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * A class-level {@code @ForeignKey}, as written: nothing checked yet.
 *
 * @param annotation the annotation, where its errors are reported
 * @param columns the referencing column names, in the order given
 * @param target the referenced type, or null when it does not resolve (yet)
 * @param referencedColumns the referenced column names, or empty for the target's primary key
 * @param name the constraint name, or empty for the default {@code fk_<table>_<col>[_<col>...]}
 * @param onDelete the {@code ReferentialAction} constant name for deletes
 * @param onUpdate the {@code ReferentialAction} constant name for updates
 */
record ForeignKeySpec(
    AnnotationMirror annotation, List<String> columns, TypeElement target, List<String> referencedColumns,
    String name, String onDelete, String onUpdate) {

  ForeignKeySpec {
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
  }

  /** The {@code @ForeignKey} annotations on {@code type}, in declaration order. */
  static List<ForeignKeySpec> read(Mirrors mirrors, TypeElement type) {
    List<ForeignKeySpec> out = new ArrayList<>();
    for (AnnotationMirror mirror : mirrors.repeated(type, Mirrors.FOREIGN_KEY, Mirrors.FOREIGN_KEY_LIST)) {
      out.add(new ForeignKeySpec(mirror, mirrors.strings(mirror, "columns"), mirrors.type(mirror, "references"),
          mirrors.strings(mirror, "referencedColumns"), mirrors.string(mirror, "name"),
          mirrors.enumName(mirror, "onDelete"), mirrors.enumName(mirror, "onUpdate")));
    }
    return out;
  }

  String targetName() {
    return target.getQualifiedName().toString();
  }

  /** The name given, or the default {@code fk_<table>_<col>[_<col>...]}. */
  String effectiveName(String table) {
    return name.isEmpty() ? Names.foreignKeyName(table, columns) : name;
  }
}
