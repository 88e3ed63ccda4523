package dev.strata.generator.diff;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.replay.Replayer;
import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.model.CheckExpressions;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.IndexPredicates;
import dev.strata.internal.schema.model.NamedMerge;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** One run of {@link SchemaDiff}: compares, then orders the operations in the documented phases. */
final class Planner {
  private final SchemaDef current;
  private final SchemaDef desired;
  private final SchemaDef target;
  private final boolean allowDestructive;
  private final Renames renames;
  private final SchemaDef renamed;
  private final Map<String, TableDef> renamedByName = new HashMap<>();
  private final Map<String, TableDef> targetByName = new HashMap<>();

  private final List<Refusal> possibleRenames = new ArrayList<>();
  private final List<Refusal> otherRefusals = new ArrayList<>();
  /** Dropped tables ("t") and columns ("t.c") whose refusal is a rename question instead. */
  private final Set<String> suspectedDrops = new HashSet<>();
  private final Set<String> suspectedAdds = new HashSet<>();

  /** Columns (after renames) whose key or index structure changes, by table. */
  private final Map<String, Set<String>> touched = new HashMap<>();
  private final Set<String> primaryKeyChanged = new HashSet<>();
  private final Set<String> indexCreatedOn = new HashSet<>();

  private final List<Operation> dropForeignKeys = new ArrayList<>();
  private final List<Operation> dropIndexes = new ArrayList<>();
  /**
   * Comments for the reader on operations whose reason the operation alone does not show (an index
   * dropped to change its predicate, a check dropped to change its expression).
   */
  private final Map<Operation, String> comments = new HashMap<>();
  private final List<Operation> createTables = new ArrayList<>();
  private final List<Operation> addColumns = new ArrayList<>();
  private final List<Operation> alterColumns = new ArrayList<>();
  private final List<Operation> dropPrimaryKeys = new ArrayList<>();
  private final List<Operation> addPrimaryKeys = new ArrayList<>();
  private final List<Operation> dropColumns = new ArrayList<>();
  private final List<Operation> dropTables = new ArrayList<>();
  private final List<Operation> createIndexes = new ArrayList<>();
  private final List<Operation> addForeignKeys = new ArrayList<>();
  private final List<Operation> dropChecks = new ArrayList<>();
  private final List<Operation> addChecks = new ArrayList<>();

  Planner(SchemaDef current, SchemaDef desired, boolean allowDestructive) {
    this.current = current.withoutHints();
    this.desired = desired;
    this.target = desired.withoutHints();
    this.allowDestructive = allowDestructive;
    this.renames = new Renames(this.current, desired);
    this.renamed = renames.renamed;
    renamed.tables().forEach(t -> renamedByName.put(t.name(), t));
    target.tables().forEach(t -> targetByName.put(t.name(), t));
  }

  DiffResult plan() {
    List<NamedMerge.Entry<TableDef>> tables = NamedMerge.merge(renamed.tables(), target.tables(), TableDef::name);
    List<TableDef> dropped = tables.stream().filter(NamedMerge.Entry::onlyLeft).map(NamedMerge.Entry::left).toList();
    List<TableDef> created = tables.stream().filter(NamedMerge.Entry::onlyRight).map(NamedMerge.Entry::right).toList();
    suspectTableRenames(dropped, created);
    for (NamedMerge.Entry<TableDef> table : tables) {
      if (table.inBoth()) {
        compareTable(table.left(), table.right());
      }
    }
    planForeignKeys();
    planChecksOnRenamedColumns();
    planCreatedTables(created);
    planDroppedTables(dropped);

    Comparator<Operation> byTableThenName = Comparator.comparing(Operation::table)
        .thenComparing(OperationNames::objectName);
    dropForeignKeys.sort(byTableThenName);
    dropIndexes.sort(byTableThenName);
    createIndexes.sort(byTableThenName);
    addForeignKeys.sort(byTableThenName);
    dropChecks.sort(byTableThenName);
    addChecks.sort(byTableThenName);

    List<Operation> ops = new ArrayList<>();
    ops.addAll(dropChecks);
    ops.addAll(dropForeignKeys);
    ops.addAll(dropIndexes);
    ops.addAll(renames.tables);
    ops.addAll(renames.columns);
    ops.addAll(createTables);
    ops.addAll(addColumns);
    // A key goes before its columns are altered (PostgreSQL refuses DROP NOT NULL on a key column,
    // MySQL quietly keeps it NOT NULL) and comes back after (its columns are NOT NULL by then).
    ops.addAll(dropPrimaryKeys);
    ops.addAll(alterColumns);
    ops.addAll(addPrimaryKeys);
    ops.addAll(dropColumns);
    ops.addAll(dropTables);
    ops.addAll(createIndexes);
    ops.addAll(addForeignKeys);
    ops.addAll(addChecks);
    return simulate(ops);
  }

