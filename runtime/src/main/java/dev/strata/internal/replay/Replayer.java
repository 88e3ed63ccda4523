package dev.strata.internal.replay;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.IndexPredicates;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.List;

/**
 * Replays operations into a schema state, in memory: a fold of {@link #apply} over the operations.
 * It is as strict as the strictest supported database, so a migration that replays cleanly also
 * applies: dropping a table still referenced, or a column still used by a key or index, is an
 * error. Raw SQL and code steps are invisible to it (use a shadow database for those).
 */
public final class Replayer {

  private Replayer() {}

  /**
   * The schema produced by applying every migration's {@code up()} to an empty schema.
   *
   * @throws StrataException {@link ErrorCode#INVALID_OPERATION} naming the migration whose
   *     operation does not fit the schema at that point
   */
  public static SchemaDef replay(List<ResolvedMigration> migrations) {
    SchemaDef schema = SchemaDef.EMPTY;
    for (ResolvedMigration m : migrations) {
      schema = replay(schema, m.upOperations(), m.label());
    }
    return schema;
  }

  /**
   * The in-memory replay of {@code migrations}, skipping operations that do not fit (a typed
   * change to a column only raw SQL made), for joining with a database the migrations really ran
   * on: there the database, not the replay, is the truth. Never throws for an operation.
   */
  public static SchemaDef replayLeniently(List<ResolvedMigration> migrations) {
    SchemaDef schema = SchemaDef.EMPTY;
    for (ResolvedMigration m : migrations) {
      for (Operation op : m.upOperations()) {
        try {
          schema = apply(schema, op);
        } catch (StrataException skipped) {
          // the operation works on something only raw SQL made; the database holds it
        }
      }
    }
    return schema;
  }

  /**
   * Applies {@code operations} to {@code schema}.
   *
   * @param source names the operations in errors, e.g. {@code migration 20260101120000 (db.migration.V...)}
   * @throws StrataException {@link ErrorCode#INVALID_OPERATION} naming {@code source}, the position
   *     and label of the operation that does not fit, and why
   */
  public static SchemaDef replay(SchemaDef schema, List<Operation> operations, String source) {
    SchemaDef state = schema;
    for (int i = 0; i < operations.size(); i++) {
      Operation op = operations.get(i);
      try {
        state = apply(state, op);
      } catch (StrataException e) {
        throw new StrataException(e.code(), source + ", operation " + (i + 1) + " of " + operations.size()
            + " (" + op.label() + "): " + e.getMessage() + "\nFix that operation, or the earlier migration that"
            + " should make what it needs: each migration must fit the schema the ones before it build.", e);
      }
    }
    return state;
  }

  /**
   * The schema after one operation.
   *
   * @throws StrataException {@link ErrorCode#INVALID_OPERATION} when the operation does not fit
   */
  public static SchemaDef apply(SchemaDef schema, Operation op) {
    return op.accept(new Step(schema));
  }

  /** One operation's effect on {@code schema}. */
  private record Step(SchemaDef schema) implements Operation.Visitor<SchemaDef> {
    @Override
    public SchemaDef visitCreateTable(Operation.CreateTable op) {
      return createTable(schema, op.definition());
    }

    @Override
    public SchemaDef visitDropTable(Operation.DropTable op) {
      return dropTable(schema, op.table());
    }

    @Override
    public SchemaDef visitRenameTable(Operation.RenameTable op) {
      return renameTable(schema, op.table(), op.newName());
    }

    @Override
    public SchemaDef visitAddColumn(Operation.AddColumn op) {
      return addColumn(schema, op.table(), op.column());
    }

    @Override
    public SchemaDef visitDropColumn(Operation.DropColumn op) {
      return dropColumn(schema, op.table(), op.column());
    }

    @Override
    public SchemaDef visitRenameColumn(Operation.RenameColumn op) {
      return renameColumn(schema, op.table(), op.column(), op.newName());
    }

    @Override
    public SchemaDef visitAlterColumn(Operation.AlterColumn op) {
      return alterColumn(schema, op.table(), op.column());
    }

    @Override
    public SchemaDef visitCreateIndex(Operation.CreateIndex op) {
      return createIndex(schema, op.table(), op.index());
    }

    @Override
    public SchemaDef visitDropIndex(Operation.DropIndex op) {
      return schema.withTable(requireIndex(table(schema, op.table()), op.index()));
    }

    @Override
    public SchemaDef visitAddForeignKey(Operation.AddForeignKey op) {
      return addForeignKey(schema, op.table(), op.foreignKey());
    }

