package dev.strata.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Model} type as read from its element: names and types derived, nothing checked yet.
 * The elements and mirrors are kept only so that a check can point at the code at fault.
 *
 * @param element the model type
 * @param annotation its {@code @Model}
 * @param className the fully qualified (canonical) class name, the manifest's {@code sourceClass}
 * @param table the table name, given or derived
 * @param tableGiven whether {@code @Model(table = ...)} named the table
 * @param renamedFrom the {@code @RenamedFrom} hint on the class, or null
 * @param fields the columns, in column order: inherited ones first, embedded ones expanded
 * @param indexes the class-level {@code @Index} and {@code @Unique} annotations, in declaration order
 * @param foreignKeys the class-level {@code @ForeignKey} annotations, in declaration order
 * @param checks the {@code @Check} annotations: the fields' in field order, then the class's
 * @param problems what is wrong with its mapped superclasses and embedded fields
 */
record ModelSpec(
    TypeElement element,
    AnnotationMirror annotation,
    String className,
    String table,
    boolean tableGiven,
    RenameSpec renamedFrom,
    List<FieldSpec> fields,
    List<IndexSpec> indexes,
    List<ForeignKeySpec> foreignKeys,
    List<CheckSpec> checks,
    List<ModelProblem> problems) {

  ModelSpec {
    fields = List.copyOf(fields);
    indexes = List.copyOf(indexes);
    foreignKeys = List.copyOf(foreignKeys);
    problems = List.copyOf(problems);
    checks = List.copyOf(checks);
  }

  List<FieldSpec> keys() {
    return fields.stream().filter(FieldSpec::isKey).toList();
  }

  List<String> columnNames() {
    return fields.stream().map(FieldSpec::column).toList();
  }

  /** Field-level indexes first, in field order, then the class-level ones. */
  List<IndexSpec> allIndexes() {
    List<IndexSpec> all = new java.util.ArrayList<>();
    fields.forEach(f -> all.addAll(f.indexes()));
    all.addAll(indexes);
    return all;
  }
}