  /**
   * The comment on the drop of an index whose predicate changes: no database alters a predicate,
   * so the index is dropped and created again.
   */
  private static String predicateChange(String table, IndexDef from, IndexDef to) {
    return "the predicate of index " + from.name() + " on " + table + " changes from "
        + (from.where() == null ? "none (every row)" : "WHERE " + from.where()) + " to "
        + (to.where() == null ? "none (every row)" : "WHERE " + to.where())
        + ": no database alters a predicate, so the index is dropped and created again";
  }

  private void compareTable(TableDef have, TableDef want) {
    String table = want.name();
    Set<String> touchedHere = touched(table);
    Map<String, ColumnDef> haveColumns = new HashMap<>();
    have.columns().forEach(c -> haveColumns.put(c.name(), c));
    Set<String> wantNames = new HashSet<>(want.columnNames());
    List<ColumnDef> gone = have.columns().stream().filter(c -> !wantNames.contains(c.name())).toList();
    List<ColumnDef> added = want.columns().stream().filter(c -> !haveColumns.containsKey(c.name())).toList();
    suspectColumnRenames(table, gone, added);

    for (ColumnDef column : added) {
      if (!column.nullable() && column.defaultValue() == null && !column.auto()
          && !suspectedAdds.contains(table + "." + column.name())) {
        otherRefusals.add(Refusal.notNullWithoutDefault(table, column.name()));
      }
      addColumns.add(new Operation.AddColumn(table, column));
    }
    for (ColumnDef column : want.columns()) {
      ColumnDef old = haveColumns.get(column.name());
      if (old == null || ColumnTypes.sameDefinition(old, column)) {
        continue;
      }
      if (old.auto() != column.auto()) {
        otherRefusals.add(Refusal.autoChange(table, column.name(), column.auto()));
        continue;
      }
      ColumnDef next = column
          .withType(ColumnTypes.equivalent(old.type(), column.type()) ? old.type() : column.type())
          .withDefaultValue(Objects.equals(ColumnTypes.normalizeDefault(old.defaultValue()),
              ColumnTypes.normalizeDefault(column.defaultValue())) ? old.defaultValue() : column.defaultValue());
      alterColumns.add(new Operation.AlterColumn(table, next));
      touchedHere.add(column.name());
    }
    for (ColumnDef column : gone) {
      dropColumns.add(new Operation.DropColumn(table, column.name()));
      touchedHere.add(column.name());
    }

    if (!have.primaryKey().equals(want.primaryKey())) {
      primaryKeyChanged.add(table);
      touchedHere.addAll(have.primaryKey());
      if (!have.primaryKey().isEmpty()) {
        dropPrimaryKeys.add(new Operation.DropPrimaryKey(table));
      }
      if (!want.primaryKey().isEmpty()) {
        addPrimaryKeys.add(new Operation.AddPrimaryKey(table, want.primaryKey()));
      }
    }

    for (NamedMerge.Entry<IndexDef> index : NamedMerge.merge(have.indexes(), want.indexes(), IndexDef::name)) {
      // A predicate is compared as the database reads it: PostgreSQL prints it back in its own
      // spelling, which is no change.
      if (index.inBoth() && IndexPredicates.sameIndex(index.left(), index.right())) {
        continue;
      }
      if (index.left() != null) {
        Operation.DropIndex drop = new Operation.DropIndex(renames.oldName(table), index.name());
        dropIndexes.add(drop);
        touchedHere.addAll(index.left().columns());
        if (index.inBoth() && !IndexPredicates.equivalent(index.left().where(), index.right().where())) {
          comments.put(drop, predicateChange(table, index.left(), index.right()));
        }
      }
      if (index.right() != null) {
        createIndexes.add(new Operation.CreateIndex(table, index.right()));
        indexCreatedOn.add(table);
      }
    }
    compareChecks(have, want);
  }

