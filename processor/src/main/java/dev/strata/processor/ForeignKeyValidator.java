package dev.strata.processor;

import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.TableDef;
import dev.strata.internal.schema.naming.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the class-level {@code @ForeignKey}s of each model: its own columns, the target (a model
 * compiled now or earlier, found through the {@link Catalog}), the referenced columns, their count
 * and types, the constraint name; and that foreign key names are unique in the schema. Each error
 * is reported on the annotation.
 *
 * <p>The referenced columns must be, in order, exactly the target's primary key or the columns of
 * one of its unique indexes. PostgreSQL ("there is no unique constraint matching given keys") and
 * SQLite ("foreign key mismatch") accept a key or unique constraint over the same set of columns in
 * any order; InnoDB needs an index on the referenced table whose first columns are the referenced
 * ones in the same order (MySQL "FOREIGN KEY Constraints"). The exact ordered match is what all
 * three accept; a different order is fixed by reordering both lists together.
 */
final class ForeignKeyValidator {

  private final Reporter reporter;
  private final Catalog catalog;

  ForeignKeyValidator(Reporter reporter, Catalog catalog) {
    this.reporter = reporter;
    this.catalog = catalog;
  }

  /**
   * Checks the {@code @ForeignKey}s of {@code models} and that no two foreign keys of the schema
   * ({@code @References} and {@code @ForeignKey}, of these models and of the tables {@code kept}
   * from an earlier compilation) share a name.
   */
  void validate(List<ModelSpec> models, List<TableDef> kept) {
    Map<String, String> tableByName = new HashMap<>();
    for (TableDef table : kept) {
      for (ForeignKeyDef foreignKey : table.foreignKeys()) {
        tableByName.putIfAbsent(key(foreignKey.name()), table.name());
      }
    }
    for (ModelSpec model : models) {
      for (FieldSpec field : model.fields()) {
        ReferenceSpec reference = field.reference();
        if (reference != null) {
          String name = reference.name().isEmpty()
              ? Names.foreignKeyName(model.table(), List.of(field.column())) : reference.name();
          unique(tableByName, name, model, () -> reporter.error(field.element(), reference.annotation(),
              String.format(Messages.DUPLICATE_FOREIGN_KEY, name, model.table(), tableByName.get(key(name)))));
        }
      }
      for (ForeignKeySpec foreignKey : model.foreignKeys()) {
        validate(model, foreignKey);
        String name = foreignKey.effectiveName(model.table());
        unique(tableByName, name, model, () -> error(model, foreignKey,
            String.format(Messages.DUPLICATE_FOREIGN_KEY, name, model.table(), tableByName.get(key(name)))));
      }
    }
  }

  private static void unique(Map<String, String> tableByName, String name, ModelSpec model, Runnable report) {
    if (tableByName.putIfAbsent(key(name), model.table()) != null) {
      report.run();
    }
  }

