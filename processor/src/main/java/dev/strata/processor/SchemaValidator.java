package dev.strata.processor;

import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.TableDef;
import dev.strata.internal.schema.naming.Names;
import java.util.ArrayList;
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
    new ForeignKeyValidator(reporter, catalog).validate(models, kept);
    new CheckValidator(reporter).validateNames(models, kept);
    for (ModelSpec model : models) {
      for (FieldSpec field : model.fields()) {
        if (field.reference() != null) {
          reference(model, field, field.reference());
        }
      }
    }
  }

  private void tables(List<ModelSpec> models, List<TableDef> kept) {
    // One pass each way rather than a search per model: a project may have thousands. Keyed by
    // the lower-case name, so Item and item clash too.
    Map<String, ModelSpec> firstByTable = new HashMap<>();
    Map<String, ModelSpec> secondByTable = new HashMap<>();
    for (ModelSpec model : models) {
      if (firstByTable.putIfAbsent(key(model.table()), model) != null) {
        secondByTable.putIfAbsent(key(model.table()), model);
      }
    }
    Map<String, List<TableDef>> keptByName = new HashMap<>();
    for (TableDef table : kept) {
      keptByName.computeIfAbsent(key(table.name()), name -> new ArrayList<>()).add(table);
    }
    for (ModelSpec model : models) {
      ModelSpec first = firstByTable.get(key(model.table()));
      ModelSpec other = first != model ? first : secondByTable.get(key(model.table()));
      if (other != null) {
        if (other.table().equals(model.table())) {
          reporter.error(model.element(), model.annotation(), String.format(Messages.DUPLICATE_TABLE,
              model.table(), model.className(), other.className()));
        } else {
          reporter.error(model.element(), model.annotation(), String.format(Messages.DUPLICATE_TABLE_CASE,
              model.table(), model.className(), other.table(), other.className()));
        }
        continue;
      }
      for (TableDef table : keptByName.getOrDefault(key(model.table()), List.of())) {
        reporter.error(model.element(), model.annotation(), String.format(Messages.DUPLICATE_TABLE_EARLIER,
            model.table(), model.className(), table.sourceClass(), table.sourceClass()));
      }
    }
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private void indexes(List<ModelSpec> models, List<TableDef> kept) {
    Map<String, String> tableByIndex = new HashMap<>();
    for (TableDef table : kept) {
      for (IndexDef index : table.indexes()) {
        tableByIndex.putIfAbsent(key(index.name()), table.name());
      }
    }
    for (ModelSpec model : models) {
      for (IndexSpec index : model.allIndexes()) {
        String name = index.effectiveName(model.table());
        String earlier = tableByIndex.putIfAbsent(key(name), model.table());
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