  /**
   * Checks are compared by name. One that goes is dropped first (before the columns it names can
   * go); a new one is added last (after the columns it names exist); one whose expression changed
   * ({@link CheckExpressions#equivalent}, so a database's own spelling is no change) is dropped and
   * added again, the comments saying so.
   */
  private void compareChecks(TableDef have, TableDef want) {
    String table = want.name();
    for (NamedMerge.Entry<CheckDef> check : NamedMerge.merge(have.checks(), want.checks(), CheckDef::name)) {
      CheckDef old = check.left();
      CheckDef wanted = check.right();
      if (old != null && wanted != null && CheckExpressions.equivalent(old.expression(), wanted.expression())) {
        continue;
      }
      if (old != null) {
        Operation drop = new Operation.DropCheck(renames.oldName(table), old.name());
        dropChecks.add(drop);
        if (wanted != null) {
          comments.put(drop, "drops check " + old.name() + " of " + table + " (" + old.expression()
              + ") to add it again with its new expression");
        }
      }
      if (wanted != null) {
        Operation add = new Operation.AddCheck(table, wanted);
        addChecks.add(add);
        if (old != null) {
          comments.put(add, "adds check " + wanted.name() + " of " + table + " again with its new expression,"
              + " replacing (" + old.expression() + "); rows that violate it make the migration fail");
        }
      }
    }
  }

  /** Checks that name a renamed column: dropped before the renames, added back from the model. */
  private void planChecksOnRenamedColumns() {
    for (Operation.DropCheck drop : renames.checksOnRenamedColumns) {
      Operation first = new Operation.DropCheck(renames.oldName(drop.table()), drop.check());
      dropChecks.add(first);
      comments.put(first, "drops check " + drop.check() + " of " + drop.table()
          + " before renaming a column it names; the model's check is added back at the end");
    }
  }

  /**
   * Foreign keys are dropped when they go, change, or lean on a column or key that changes on
   * either side (databases refuse to alter or drop what a foreign key depends on); those still
   * wanted are added back at the end.
   */
  private void planForeignKeys() {
    for (TableDef have : renamed.tables()) {
      TableDef want = targetByName.get(have.name());
      List<ForeignKeyDef> wantedKeys = want == null ? List.of() : want.foreignKeys();
      for (NamedMerge.Entry<ForeignKeyDef> pair
          : NamedMerge.merge(have.foreignKeys(), wantedKeys, ForeignKeyDef::name)) {
        ForeignKeyDef fk = pair.left();
        ForeignKeyDef wanted = pair.right();
        if (fk == null) {
          addForeignKeys.add(new Operation.AddForeignKey(have.name(), wanted));
          continue;
        }
        boolean keep = pair.same()
            && !overlaps(fk.columns(), touched(have.name()))
            && targetByName.containsKey(fk.referencedTable())
            && !overlaps(fk.referencedColumns(), touched(fk.referencedTable()));
        if (!keep) {
          dropForeignKeys.add(new Operation.DropForeignKey(renames.oldName(have.name()), fk.name()));
          if (wanted != null) {
            addForeignKeys.add(new Operation.AddForeignKey(have.name(), wanted));
          }
        }
      }
    }
  }