    @Override
    public SchemaDef visitDropForeignKey(Operation.DropForeignKey op) {
      return dropForeignKey(schema, op.table(), op.foreignKey());
    }

    @Override
    public SchemaDef visitAddPrimaryKey(Operation.AddPrimaryKey op) {
      return addPrimaryKey(schema, op.table(), op.columns());
    }

    @Override
    public SchemaDef visitDropPrimaryKey(Operation.DropPrimaryKey op) {
      return dropPrimaryKey(schema, op.table());
    }

    @Override
    public SchemaDef visitAddCheck(Operation.AddCheck op) {
      return addCheck(schema, op.table(), op.check());
    }

    @Override
    public SchemaDef visitDropCheck(Operation.DropCheck op) {
      return dropCheck(schema, op.table(), op.check());
    }

    @Override
    public SchemaDef visitExecuteSql(Operation.ExecuteSql op) {
      return schema;
    }

    @Override
    public SchemaDef visitRunCode(Operation.RunCode op) {
      return schema;
    }
  }

  private static SchemaDef createTable(SchemaDef schema, TableDef def) {
    if (schema.hasTable(def.name())) {
      throw invalid("createTable " + def.name() + ": the table already exists");
    }
    TableDef table = def.withoutHints();
    checkDistinctColumns(table);
    for (String key : table.primaryKey()) {
      requireColumn(table, key, "primary key");
    }
    TableDef built = table.withIndexes(List.of()).withForeignKeys(List.of()).withChecks(List.of());
    for (CheckDef check : table.checks()) {
      checkCheck(schema, built, check);
      built = built.withCheck(check);
    }
    for (IndexDef index : table.indexes()) {
      checkIndex(schema, built, index);
      built = built.withIndex(index);
    }
    SchemaDef withTable = schema.withTable(built);
    for (ForeignKeyDef fk : table.foreignKeys()) {
      checkForeignKey(withTable, withTable.table(table.name()).orElseThrow(), fk);
    }
    return schema.withTable(table);
  }

  private static SchemaDef dropTable(SchemaDef schema, String name) {
    table(schema, name);
    for (TableDef other : schema.tablesReferencing(name)) {
      if (other.name().equals(name)) {
        continue;
      }
      for (ForeignKeyDef fk : other.foreignKeys()) {
        if (fk.referencedTable().equals(name)) {
          throw invalid("dropTable " + name + ": foreign key " + fk.name() + " of table " + other.name()
              + " references it; drop that foreign key first");
        }
      }
    }
    return schema.withoutTable(name);
  }

  private static SchemaDef renameTable(SchemaDef schema, String from, String to) {
    TableDef table = table(schema, from);
    if (schema.hasTable(to)) {
      throw invalid("renameTable " + from + " to " + to + ": table " + to + " already exists");
    }
    SchemaDef renamed = schema.withoutTable(from).withTable(retargetSelf(table, from, to).withName(to));
    for (TableDef referencing : renamed.tablesReferencing(from)) {
      renamed = renamed.withTable(retargetSelf(referencing, from, to));
    }
    return renamed;
  }

  private static TableDef retargetSelf(TableDef table, String from, String to) {
    return table.withForeignKeys(table.foreignKeys().stream()
        .map(fk -> fk.referencedTable().equals(from) ? fk.withReferencedTable(to) : fk).toList());
  }

  private static SchemaDef addColumn(SchemaDef schema, String tableName, ColumnDef column) {
    TableDef table = table(schema, tableName);
    if (table.column(column.name()).isPresent()) {
      throw invalid("addColumn " + tableName + "." + column.name() + ": the column already exists");
    }
    return schema.withTable(table.withColumn(column.withoutHints()));
  }

  private static SchemaDef dropColumn(SchemaDef schema, String tableName, String column) {
    TableDef table = table(schema, tableName);
    requireColumn(table, column, "dropColumn");
    if (table.primaryKey().contains(column)) {
      throw invalid("dropColumn " + tableName + "." + column + ": the column is part of the primary key; drop or change the primary key first");
    }
    for (IndexDef index : table.indexes()) {
      if (index.columns().contains(column)) {
        throw invalid("dropColumn " + tableName + "." + column + ": index " + index.name() + " uses it; drop the index first");
      }
      // SQLite refuses to drop a column a partial index's predicate names; PostgreSQL would drop
      // the index with it, silently.
      if (IndexPredicates.mentions(index.where(), column)) {
        throw invalid("dropColumn " + tableName + "." + column + ": the predicate of partial index " + index.name()
            + " (WHERE " + index.where() + ") uses it; drop the index first");
      }
    }
    requireNoCheckUses(table, column, "dropColumn " + tableName + "." + column);
    for (ForeignKeyDef fk : table.foreignKeys()) {
      if (fk.columns().contains(column)) {
        throw invalid("dropColumn " + tableName + "." + column + ": foreign key " + fk.name() + " uses it; drop the foreign key first");
      }
    }
    for (TableDef other : schema.tablesReferencing(tableName)) {
      for (ForeignKeyDef fk : other.foreignKeys()) {
        if (fk.referencedTable().equals(tableName) && fk.referencedColumns().contains(column)) {
          throw invalid("dropColumn " + tableName + "." + column + ": foreign key " + fk.name() + " of table "
              + other.name() + " references it; drop that foreign key first");
        }
      }
    }
    return schema.withTable(table.withoutColumn(column));
  }

