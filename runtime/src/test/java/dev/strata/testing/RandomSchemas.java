package dev.strata.testing;

import dev.strata.diff.ColumnTypes;
import dev.strata.schema.model.ColumnDef;
import dev.strata.schema.model.ColumnType;
import dev.strata.schema.model.ForeignKeyDef;
import dev.strata.schema.model.IndexDef;
import dev.strata.schema.model.LogicalType;
import dev.strata.schema.model.ReferentialAction;
import dev.strata.schema.model.SchemaDef;
import dev.strata.schema.model.TableDef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * Random schema evolutions from a seed: a sequence of desired schemas, as a developer editing
 * models would produce them, each step a few mutations of the previous one. The same seed always
 * gives the same evolution.
 *
 * <p>Step 0 creates the first tables; each later step applies one to four mutations: create, drop
 * or rename (by {@code @RenamedFrom} hint) a table; add, drop, rename (by hint) a column; widen or
 * narrow its type; change its nullability or default; add, drop or change an index or unique
 * constraint; add, drop a foreign key or change its actions; change a primary key; respell a type
 * the way another database names it (which must not change anything). Rename hints of earlier
 * steps are sometimes kept (stale hints must be harmless). About a third of the steps may hold
 * destructive mutations (drop table or column, narrowing type change, nullable to NOT NULL
 * without a default); {@link Step#destructive()} says whether one did.
 *
 * <p>The schemas are meant to apply to real PostgreSQL, MySQL/MariaDB and SQLite databases too:
 * only portable raw types are ever created, identity columns are single-column keys, foreign keys
 * reference a primary key with a column of the same type, indexes avoid BLOB and TEXT columns and
 * hold at most two columns, defaults are literals every database accepts, a type only changes
 * within its family on columns outside keys, and no name is used twice.
 */
public final class RandomSchemas {

  /**
   * One step of an evolution.
   *
   * @param number 0 for the first schema, then 1, 2, ...
   * @param desired the desired schema, with rename hints
   * @param destructive whether a mutation of this step loses data (the diff must be allowed
   *     destructive changes)
   * @param mutations what the step did, for failure messages
   */
  public record Step(int number, SchemaDef desired, boolean destructive, List<String> mutations) {
    @Override
    public String toString() {
      return "step " + number + (destructive ? " (destructive)" : "") + ": " + String.join("; ", mutations);
    }
  }

  private static final List<String> RESERVED = List.of("order", "group", "user", "select", "key", "from");
  private static final int MAX_TABLES = 9;

  private final long seed;
  private final Random random;
  private final Deque<String> reserved;
  private int counter;

  // state of the step being built
  private final Map<String, TableDef> tables = new TreeMap<>();
  private final Set<String> newTables = new HashSet<>();
  private final Set<String> touchedTables = new HashSet<>();
  private final Set<String> newColumns = new HashSet<>();
  private final Set<String> touchedColumns = new HashSet<>();
  /** Columns renamed in this step (new names): they may change further, but not be renamed again. */
  private final Set<String> renamedColumns = new HashSet<>();
  private final List<String> log = new ArrayList<>();
  private boolean destructive;

  public RandomSchemas(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
    List<String> words = new ArrayList<>(RESERVED);
    java.util.Collections.shuffle(words, random);
    this.reserved = new ArrayDeque<>(words);
  }

  /** The seed this evolution comes from. */
  public long seed() {
    return seed;
  }

  /** Steps 0 to {@code steps - 1}: the first schema, then {@code steps - 1} evolutions of it. */
  public List<Step> evolution(int steps) {
    List<Step> out = new ArrayList<>();
    for (int i = 0; i < steps; i++) {
      out.add(next(i));
    }
    return out;
  }

  private Step next(int number) {
    newTables.clear();
    touchedTables.clear();
    newColumns.clear();
    touchedColumns.clear();
    renamedColumns.clear();
    log.clear();
    destructive = false;
    if (number == 0) {
      int n = 1 + random.nextInt(4);
      for (int i = 0; i < n; i++) {
        createTable();
      }
    } else {
      if (random.nextBoolean()) {
        clearHints();
      }
      boolean mayDestroy = random.nextInt(3) == 0;
      int n = 1 + random.nextInt(4);
      int attempts = 0;
      while (log.size() < n && attempts++ < 50) {
        mutate(mayDestroy);
      }
    }
    return new Step(number, new SchemaDef(List.copyOf(tables.values())), destructive, List.copyOf(log));
  }

  /** Tries one random mutation; one that does not apply (nothing to drop, say) does nothing. */
  private void mutate(boolean mayDestroy) {
    List<BooleanSupplier> options = new ArrayList<>(List.of(
        this::createTable, this::renameTable, this::addColumn, this::renameColumn, this::widenType,
        this::relaxOrDefault, this::addIndex, this::dropIndex, this::changeIndex, this::addForeignKey,
        this::dropForeignKey, this::changeForeignKeyActions, this::changePrimaryKey, this::respell));
    if (mayDestroy) {
      options.addAll(List.of(this::dropTable, this::dropColumn, this::narrowType, this::requireWithoutDefault));
    }
    options.get(random.nextInt(options.size())).getAsBoolean();
  }

  // ---- tables

  private boolean createTable() {
    if (tables.size() >= MAX_TABLES) {
      return false;
    }
    String name = freshTableName();
    TableDef table = TableDef.named(name);
    int keyKind = random.nextInt(10);
    if (keyKind < 4) {
      table = table.withColumn(ColumnDef.of(freshColumnName(), random.nextBoolean()
          ? ColumnType.of(LogicalType.BIGINT) : ColumnType.of(LogicalType.INTEGER)).withAuto(true));
      table = table.withPrimaryKey(List.of(table.columns().get(0).name()));
    } else if (keyKind < 8) {
      int keyColumns = keyKind < 7 ? 1 : 2;
      List<String> key = new ArrayList<>();
      for (int i = 0; i < keyColumns; i++) {
        ColumnDef column = ColumnDef.of(freshColumnName(), indexableType());
        table = table.withColumn(column);
        key.add(column.name());
      }
      table = table.withPrimaryKey(key);
    }
    int extra = 1 + random.nextInt(5);
    for (int i = 0; i < extra; i++) {
      ColumnType type = anyType();
      boolean nullable = random.nextBoolean();
      String dflt = random.nextInt(3) == 0 ? defaultFor(type) : null;
      table = table.withColumn(new ColumnDef(freshColumnName(), type, nullable, dflt, false, null));
    }
    tables.put(name, table);
    newTables.add(name);
    log.add("create table " + name);
    for (int i = random.nextInt(3); i > 0; i--) {
      addIndexTo(name);
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      addForeignKeyFrom(name);
    }
    return true;
  }

  private boolean dropTable() {
    String name = pick(oldTables());
    if (name == null) {
      return false;
    }
    tables.remove(name);
    for (TableDef other : List.copyOf(tables.values())) {
      tables.put(other.name(), other.withForeignKeys(other.foreignKeys().stream()
          .filter(fk -> !fk.referencedTable().equals(name)).toList()));
    }
    touchedTables.add(name);
    destructive = true;
    log.add("drop table " + name);
    return true;
  }

  private boolean renameTable() {
    String old = pick(oldTables());
    if (old == null) {
      return false;
    }
    String name = freshTableName();
    TableDef table = tables.remove(old).withName(name).withRenamedFrom(old);
    tables.put(name, table);
    for (TableDef t : List.copyOf(tables.values())) {
      tables.put(t.name(), t.withForeignKeys(t.foreignKeys().stream()
          .map(fk -> fk.referencedTable().equals(old) ? fk.withReferencedTable(name) : fk).toList()));
    }
    touchedTables.add(name);
    renameKeys(newColumns, old, name);
    renameKeys(touchedColumns, old, name);
    renameKeys(renamedColumns, old, name);
    log.add("rename table " + old + " to " + name);
    return true;
  }

  // ---- columns

  private boolean addColumn() {
    String name = pick(List.copyOf(tables.keySet()));
    if (name == null) {
      return false;
    }
    ColumnType type = anyType();
    String dflt = defaultFor(type);
    boolean fresh = newTables.contains(name);
    ColumnDef column;
    if (dflt != null && random.nextBoolean()) {
      column = new ColumnDef(freshColumnName(), type, false, dflt, false, null);
    } else if (fresh && random.nextBoolean()) {
      column = ColumnDef.of(freshColumnName(), type);
    } else {
      column = ColumnDef.of(freshColumnName(), type).withNullable(true);
    }
    tables.put(name, tables.get(name).withColumn(column));
    newColumns.add(name + "." + column.name());
    log.add("add column " + name + "." + column.name() + " " + column.type()
        + (column.nullable() ? " null" : " not null") + (column.defaultValue() == null ? "" : " default " + dflt));
    return true;
  }

  private boolean dropColumn() {
    String[] target = pickColumn(false);
    if (target == null) {
      return false;
    }
    String table = target[0];
    String column = target[1];
    TableDef t = tables.get(table);
    tables.put(table, t.withoutColumn(column)
        .withIndexes(t.indexes().stream().filter(i -> !i.columns().contains(column)).toList())
        .withForeignKeys(t.foreignKeys().stream().filter(fk -> !fk.columns().contains(column)).toList()));
    touchedColumns.add(table + "." + column);
    destructive = true;
    log.add("drop column " + table + "." + column);
    return true;
  }

  private boolean renameColumn() {
    String[] target = pickColumn(true, false);
    if (target == null) {
      return false;
    }
    String table = target[0];
    String old = target[1];
    String name = freshColumnName();
    TableDef t = tables.get(table);
    tables.put(table, t.mapColumn(old, c -> c.withName(name).withRenamedFrom(old))
        .withPrimaryKey(rename(t.primaryKey(), old, name))
        .withIndexes(t.indexes().stream().map(i -> i.withColumns(rename(i.columns(), old, name))).toList())
        .withForeignKeys(t.foreignKeys().stream().map(fk -> fk.withColumns(rename(fk.columns(), old, name))).toList()));
    for (TableDef other : List.copyOf(tables.values())) {
      tables.put(other.name(), other.withForeignKeys(other.foreignKeys().stream()
          .map(fk -> fk.referencedTable().equals(table)
              ? fk.withReferencedColumns(rename(fk.referencedColumns(), old, name)) : fk).toList()));
    }
    renamedColumns.add(table + "." + name);
    log.add("rename column " + table + "." + old + " to " + name);
    return true;
  }

  private boolean widenType() {
    return changeType(true);
  }

  private boolean narrowType() {
    return changeType(false);
  }

  /** A type change within the type's family, on a column outside keys and foreign keys. */
  private boolean changeType(boolean widen) {
    String[] target = pickColumn(false);
    if (target == null || inForeignKey(target[0], target[1])) {
      return false;
    }
    ColumnDef column = tables.get(target[0]).column(target[1]).orElseThrow();
    ColumnType from = ColumnTypes.normalize(column.type());
    ColumnType to = widen ? wider(from) : narrower(from);
    if (to == null) {
      return false;
    }
    setColumn(target[0], column.withType(to));
    destructive |= !widen;
    log.add((widen ? "widen " : "narrow ") + target[0] + "." + target[1] + " from " + column.type() + " to " + to);
    return true;
  }

  private ColumnType wider(ColumnType t) {
    switch (t.kind()) {
      case VARCHAR:
        return t.length() < 255 ? ColumnType.varchar(Math.min(255, t.length() + 1 + random.nextInt(100))) : null;
      case CHAR:
        return ColumnType.character(t.length() + 4);
      case SMALLINT:
        return ColumnType.of(LogicalType.INTEGER);
      case INTEGER:
        return random.nextBoolean() ? ColumnType.of(LogicalType.BIGINT) : ColumnType.decimal(12, 0);
      case REAL:
        return ColumnType.of(LogicalType.DOUBLE);
      case DECIMAL:
        return t.precision() + 2 <= 38 ? ColumnType.decimal(t.precision() + 2, t.scale()) : null;
      case DATE:
        return ColumnType.of(LogicalType.TIMESTAMP);
      default:
        return null;
    }
  }

  private static ColumnType narrower(ColumnType t) {
    switch (t.kind()) {
      case VARCHAR:
        return t.length() > 1 ? ColumnType.varchar(t.length() / 2) : null;
      case BIGINT:
        return ColumnType.of(LogicalType.INTEGER);
      case INTEGER:
        return ColumnType.of(LogicalType.SMALLINT);
      case DOUBLE:
        return ColumnType.of(LogicalType.REAL);
      case DECIMAL:
        return t.precision() - 2 > t.scale() ? ColumnType.decimal(t.precision() - 2, t.scale()) : null;
      case RAW:
        return t.sql().equals("text") ? ColumnType.varchar(100) : null;
      default:
        return null;
    }
  }

  /** NOT NULL to nullable, nullable to NOT NULL with a default, or a new or no default. */
  private boolean relaxOrDefault() {
    String[] target = pickColumn(false);
    if (target == null || inForeignKey(target[0], target[1])) {
      return false;
    }
    ColumnDef column = tables.get(target[0]).column(target[1]).orElseThrow();
    String dflt = defaultFor(ColumnTypes.normalize(column.type()));
    ColumnDef changed;
    if (!column.nullable() && random.nextBoolean()) {
      changed = column.withNullable(true);
    } else if (column.nullable() && dflt != null) {
      changed = column.withNullable(false).withDefaultValue(dflt);
    } else if (dflt != null && !dflt.equals(column.defaultValue())) {
      changed = column.withDefaultValue(dflt);
    } else if (column.defaultValue() != null) {
      changed = column.withDefaultValue(null);
    } else {
      return false;
    }
    setColumn(target[0], changed);
    log.add("change " + target[0] + "." + target[1] + " to" + (changed.nullable() ? " null" : " not null")
        + (changed.defaultValue() == null ? " without default" : " default " + changed.defaultValue()));
    return true;
  }

  private boolean requireWithoutDefault() {
    String[] target = pickColumn(false);
    if (target == null || inForeignKey(target[0], target[1])) {
      return false;
    }
    ColumnDef column = tables.get(target[0]).column(target[1]).orElseThrow();
    if (!column.nullable()) {
      return false;
    }
    setColumn(target[0], column.withNullable(false).withDefaultValue(null));
    destructive = true;
    log.add("make " + target[0] + "." + target[1] + " not null without default");
    return true;
  }

  /** Spells a column's type as another database names it: the diff must see no change. */
  private boolean respell() {
    String[] target = pickColumn(true);
    if (target == null) {
      return false;
    }
    ColumnDef column = tables.get(target[0]).column(target[1]).orElseThrow();
    ColumnType t = ColumnTypes.normalize(column.type());
    String sql;
    switch (t.kind()) {
      case INTEGER:
        sql = random.nextBoolean() ? "int4" : "INT";
        break;
      case BIGINT:
        sql = "int8";
        break;
      case SMALLINT:
        sql = "int2";
        break;
      case BOOLEAN:
        sql = "bool";
        break;
      case DOUBLE:
        sql = "double precision";
        break;
      case REAL:
        sql = "float4";
        break;
      case VARCHAR:
        sql = "character varying(" + t.length() + ")";
        break;
      case DECIMAL:
        sql = "NUMERIC(" + t.precision() + ", " + t.scale() + ")";
        break;
      case TIMESTAMP_TZ:
        sql = "timestamptz";
        break;
      case RAW:
        sql = t.sql().toUpperCase(java.util.Locale.ROOT);
        break;
      default:
        return false;
    }
    setColumn(target[0], column.withType(ColumnType.raw(sql)));
    log.add("respell " + target[0] + "." + target[1] + " as RAW(" + sql + ")");
    return true;
  }

  // ---- indexes

  private boolean addIndex() {
    String name = pick(List.copyOf(tables.keySet()));
    return name != null && addIndexTo(name);
  }

  private boolean addIndexTo(String tableName) {
    List<String> columns = indexColumns(tables.get(tableName));
    if (columns == null) {
      return false;
    }
    boolean unique = random.nextInt(3) == 0;
    IndexDef index = new IndexDef((unique ? "uq_" : "idx_") + (++counter), columns, unique);
    tables.put(tableName, tables.get(tableName).withIndex(index));
    log.add("add " + (unique ? "unique " : "index ") + index.name() + " on " + tableName + columns);
    return true;
  }

  private boolean dropIndex() {
    String name = pick(oldTablesWith(t -> !t.indexes().isEmpty()));
    if (name == null) {
      return false;
    }
    TableDef table = tables.get(name);
    IndexDef index = table.indexes().get(random.nextInt(table.indexes().size()));
    tables.put(name, table.withoutIndex(index.name()));
    log.add("drop index " + index.name() + " of " + name);
    return true;
  }

  private boolean changeIndex() {
    String name = pick(oldTablesWith(t -> !t.indexes().isEmpty()));
    if (name == null) {
      return false;
    }
    TableDef table = tables.get(name);
    IndexDef index = table.indexes().get(random.nextInt(table.indexes().size()));
    List<String> columns = indexColumns(table);
    IndexDef changed = random.nextBoolean() || columns == null
        ? new IndexDef(index.name(), index.columns(), !index.unique())
        : index.withColumns(columns);
    if (changed.equals(index)) {
      return false;
    }
    tables.put(name, table.withoutIndex(index.name()).withIndex(changed));
    log.add("change index " + index.name() + " of " + name + " to " + (changed.unique() ? "unique " : "")
        + changed.columns());
    return true;
  }

  /** One or two indexable columns of the table, or null when it has none. */
  private List<String> indexColumns(TableDef table) {
    List<String> candidates = new ArrayList<>(table.columns().stream()
        .filter(c -> indexable(c.type())).map(ColumnDef::name).toList());
    if (candidates.isEmpty()) {
      return null;
    }
    java.util.Collections.shuffle(candidates, random);
    return List.copyOf(candidates.subList(0, Math.min(candidates.size(), 1 + random.nextInt(2))));
  }

  // ---- foreign keys

  private boolean addForeignKey() {
    String name = pick(List.copyOf(tables.keySet()));
    return name != null && addForeignKeyFrom(name);
  }

  /** A new nullable column of {@code tableName} referencing a single-column primary key. */
  private boolean addForeignKeyFrom(String tableName) {
    String target = pick(tables.values().stream().filter(t -> t.primaryKey().size() == 1).map(TableDef::name).toList());
    if (target == null) {
      return false;
    }
    TableDef referenced = tables.get(target);
    String key = referenced.primaryKey().get(0);
    ColumnType type = ColumnTypes.normalize(referenced.column(key).orElseThrow().type());
    ColumnDef column = ColumnDef.of(freshColumnName(), type).withNullable(true);
    ForeignKeyDef fk = new ForeignKeyDef("fk_" + (++counter), List.of(column.name()), target, List.of(key),
        action(true), action(true));
    tables.put(tableName, tables.get(tableName).withColumn(column).withForeignKey(fk));
    newColumns.add(tableName + "." + column.name());
    log.add("add foreign key " + fk.name() + " " + tableName + "." + column.name() + " -> " + target + "." + key
        + " on delete " + fk.onDelete() + " on update " + fk.onUpdate());
    return true;
  }

  private boolean dropForeignKey() {
    String name = pick(oldTablesWith(t -> !t.foreignKeys().isEmpty()));
    if (name == null) {
      return false;
    }
    TableDef table = tables.get(name);
    ForeignKeyDef fk = table.foreignKeys().get(random.nextInt(table.foreignKeys().size()));
    tables.put(name, table.withoutForeignKey(fk.name()));
    log.add("drop foreign key " + fk.name() + " of " + name);
    return true;
  }

  private boolean changeForeignKeyActions() {
    String name = pick(oldTablesWith(t -> !t.foreignKeys().isEmpty()));
    if (name == null) {
      return false;
    }
    TableDef table = tables.get(name);
    ForeignKeyDef fk = table.foreignKeys().get(random.nextInt(table.foreignKeys().size()));
    boolean nullable = fk.columns().stream().allMatch(c -> table.column(c).orElseThrow().nullable());
    ForeignKeyDef changed = new ForeignKeyDef(fk.name(), fk.columns(), fk.referencedTable(), fk.referencedColumns(),
        action(nullable), action(nullable));
    if (changed.equals(fk)) {
      return false;
    }
    tables.put(name, table.withoutForeignKey(fk.name()).withForeignKey(changed));
    log.add("change foreign key " + fk.name() + " of " + name + " to on delete " + changed.onDelete() + " on update "
        + changed.onUpdate());
    return true;
  }

  /** NO ACTION mostly; SET NULL only for nullable columns; never SET DEFAULT (InnoDB rejects it). */
  private ReferentialAction action(boolean nullable) {
    int r = random.nextInt(6);
    if (r == 3) {
      return ReferentialAction.CASCADE;
    }
    if (r == 4) {
      return ReferentialAction.RESTRICT;
    }
    if (r == 5 && nullable) {
      return ReferentialAction.SET_NULL;
    }
    return ReferentialAction.NO_ACTION;
  }

  // ---- primary keys

  /** A new key (or none) on an old table without identity column that no foreign key references. */
  private boolean changePrimaryKey() {
    String name = pick(oldTablesWith(t -> t.columns().stream().noneMatch(ColumnDef::auto)
        && tables.values().stream().noneMatch(o -> o.foreignKeys().stream()
            .anyMatch(fk -> fk.referencedTable().equals(t.name())))));
    if (name == null) {
      return false;
    }
    TableDef table = tables.get(name);
    List<String> candidates = new ArrayList<>(table.columns().stream()
        .filter(c -> !c.nullable() && indexable(c.type())).map(ColumnDef::name).toList());
    List<String> key;
    if (candidates.isEmpty() || (!table.primaryKey().isEmpty() && random.nextInt(4) == 0)) {
      key = List.of();
    } else {
      java.util.Collections.shuffle(candidates, random);
      key = List.copyOf(candidates.subList(0, Math.min(candidates.size(), 1 + random.nextInt(2))));
    }
    if (key.equals(table.primaryKey())) {
      return false;
    }
    tables.put(name, table.withPrimaryKey(key));
    touchedTables.add(name);
    log.add("change primary key of " + name + " to " + key);
    return true;
  }

  // ---- helpers

  private void clearHints() {
    for (TableDef t : List.copyOf(tables.values())) {
      tables.put(t.name(), t.withRenamedFrom(null).withColumns(t.columns().stream().map(ColumnDef::withoutHints).toList()));
    }
  }

  /** Tables that existed before this step and were not dropped, renamed or re-keyed in it. */
  private List<String> oldTables() {
    return oldTablesWith(t -> true);
  }

  private List<String> oldTablesWith(java.util.function.Predicate<TableDef> filter) {
    return tables.values().stream()
        .filter(t -> !newTables.contains(t.name()) && !touchedTables.contains(t.name()) && filter.test(t))
        .map(TableDef::name).toList();
  }

  /**
   * A column that existed before this step and was not otherwise changed in it (a rename aside),
   * of a table that existed (renamed or not), as {table, column}; outside the primary key unless
   * {@code keyAllowed}. The column counts as changed from then on.
   */
  private String[] pickColumn(boolean keyAllowed) {
    return pickColumn(keyAllowed, true);
  }

  /** As {@link #pickColumn(boolean)}; columns renamed in this step only if {@code renamedAllowed}. */
  private String[] pickColumn(boolean keyAllowed, boolean renamedAllowed) {
    List<String[]> candidates = new ArrayList<>();
    for (TableDef t : tables.values()) {
      if (newTables.contains(t.name())) {
        continue;
      }
      for (ColumnDef c : t.columns()) {
        String key = t.name() + "." + c.name();
        if (!newColumns.contains(key) && !touchedColumns.contains(key) && !c.auto()
            && (renamedAllowed || !renamedColumns.contains(key))
            && (keyAllowed || !t.primaryKey().contains(c.name()))) {
          candidates.add(new String[] {t.name(), c.name()});
        }
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    String[] picked = candidates.get(random.nextInt(candidates.size()));
    touchedColumns.add(picked[0] + "." + picked[1]);
    return picked;
  }

  private boolean inForeignKey(String table, String column) {
    return tables.get(table).foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column))
        || tables.values().stream().anyMatch(t -> t.foreignKeys().stream()
            .anyMatch(fk -> fk.referencedTable().equals(table) && fk.referencedColumns().contains(column)));
  }

  private void setColumn(String table, ColumnDef column) {
    tables.put(table, tables.get(table).mapColumn(column.name(), c -> column));
  }

  private String pick(List<String> names) {
    return names.isEmpty() ? null : names.get(random.nextInt(names.size()));
  }

  private String freshTableName() {
    if (!reserved.isEmpty() && random.nextInt(8) == 0) {
      return reserved.pop();
    }
    return "t" + (++counter);
  }

  private String freshColumnName() {
    if (!reserved.isEmpty() && random.nextInt(8) == 0) {
      return reserved.pop();
    }
    return "c" + (++counter);
  }

  private static void renameKeys(Set<String> keys, String oldTable, String newTable) {
    for (String key : List.copyOf(keys)) {
      if (key.startsWith(oldTable + ".")) {
        keys.remove(key);
        keys.add(newTable + key.substring(oldTable.length()));
      }
    }
  }

  private static List<String> rename(List<String> names, String from, String to) {
    return names.stream().map(n -> n.equals(from) ? to : n).toList();
  }

  /** Any type a model may have, raw ones only in portable spellings. */
  private ColumnType anyType() {
    switch (random.nextInt(19)) {
      case 0:
        return ColumnType.of(LogicalType.BOOLEAN);
      case 1:
        return ColumnType.of(LogicalType.SMALLINT);
      case 2:
        return ColumnType.of(LogicalType.INTEGER);
      case 3:
        return ColumnType.of(LogicalType.BIGINT);
      case 4:
        return ColumnType.of(LogicalType.REAL);
      case 5:
        return ColumnType.of(LogicalType.DOUBLE);
      case 6:
        int precision = 5 + random.nextInt(20);
        return ColumnType.decimal(precision, random.nextInt(Math.min(precision, 6)));
      case 7:
        return ColumnType.varchar(1 + random.nextInt(255));
      case 8:
        return ColumnType.character(1 + random.nextInt(10));
      case 9:
        return ColumnType.of(LogicalType.BLOB);
      case 10:
        return ColumnType.of(LogicalType.UUID);
      case 11:
        return ColumnType.of(LogicalType.DATE);
      case 12:
        return ColumnType.of(LogicalType.TIME);
      case 13:
        return ColumnType.of(LogicalType.TIMESTAMP);
      case 14:
        return ColumnType.of(LogicalType.TIMESTAMP_TZ);
      case 15:
        return ColumnType.raw("text");
      case 16:
        return ColumnType.raw("varchar(100)");
      case 17:
        return ColumnType.raw("integer");
      default:
        return ColumnType.raw("bigint");
    }
  }

  /** A type that can be indexed and be part of a key everywhere (no BLOB, no TEXT). */
  private ColumnType indexableType() {
    ColumnType type;
    do {
      type = anyType();
    } while (!indexable(type));
    return type;
  }

  private static boolean indexable(ColumnType type) {
    ColumnType t = ColumnTypes.normalize(type);
    return t.kind() != LogicalType.BLOB && !(t.kind() == LogicalType.RAW && t.sql().equals("text"));
  }

  /** A default literal every database accepts for the type, or null for types left without. */
  private String defaultFor(ColumnType type) {
    ColumnType t = ColumnTypes.normalize(type);
    switch (t.kind()) {
      case BOOLEAN:
        return random.nextBoolean() ? "true" : "false";
      case SMALLINT:
      case INTEGER:
      case BIGINT:
      case DECIMAL:
      case REAL:
      case DOUBLE:
        return String.valueOf(random.nextInt(10));
      case VARCHAR:
      case CHAR:
        return random.nextBoolean() ? "'x'" : "''";
      case DATE:
        return "'2020-01-0" + (1 + random.nextInt(9)) + "'";
      default:
        return null;
    }
  }
}