  /**
   * New tables are created referenced-first. A foreign key goes inside the create when its target
   * already stands as it will (an earlier new table, the table itself, or an existing table whose
   * referenced columns, key and indexes this diff leaves alone); otherwise, as in a cycle, it is
   * added after every table exists.
   */
  private void planCreatedTables(List<TableDef> created) {
    Set<String> createdNames = new HashSet<>();
    created.forEach(t -> createdNames.add(t.name()));
    Set<String> done = new HashSet<>();
    for (TableDef table : dependencyOrder(created)) {
      List<ForeignKeyDef> inline = new ArrayList<>();
      for (ForeignKeyDef fk : table.foreignKeys()) {
        String ref = fk.referencedTable();
        boolean ready = ref.equals(table.name()) || done.contains(ref)
            || (!createdNames.contains(ref) && standsStill(ref, fk.referencedColumns()));
        if (ready) {
          inline.add(fk);
        } else {
          addForeignKeys.add(new Operation.AddForeignKey(table.name(), fk));
        }
      }
      createTables.add(new Operation.CreateTable(table.withForeignKeys(inline)));
      done.add(table.name());
    }
  }

  private boolean standsStill(String table, List<String> columns) {
    TableDef existing = renamedByName.get(table);
    return existing != null && columns.stream().allMatch(c -> existing.column(c).isPresent())
        && !overlaps(columns, touched(table)) && !primaryKeyChanged.contains(table)
        && !indexCreatedOn.contains(table);
  }

  /**
   * Dropped tables go referencing-first (their foreign keys are already dropped, so this is for
   * the reader). Their indexes go with them, except those whose name a wanted index reuses:
   * index names are schema-wide on PostgreSQL, so those are dropped before anything is created.
   */
  private void planDroppedTables(List<TableDef> dropped) {
    List<TableDef> order = dependencyOrder(dropped);
    for (int i = order.size() - 1; i >= 0; i--) {
      dropTables.add(new Operation.DropTable(order.get(i).name()));
    }
    Set<String> wantedIndexNames = new HashSet<>();
    target.tables().forEach(t -> t.indexes().forEach(i -> wantedIndexNames.add(i.name())));
    for (TableDef table : dropped) {
      for (IndexDef index : table.indexes()) {
        if (wantedIndexNames.contains(index.name())) {
          dropIndexes.add(new Operation.DropIndex(table.name(), index.name()));
        }
      }
    }
  }

  /**
   * {@code tables} ordered so that a table comes after the tables it references; among tables
   * that are ready, the smallest name first. When only cycles remain, the first table (by name)
   * on a cycle goes next.
   */
  static List<TableDef> dependencyOrder(List<TableDef> tables) {
    Map<String, TableDef> byName = new TreeMap<>();
    tables.forEach(t -> byName.put(t.name(), t));
    Map<String, Set<String>> deps = new HashMap<>();
    Map<String, List<String>> dependents = new HashMap<>();
    for (TableDef t : byName.values()) {
      Set<String> own = new HashSet<>();
      for (ForeignKeyDef fk : t.foreignKeys()) {
        String ref = fk.referencedTable();
        if (!ref.equals(t.name()) && byName.containsKey(ref) && own.add(ref)) {
          dependents.computeIfAbsent(ref, r -> new ArrayList<>()).add(t.name());
        }
      }
      deps.put(t.name(), own);
    }
    TreeSet<String> ready = new TreeSet<>();
    TreeSet<String> waiting = new TreeSet<>();
    deps.forEach((name, own) -> (own.isEmpty() ? ready : waiting).add(name));
    List<TableDef> order = new ArrayList<>(byName.size());
    while (!ready.isEmpty() || !waiting.isEmpty()) {
      String next;
      if (!ready.isEmpty()) {
        next = ready.pollFirst();
      } else {
        next = waiting.stream().filter(n -> onCycle(n, deps)).findFirst().orElse(waiting.first());
        waiting.remove(next);
      }
      order.add(byName.get(next));
      for (String dependent : dependents.getOrDefault(next, List.of())) {
        Set<String> own = deps.get(dependent);
        own.remove(next);
        if (own.isEmpty() && waiting.remove(dependent)) {
          ready.add(dependent);
        }
      }
    }
    return order;
  }