  private void validate(ModelSpec model, ForeignKeySpec foreignKey) {
    if (!foreignKey.name().isEmpty()) {
      String problem = Names.identifierProblem(foreignKey.name());
      if (problem != null) {
        error(model, foreignKey, String.format(Messages.INVALID_IDENTIFIER, "Foreign key name",
            foreignKey.name(), model.className(), problem, Messages.FIX_INDEX_NAME));
      }
    }
    List<FieldSpec> columns = columns(model, foreignKey);
    if (columns == null) {
      return;
    }
    if (!ModelReader.isModel(foreignKey.target())) {
      error(model, foreignKey, String.format(Messages.FOREIGN_KEY_NOT_MODEL, model.className(), foreignKey.targetName()));
      return;
    }
    Optional<ModelSpec> found = catalog.model(foreignKey.target());
    if (found.isEmpty()) {
      return; // the target mentions a type that does not exist; javac reports that
    }
    ModelSpec target = found.get();
    List<FieldSpec> referenced = referenced(model, foreignKey, target);
    if (referenced == null) {
      return;
    }
    List<String> referencedNames = referenced.stream().map(FieldSpec::column).toList();
    if (referenced.size() != columns.size()) {
      error(model, foreignKey, String.format(Messages.FOREIGN_KEY_COUNT_MISMATCH, model.className(),
          columns.size(), String.join(", ", foreignKey.columns()), referenced.size(), target.table(),
          String.join(", ", referencedNames)));
      return;
    }
    if (!isKeyOrUnique(target, referencedNames)) {
      error(model, foreignKey, String.format(Messages.FOREIGN_KEY_NOT_UNIQUE, model.className(),
          String.join(", ", referencedNames), target.table(),
          String.join(", ", target.keys().stream().map(FieldSpec::column).toList()), target.className()));
    }
    for (int i = 0; i < columns.size(); i++) {
      FieldSpec column = columns.get(i);
      FieldSpec other = referenced.get(i);
      if (column.hasType() && other.hasType() && !column.sameTypeAs(other)) {
        error(model, foreignKey, String.format(Messages.FOREIGN_KEY_TYPE_MISMATCH, model.className(),
            column.column(), column.typeLabel(), target.table(), other.column(), other.typeLabel()));
      }
    }
  }

  /** The referencing columns' fields, or null after reporting what is wrong with the list. */
  private List<FieldSpec> columns(ModelSpec model, ForeignKeySpec foreignKey) {
    if (foreignKey.columns().isEmpty()) {
      error(model, foreignKey, String.format(Messages.FOREIGN_KEY_NO_COLUMNS, model.className()));
      return null;
    }
    List<FieldSpec> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean ok = true;
    for (String column : foreignKey.columns()) {
      Optional<FieldSpec> field = field(model, column);
      if (field.isEmpty()) {
        error(model, foreignKey, String.format(Messages.FOREIGN_KEY_UNKNOWN_COLUMN, model.className(), column,
            model.table(), String.join(", ", model.columnNames())));
        ok = false;
      } else if (!seen.add(key(column))) {
        error(model, foreignKey, String.format(Messages.FOREIGN_KEY_REPEATED_COLUMN, model.className(), column));
        ok = false;
      } else {
        out.add(field.get());
      }
    }
    return ok ? out : null;
  }

  /** The referenced columns' fields (the target's key when none are listed), or null after an error. */
  private List<FieldSpec> referenced(ModelSpec model, ForeignKeySpec foreignKey, ModelSpec target) {
    if (foreignKey.referencedColumns().isEmpty()) {
      List<FieldSpec> keys = target.keys();
      return keys.isEmpty() ? null : keys; // a target without @Key is the error to fix there
    }
    List<FieldSpec> out = new ArrayList<>();
    boolean ok = true;
    for (String column : foreignKey.referencedColumns()) {
      Optional<FieldSpec> field = field(target, column);
      if (field.isEmpty()) {
        error(model, foreignKey, String.format(Messages.FOREIGN_KEY_UNKNOWN_REFERENCED_COLUMN, model.className(),
            column, target.table(), target.className(), String.join(", ", target.columnNames())));
        ok = false;
      } else {
        out.add(field.get());
      }
    }
    return ok ? out : null;
  }

  private static Optional<FieldSpec> field(ModelSpec model, String column) {
    return model.fields().stream().filter(f -> f.column().equals(column)).findFirst();
  }

  /** Whether {@code columns}, in order, are the target's primary key or one of its unique indexes. */
  private static boolean isKeyOrUnique(ModelSpec target, List<String> columns) {
    return target.keys().stream().map(FieldSpec::column).toList().equals(columns)
        || target.allIndexes().stream().anyMatch(i -> i.unique() && i.columns().equals(columns));
  }

  private void error(ModelSpec model, ForeignKeySpec foreignKey, String message) {
    reporter.error(model.element(), foreignKey.annotation(), message);
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
