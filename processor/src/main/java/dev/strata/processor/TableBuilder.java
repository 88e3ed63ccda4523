package dev.strata.processor;

import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.annotations.ReferentialAction;
import dev.strata.internal.schema.model.TableDef;
import dev.strata.internal.schema.naming.Names;
import java.util.ArrayList;
import java.util.List;

/** Turns a validated {@link ModelSpec} into the {@link TableDef} the manifest holds. */
final class TableBuilder {

  private final Catalog catalog;

  TableBuilder(Catalog catalog) {
    this.catalog = catalog;
  }

  TableDef build(ModelSpec model) {
    List<ColumnDef> columns = new ArrayList<>();
    List<ForeignKeyDef> foreignKeys = new ArrayList<>();
    for (FieldSpec field : model.fields()) {
      columns.add(new ColumnDef(field.column(), field.columnType(), field.nullable(), field.defaultValue(),
          field.auto() != null, field.renamedFrom() == null ? null : field.renamedFrom().value()));
      if (field.reference() != null) {
        foreignKeys.add(foreignKey(model, field, field.reference()));
      }
    }
    for (ForeignKeySpec foreignKey : model.foreignKeys()) {
      foreignKeys.add(foreignKey(model, foreignKey));
    }
    List<IndexDef> indexes = model.allIndexes().stream()
        .map(i -> new IndexDef(i.effectiveName(model.table()), i.columns(), i.unique(), i.where()))
        .toList();
    List<String> primaryKey = model.keys().stream().map(FieldSpec::column).toList();
    List<CheckDef> checks = model.checks().stream()
        .map(c -> new CheckDef(c.effectiveName(model.table()), c.expression().strip()))
        .toList();
    return new TableDef(model.table(), model.className(), columns, primaryKey, indexes, foreignKeys, checks,
        model.renamedFrom() == null ? null : model.renamedFrom().value());
  }

  private ForeignKeyDef foreignKey(ModelSpec model, FieldSpec field, ReferenceSpec reference) {
    ModelSpec target = catalog.model(reference.target()).orElseThrow();
    String referenced = reference.column().isEmpty() ? target.keys().get(0).column() : reference.column();
    return new ForeignKeyDef(
        reference.name().isEmpty() ? Names.foreignKeyName(model.table(), List.of(field.column())) : reference.name(),
        List.of(field.column()),
        target.table(),
        List.of(referenced),
        ReferentialAction.valueOf(reference.onDelete()),
        ReferentialAction.valueOf(reference.onUpdate()));
  }

  private ForeignKeyDef foreignKey(ModelSpec model, ForeignKeySpec foreignKey) {
    ModelSpec target = catalog.model(foreignKey.target()).orElseThrow();
    List<String> referenced = foreignKey.referencedColumns().isEmpty()
        ? target.keys().stream().map(FieldSpec::column).toList()
        : foreignKey.referencedColumns();
    return new ForeignKeyDef(foreignKey.effectiveName(model.table()), foreignKey.columns(), target.table(),
        referenced, ReferentialAction.valueOf(foreignKey.onDelete()), ReferentialAction.valueOf(foreignKey.onUpdate()));
  }
}