  private static SchemaDef renameColumn(SchemaDef schema, String tableName, String from, String to) {
    TableDef table = table(schema, tableName);
    requireColumn(table, from, "renameColumn");
    if (table.column(to).isPresent()) {
      throw invalid("renameColumn " + tableName + "." + from + " to " + to + ": column " + to + " already exists");
    }
    requireNoCheckUses(table, from, "renameColumn " + tableName + "." + from);
    TableDef renamed = table.mapColumn(from, c -> c.withName(to))
        .withPrimaryKey(rename(table.primaryKey(), from, to))
        // Both databases with partial indexes rename the column in the predicate too.
        .withIndexes(table.indexes().stream().map(i -> i.withColumns(rename(i.columns(), from, to))
            .withWhere(IndexPredicates.renameColumn(i.where(), from, to))).toList())
        .withForeignKeys(table.foreignKeys().stream().map(fk -> fk.withColumns(rename(fk.columns(), from, to))).toList());
    SchemaDef result = schema.withTable(renamed);
    for (TableDef t : result.tablesReferencing(tableName)) {
      result = result.withTable(t.withForeignKeys(t.foreignKeys().stream()
          .map(fk -> fk.referencedTable().equals(tableName)
              ? fk.withReferencedColumns(rename(fk.referencedColumns(), from, to)) : fk).toList()));
    }
    return result;
  }

  private static SchemaDef alterColumn(SchemaDef schema, String tableName, ColumnDef column) {
    TableDef table = table(schema, tableName);
    ColumnDef current = requireColumn(table, column.name(), "alterColumn");
    // alterColumn changes type, nullability and default; identity is fixed at creation.
    ColumnDef altered = current.withType(column.type()).withNullable(column.nullable()).withDefaultValue(column.defaultValue());
    return schema.withTable(table.mapColumn(column.name(), c -> altered));
  }

  private static SchemaDef createIndex(SchemaDef schema, String tableName, IndexDef index) {
    TableDef table = table(schema, tableName);
    checkIndex(schema, table, index);
    return schema.withTable(table.withIndex(index));
  }

  private static void checkIndex(SchemaDef schema, TableDef table, IndexDef index) {
    for (String column : index.columns()) {
      requireColumn(table, column, "index " + index.name());
    }
    for (TableDef t : schema.tablesWithIndex(index.name())) {
      TableDef holder = t.name().equals(table.name()) ? table : t;
      if (holder.index(index.name()).isPresent()) {
        throw invalid("createIndex " + index.name() + ": an index of that name already exists on table " + t.name());
      }
    }
    if (!schema.hasTable(table.name()) && table.index(index.name()).isPresent()) {
      throw invalid("createIndex " + index.name() + ": an index of that name already exists on table " + table.name());
    }
  }

  private static TableDef requireIndex(TableDef table, String name) {
    if (table.index(name).isEmpty()) {
      throw invalid("dropIndex " + name + ": table " + table.name() + " has no such index");
    }
    return table.withoutIndex(name);
  }

  private static SchemaDef addForeignKey(SchemaDef schema, String tableName, ForeignKeyDef fk) {
    TableDef table = table(schema, tableName);
    if (table.foreignKey(fk.name()).isPresent()) {
      throw invalid("addForeignKey " + fk.name() + ": table " + tableName + " already has it");
    }
    checkForeignKey(schema, table, fk);
    return schema.withTable(table.withForeignKey(fk));
  }

  private static void checkForeignKey(SchemaDef schema, TableDef table, ForeignKeyDef fk) {
    for (String column : fk.columns()) {
      requireColumn(table, column, "foreign key " + fk.name());
    }
    TableDef target = schema.table(fk.referencedTable()).orElseThrow(() -> invalid("foreign key " + fk.name()
        + " of table " + table.name() + " references table " + fk.referencedTable() + ", which does not exist"));
    for (String column : fk.referencedColumns()) {
      requireColumn(target, column, "foreign key " + fk.name() + " reference");
    }
  }

