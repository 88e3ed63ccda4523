package dev.strata.generator.diff;

import dev.strata.internal.operation.Operation;
import dev.strata.internal.replay.Replayer;
import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The renames that {@code @RenamedFrom} hints ask for, and the current schema with them applied.
 *
 * <p>A hint on {@code new} naming {@code old} is followed only while the current schema has
 * {@code old} and lacks {@code new}; otherwise it is stale (the rename already happened, or the
 * old name is gone) and ignored, so a second diff after the rename finds nothing. Each old name
 * is taken by the first desired table (or column) that claims it, in name (or column) order.
 * Table renames come first; column renames then use the new table names.
 */
final class Renames {
  /** Table renames, by old name, in desired-name order. */
  final List<Operation.RenameTable> tables = new ArrayList<>();
  /** Column renames, tables in name order, columns in desired order. */
  final List<Operation.RenameColumn> columns = new ArrayList<>();
  /** New table name → name in the current schema. */
  final Map<String, String> oldTableNames = new HashMap<>();
  /**
   * Checks of the current schema that name a column renamed here, each as (table after the table
   * renames, check name): the renames would leave them naming a column that is gone (and MySQL
   * refuses to rename a column a check uses), so they are dropped first and added back from the
   * model. They are missing from {@link #renamed}.
   */
  final List<Operation.DropCheck> checksOnRenamedColumns = new ArrayList<>();
  /** The current schema after all renames. */
  final SchemaDef renamed;

  Renames(SchemaDef current, SchemaDef desired) {
    Set<String> claimed = new HashSet<>();
    SchemaDef state = current;
    for (TableDef table : desired.tables()) {
      String old = table.renamedFrom();
      if (old != null && !current.hasTable(table.name()) && current.hasTable(old) && claimed.add(old)) {
        Operation.RenameTable op = new Operation.RenameTable(old, table.name());
        tables.add(op);
        oldTableNames.put(table.name(), old);
        state = Replayer.apply(state, op);
      }
    }
    Map<String, TableDef> byName = new HashMap<>();
    state.tables().forEach(t -> byName.put(t.name(), t));
    for (TableDef table : desired.tables()) {
      TableDef existing = byName.get(table.name());
      if (existing == null || table.columns().stream().allMatch(c -> c.renamedFrom() == null)) {
        continue;
      }
      Set<String> claimedColumns = new HashSet<>();
      for (ColumnDef column : table.columns()) {
        String old = column.renamedFrom();
        if (old != null && existing.column(column.name()).isEmpty() && existing.column(old).isPresent()
            && claimedColumns.add(old)) {
          columns.add(new Operation.RenameColumn(table.name(), old, column.name()));
        }
      }
    }
    for (Operation.RenameColumn op : columns) {
      TableDef table = state.table(op.table()).orElseThrow();
      for (CheckDef check : table.checks()) {
        if (check.mentionsColumn(op.column())) {
          checksOnRenamedColumns.add(new Operation.DropCheck(op.table(), check.name()));
          table = table.withoutCheck(check.name());
        }
      }
      state = Replayer.apply(state.withTable(table), op);
    }
    this.renamed = state;
  }

  /** The name {@code table} (a name after renames) has in the current schema. */
  String oldName(String table) {
    return oldTableNames.getOrDefault(table, table);
  }
}