  /** Whether {@code start} is on a cycle of the remaining dependencies. */
  private static boolean onCycle(String start, Map<String, Set<String>> deps) {
    List<String> stack = new ArrayList<>(deps.get(start));
    Set<String> seen = new HashSet<>();
    while (!stack.isEmpty()) {
      String name = stack.remove(stack.size() - 1);
      if (name.equals(start)) {
        return true;
      }
      if (seen.add(name)) {
        stack.addAll(deps.get(name));
      }
    }
    return false;
  }

  private void suspectColumnRenames(String table, List<ColumnDef> gone, List<ColumnDef> added) {
    Set<String> paired = new HashSet<>();
    for (ColumnDef old : gone) {
      for (ColumnDef fresh : added) {
        if (!paired.contains(fresh.name()) && ColumnTypes.equivalent(old.type(), fresh.type())) {
          paired.add(fresh.name());
          if (!allowDestructive) {
            suspectedDrops.add(table + "." + old.name());
            suspectedAdds.add(table + "." + fresh.name());
            possibleRenames.add(Refusal.possibleColumnRename(table, old.name(), fresh.name()));
          }
          break;
        }
      }
    }
  }

  private void suspectTableRenames(List<TableDef> dropped, List<TableDef> created) {
    // Each dropped table (by name) pairs with the first created table (by name) of the same
    // structure that no earlier dropped table took: one queue of look-alikes per structure.
    Map<List<String>, ArrayDeque<TableDef>> createdByStructure = new HashMap<>();
    created.forEach(t -> createdByStructure.computeIfAbsent(structure(t), k -> new ArrayDeque<>()).add(t));
    for (TableDef old : dropped) {
      ArrayDeque<TableDef> lookalikes = createdByStructure.get(structure(old));
      TableDef fresh = lookalikes == null ? null : lookalikes.poll();
      if (fresh != null && !allowDestructive) {
        suspectedDrops.add(old.name());
        String where = desired.table(fresh.name()).map(TableDef::sourceClass)
            .map(c -> "class `" + c + "`").orElse("the model of `" + fresh.name() + "`");
        possibleRenames.add(Refusal.possibleTableRename(old.name(), fresh.name(), where));
      }
    }
  }

  /** Column names with normalised types, sorted: what "the same columns" means for tables. */
  private static List<String> structure(TableDef table) {
    return table.columns().stream().map(c -> c.name() + " " + ColumnTypes.normalize(c.type())).sorted().toList();
  }

  /**
   * Runs the operations over the current schema to classify each, build its inverse from the
   * state it applies to, and check that the plan applies.
   */
  private DiffResult simulate(List<Operation> ops) {
    SchemaDef state = current;
    List<Change> changes = new ArrayList<>(ops.size());
    List<Refusal> destructive = new ArrayList<>();
    for (Operation op : ops) {
      Step up = Steps.describe(op, state);
      if (comments.containsKey(op)) {
        up = new Step(op, up.impact(), comments.get(op));
      }
      if (up.impact() == Impact.DESTRUCTIVE && !allowDestructive && !isSuspected(op)) {
        destructive.add(Steps.refusal(op, state));
      }
      SchemaDef after;
      try {
        after = Replayer.apply(state, op);
      } catch (StrataException e) {
        throw new StrataException(ErrorCode.INVALID_OPERATION, "the desired schema cannot be reached from the "
            + "current one (" + e.getMessage() + "); check that every foreign key and index of the models names "
            + "existing tables and columns, and rebuild so the manifest is current", e);
      }
      changes.add(new Change(up, Steps.inverse(op, state, after, renamed)));
      state = after;
    }
    List<Refusal> refusals = new ArrayList<>(possibleRenames);
    refusals.addAll(otherRefusals);
    refusals.addAll(destructive);
    return new DiffResult(changes, refusals, state);
  }

  private boolean isSuspected(Operation op) {
    String dropped = OperationNames.dropped(op);
    return dropped != null && suspectedDrops.contains(dropped);
  }

  private Set<String> touched(String table) {
    return touched.computeIfAbsent(table, t -> new HashSet<>());
  }

  private static boolean overlaps(Collection<String> a, Set<String> b) {
    return a.stream().anyMatch(b::contains);
  }
}