  private static SchemaDef dropForeignKey(SchemaDef schema, String tableName, String name) {
    TableDef table = table(schema, tableName);
    if (table.foreignKey(name).isEmpty()) {
      throw invalid("dropForeignKey " + name + ": table " + tableName + " has no such foreign key");
    }
    return schema.withTable(table.withoutForeignKey(name));
  }

  private static SchemaDef addCheck(SchemaDef schema, String tableName, CheckDef check) {
    TableDef table = table(schema, tableName);
    checkCheck(schema, table, check);
    return schema.withTable(table.withCheck(check));
  }

  /**
   * A check name is new to the whole schema, ignoring case (MySQL keeps check names unique per
   * database and compares them ignoring case), and differs from its table's foreign key names
   * (MySQL and MariaDB drop both with {@code DROP CONSTRAINT name}).
   */
  private static void checkCheck(SchemaDef schema, TableDef table, CheckDef check) {
    String name = check.name();
    for (CheckDef other : table.checks()) {
      if (other.name().equalsIgnoreCase(name)) {
        throw invalid("check " + name + ": table " + table.name() + " already has a check " + other.name());
      }
    }
    for (TableDef t : schema.tables()) {
      if (t.name().equals(table.name())) {
        continue;
      }
      for (CheckDef other : t.checks()) {
        if (other.name().equalsIgnoreCase(name)) {
          throw invalid("check " + name + ": table " + t.name() + " already has a check " + other.name()
              + "; check names are unique in the whole schema on MySQL, give this one another name");
        }
      }
    }
    for (ForeignKeyDef fk : table.foreignKeys()) {
      if (fk.name().equalsIgnoreCase(name)) {
        throw invalid("check " + name + ": foreign key " + fk.name() + " of table " + table.name()
            + " has that name; MySQL and MariaDB drop both by name, give the check another one");
      }
    }
  }

  private static SchemaDef dropCheck(SchemaDef schema, String tableName, String name) {
    TableDef table = table(schema, tableName);
    if (table.check(name).isEmpty()) {
      throw invalid("dropCheck " + name + ": table " + tableName + " has no such check");
    }
    return schema.withTable(table.withoutCheck(name));
  }

  /**
   * Refuses to drop or rename a column a check names: MySQL refuses both ("check constraint uses
   * column"), while PostgreSQL and SQLite would silently drop or rewrite the check.
   */
  private static void requireNoCheckUses(TableDef table, String column, String what) {
    for (CheckDef check : table.checks()) {
      if (check.mentionsColumn(column)) {
        throw invalid(what + ": check " + check.name() + " (" + check.expression() + ") uses it; drop the check"
            + " first and add it again afterwards");
      }
    }
  }

  private static SchemaDef addPrimaryKey(SchemaDef schema, String tableName, List<String> columns) {
    TableDef table = table(schema, tableName);
    if (!table.primaryKey().isEmpty()) {
      throw invalid("addPrimaryKey " + tableName + ": the table already has a primary key " + table.primaryKey() + "; drop it first");
    }
    for (String column : columns) {
      requireColumn(table, column, "primary key");
    }
    return schema.withTable(table.withPrimaryKey(columns));
  }

  private static SchemaDef dropPrimaryKey(SchemaDef schema, String tableName) {
    TableDef table = table(schema, tableName);
    if (table.primaryKey().isEmpty()) {
      throw invalid("dropPrimaryKey " + tableName + ": the table has no primary key");
    }
    return schema.withTable(table.withPrimaryKey(List.of()));
  }

  private static List<String> rename(List<String> names, String from, String to) {
    return names.stream().map(n -> n.equals(from) ? to : n).toList();
  }

  private static void checkDistinctColumns(TableDef table) {
    List<String> names = table.columnNames();
    for (int i = 0; i < names.size(); i++) {
      if (names.subList(0, i).contains(names.get(i))) {
        throw invalid("createTable " + table.name() + ": column " + names.get(i) + " appears twice");
      }
    }
  }

  private static TableDef table(SchemaDef schema, String name) {
    return schema.table(name).orElseThrow(() -> invalid("table " + name + " does not exist"));
  }

  private static ColumnDef requireColumn(TableDef table, String column, String what) {
    return table.column(column).orElseThrow(() -> invalid(what + ": table " + table.name() + " has no column " + column));
  }

  private static StrataException invalid(String message) {
    return new StrataException(ErrorCode.INVALID_OPERATION, message);
  }
}
