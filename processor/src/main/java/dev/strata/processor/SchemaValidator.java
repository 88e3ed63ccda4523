package dev.strata.processor;

import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.TableDef;
import dev.strata.internal.schema.naming.Names;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks what spans models: table names, index names (unique in the whole schema, as PostgreSQL
 * keeps indexes in the schema's namespace) and foreign keys. Names are compared ignoring case, as
 * SQLite and MySQL (on case-insensitive file systems, and for index names) do. Tables kept from an earlier
 * compilation take part, so a clash with a model not compiled now is found too.
 */
final class SchemaValidator {

  private final Reporter reporter;
  private final Catalog catalog;

  SchemaValidator(Reporter reporter, Catalog catalog) {
    this.reporter = reporter;
    this.catalog = catalog;
  }

  /** Checks {@code models}, sorted by class name, against each other and {@code kept}. */
  void validate(List<ModelSpec> models, List<TableDef> kept) {
    tables(models, kept);
    indexes(models, kept);
    for (ModelSpec model : models) {
      for (FieldSpec field : model.fields()) {
        if (field.reference() != null) {
          reference(model, field, field.reference());
        }
      }
    }
  }

  private void tables(List<ModelSpec> models, List<TableDef> kept) {
    for (ModelSpec model : models) {
      Optional<ModelSpec> other = models.stream()
          .filter(m -> m != model && m.table().equalsIgnoreCase(model.table()))
          .findFirst();
      if (other.isPresent()) {
        if (other.get().table().equals(model.table())) {
          reporter.error(model.element(), model.annotation(), String.format(Messages.DUPLICATE_TABLE,
              model.table(), model.className(), other.get().className()));
        } else {
          reporter.error(model.element(), model.annotation(), String.format(Messages.DUPLICATE_TABLE_CASE,
              model.table(), model.className(), other.get().table(), other.get().className()));
        }
        continue;
      }
      for (TableDef table : kept) {
        if (table.name().equalsIgnoreCase(model.table())) {
          reporter.error(model.element(), model.annotation(), String.format(Messages.DUPLICATE_TABLE_EARLIER,
              model.table(), model.className(), table.sourceClass(), table.sourceClass()));
        }
      }
    }
  }

  private void indexes(List<ModelSpec> models, List<TableDef> kept) {
    Map<String, String> tableByIndex = new HashMap<>();
    for (TableDef table : kept) {
      for (IndexDef index : table.indexes()) {
        tableByIndex.putIfAbsent(index.name().toLowerCase(Locale.ROOT), table.name());
      }
    }
    for (ModelSpec model : models) {
      for (IndexSpec index : model.allIndexes()) {
        String name = index.effectiveName(model.table());
        String earlier = tableByIndex.putIfAbsent(name.toLowerCase(Locale.ROOT), model.table());
        if (earlier != null) {
          reporter.error(index.element(), index.annotation(),
              String.format(Messages.DUPLICATE_INDEX, name, model.table(), earlier));
        }
      }
    }
  }

  private void reference(ModelSpec model, FieldSpec field, ReferenceSpec reference) {
    String problem = reference.name().isEmpty() ? null : Names.identifierProblem(reference.name());
    if (problem != null) {
      reporter.error(field.element(), reference.annotation(), String.format(Messages.INVALID_IDENTIFIER,
          "Foreign key name", reference.name(), model.className() + "." + field.name(), problem,
          Messages.FIX_INDEX_NAME));
    }
    if (!ModelReader.isModel(reference.target())) {
      reporter.error(field.element(), reference.annotation(), String.format(Messages.REFERENCE_NOT_MODEL,
          model.className(), field.name(), reference.targetName()));
      return;
    }
    Optional<ModelSpec> found = catalog.model(reference.target());
    if (found.isEmpty()) {
      return; // the target mentions a type that does not exist; javac reports that
    }
    ModelSpec target = found.get();
    FieldSpec referenced;
    if (reference.column().isEmpty()) {
      List<FieldSpec> keys = target.keys();
      if (keys.isEmpty()) {
        return; // the target's own missing @Key is the error to fix
      }
      if (keys.size() > 1) {
        reporter.error(field.element(), reference.annotation(), String.format(
            Messages.REFERENCE_NO_SINGLE_KEY, model.className(), field.name(), target.className(),
            keys.stream().map(FieldSpec::column).toList()));
        return;
      }
      referenced = keys.get(0);
    } else {
      Optional<FieldSpec> column = target.fields().stream()
          .filter(f -> f.column().equals(reference.column()))
          .findFirst();
      if (column.isEmpty()) {
        reporter.error(field.element(), reference.annotation(), String.format(
            Messages.REFERENCE_UNKNOWN_COLUMN, model.className(), field.name(), reference.column(),
            target.table(), String.join(", ", target.columnNames())));
        return;
      }
      referenced = column.get();
      if (!isUniqueColumn(target, referenced.column())) {
        reporter.error(field.element(), reference.annotation(), String.format(
            Messages.REFERENCE_NOT_UNIQUE, model.className(), field.name(), reference.column(),
            target.table()));
      }
    }
    if (field.hasType() && referenced.hasType() && !field.sameTypeAs(referenced)) {
      reporter.error(field.element(), reference.annotation(), String.format(
          Messages.REFERENCE_TYPE_MISMATCH, model.className(), field.name(), field.typeLabel(),
          target.table(), referenced.column(), referenced.typeLabel()));
    }
  }

  /** Whether the database accepts a foreign key to {@code column} alone: its key or unique. */
  private static boolean isUniqueColumn(ModelSpec target, String column) {
    List<String> single = List.of(column);
    return target.keys().stream().map(FieldSpec::column).toList().equals(single)
        || target.allIndexes().stream().anyMatch(i -> i.unique() && i.columns().equals(single));
  }
}
