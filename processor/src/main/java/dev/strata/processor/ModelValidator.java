package dev.strata.processor;

import dev.strata.internal.schema.model.LogicalType;
import dev.strata.internal.schema.naming.Names;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;

/**
 * Checks one model on its own: names, key, column types, {@code @Auto}, duplicate columns and
 * class-level index columns. Checks that need other models are in {@link SchemaValidator}. Every
 * problem is reported; none stops the others from being looked for.
 */
final class ModelValidator {

  private final Reporter reporter;

  ModelValidator(Reporter reporter) {
    this.reporter = reporter;
  }

  void validate(ModelSpec model) {
    ElementKind kind = model.element().getKind();
    if (kind != ElementKind.CLASS && kind != ElementKind.RECORD) {
      reporter.error(model.element(), model.annotation(),
          String.format(Messages.MODEL_NOT_CLASS, model.className()));
      return;
    }
    identifier(model.element(), model.annotation(), "Table name", model.table(), model.className(),
        Messages.FIX_TABLE_NAME);
    if (model.renamedFrom() != null) {
      identifier(model.element(), model.renamedFrom().annotation(), "Previous table name",
          model.renamedFrom().value(), model.className(), Messages.FIX_RENAMED_FROM);
    }
    if (model.keys().isEmpty()) {
      reporter.error(model.element(), model.annotation(), String.format(Messages.NO_KEY, model.className()));
    }
    for (FieldSpec field : model.fields()) {
      field(model, field);
    }
    auto(model);
    duplicateColumns(model);
    for (IndexSpec index : model.allIndexes()) {
      index(model, index);
    }
  }

  private void field(ModelSpec model, FieldSpec field) {
    String owner = model.className() + "." + field.name();
    identifier(field.element(), field.columnAnnotation(), "Column name", field.column(), owner,
        Messages.FIX_COLUMN_NAME);
    if (field.renamedFrom() != null) {
      identifier(field.element(), field.renamedFrom().annotation(), "Previous column name",
          field.renamedFrom().value(), owner, Messages.FIX_RENAMED_FROM);
    }
    if (!field.hasType()) {
      reporter.error(field.element(), null,
          String.format(Messages.UNSUPPORTED_TYPE, model.className(), field.name(), field.javaType()));
    } else if (field.rawType() == null && field.logical() == LogicalType.VARCHAR && field.length() < 1) {
      reporter.error(field.element(), field.columnAnnotation(),
          String.format(Messages.INVALID_LENGTH, model.className(), field.name(), field.length()));
    } else if (field.rawType() == null && field.logical() == LogicalType.DECIMAL
        && (field.precision() < 1 || field.scale() < 0 || field.scale() > field.precision())) {
      reporter.error(field.element(), field.columnAnnotation(), String.format(Messages.INVALID_DECIMAL,
          model.className(), field.name(), field.precision(), field.scale()));
    }
    if (field.isKey() && field.nullable()) {
      reporter.error(field.element(), field.key(), String.format(Messages.NULLABLE_KEY,
          model.className(), field.name(), field.nullableReason()));
    }
  }

  private void auto(ModelSpec model) {
    FieldSpec first = null;
    for (FieldSpec field : model.fields()) {
      if (field.auto() == null) {
        continue;
      }
      if (!field.isKey()) {
        reporter.error(field.element(), field.auto(),
            String.format(Messages.AUTO_NOT_KEY, model.className(), field.name()));
      } else if (model.keys().size() > 1) {
        reporter.error(field.element(), field.auto(),
            String.format(Messages.AUTO_IN_COMPOSITE_KEY, model.className(), field.name()));
      }
      boolean integral = field.rawType() == null
          && (field.logical() == LogicalType.INTEGER || field.logical() == LogicalType.BIGINT);
      if (field.hasType() && !integral) {
        reporter.error(field.element(), field.auto(), String.format(Messages.AUTO_NOT_INTEGRAL,
            model.className(), field.name(), field.typeLabel()));
      }
      if (first != null) {
        reporter.error(field.element(), field.auto(), String.format(Messages.AUTO_TWICE,
            model.className(), field.name(), model.className(), first.name()));
      } else {
        first = field;
      }
    }
  }

  private void duplicateColumns(ModelSpec model) {
    Map<String, FieldSpec> seen = new HashMap<>();
    for (FieldSpec field : model.fields()) {
      FieldSpec earlier = seen.putIfAbsent(field.column(), field);
      if (earlier != null) {
        reporter.error(field.element(), field.columnAnnotation(), String.format(Messages.DUPLICATE_COLUMN,
            field.column(), model.className(), earlier.name(), field.name()));
      }
    }
  }

  private void index(ModelSpec model, IndexSpec index) {
    if (index.nameGiven()) {
      identifier(index.element(), index.annotation(),
          index.unique() ? "Unique index name" : "Index name", index.name(), model.className(),
          Messages.FIX_INDEX_NAME);
    }
    if (index.element() != model.element()) {
      return;
    }
    if (index.columns().isEmpty()) {
      reporter.error(index.element(), index.annotation(), String.format(Messages.INDEX_WITHOUT_COLUMNS,
          index.annotationName(), model.className()));
      return;
    }
    List<String> columns = model.columnNames();
    for (String column : index.columns()) {
      if (!columns.contains(column)) {
        reporter.error(index.element(), index.annotation(), String.format(Messages.UNKNOWN_INDEX_COLUMN,
            index.annotationName(), model.className(), column, model.table(), String.join(", ", columns)));
      }
    }
  }

  private void identifier(
      Element element, AnnotationMirror annotation, String what, String name, String owner, String fix) {
    String problem = Names.identifierProblem(name);
    if (problem != null) {
      reporter.error(element, annotation,
          String.format(Messages.INVALID_IDENTIFIER, what, name, owner, problem, fix));
    }
  }
}
