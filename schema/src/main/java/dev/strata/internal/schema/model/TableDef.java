package dev.strata.internal.schema.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A table. Columns keep their declaration order; indexes, foreign keys and checks are kept sorted
 * by name, so two equal tables are equal records. Names are compared exactly (case-sensitive);
 * looking a column, index, foreign key or check up by name takes O(1). The lists are immutable and equal to any
 * list of the same elements in the same order.
 *
 * @param name the table name
 * @param sourceClass the fully qualified model class it comes from, or null (not part of the
 *     schema's state)
 * @param columns the columns, in order
 * @param primaryKey primary key column names, in key order; empty for none
 * @param indexes indexes and unique constraints
 * @param foreignKeys foreign keys
 * @param checks CHECK constraints
 * @param renamedFrom the previous table name from a {@code @RenamedFrom} hint, or null
 */
public record TableDef(
    String name,
    String sourceClass,
    List<ColumnDef> columns,
    List<String> primaryKey,
    List<IndexDef> indexes,
    List<ForeignKeyDef> foreignKeys,
    List<CheckDef> checks,
    String renamedFrom) {

  private static final Function<ColumnDef, String> COLUMN_NAME = ColumnDef::name;
  private static final Function<IndexDef, String> INDEX_NAME = IndexDef::name;
  private static final Function<ForeignKeyDef, String> FOREIGN_KEY_NAME = ForeignKeyDef::name;
  private static final Function<CheckDef, String> CHECK_NAME = CheckDef::name;

  public TableDef {
    Objects.requireNonNull(name, "name");
    columns = NamedList.of(columns, COLUMN_NAME);
    primaryKey = List.copyOf(primaryKey);
    indexes = NamedList.of(sorted(indexes, INDEX_NAME), INDEX_NAME);
    foreignKeys = NamedList.of(sorted(foreignKeys, FOREIGN_KEY_NAME), FOREIGN_KEY_NAME);
    checks = NamedList.of(sorted(checks, CHECK_NAME), CHECK_NAME);
    if (sourceClass != null && sourceClass.isEmpty()) {
      sourceClass = null;
    }
    if (renamedFrom != null && renamedFrom.isEmpty()) {
      renamedFrom = null;
    }
  }

  /** {@code list} sorted by name, without copying when it already is (the usual case). */
  private static <T> List<T> sorted(List<T> list, Function<T, String> name) {
    for (int i = 1; i < list.size(); i++) {
      if (name.apply(list.get(i - 1)).compareTo(name.apply(list.get(i))) > 0) {
        return list.stream().sorted(Comparator.comparing(name)).toList();
      }
    }
    return list;
  }

  /** Starts a table with the given name and nothing else. */
  public static TableDef named(String name) {
    return new TableDef(name, null, List.of(), List.of(), List.of(), List.of(), List.of(), null);
  }

  /** The column of that name (the first, should two share it), or empty. */
  public Optional<ColumnDef> column(String columnName) {
    return Optional.ofNullable(byName(columns).find(columnName));
  }

  /** The index (or unique constraint) of that name, or empty. */
  public Optional<IndexDef> index(String indexName) {
    return Optional.ofNullable(byName(indexes).find(indexName));
  }

  /** The foreign key of that name, or empty. */
  public Optional<ForeignKeyDef> foreignKey(String fkName) {
    return Optional.ofNullable(byName(foreignKeys).find(fkName));
  }

  /** The check of that name, or empty. */
  public Optional<CheckDef> check(String checkName) {
    return Optional.ofNullable(byName(checks).find(checkName));
  }

  @SuppressWarnings("unchecked") // the canonical constructor makes every list a NamedList
  private static <T> NamedList<T> byName(List<T> list) {
    return (NamedList<T>) list;
  }

  /** The column names, in order. */
  public List<String> columnNames() {
    return columns.stream().map(ColumnDef::name).toList();
  }

  /** This table with another name. */
  public TableDef withName(String newName) {
    return new TableDef(newName, sourceClass, columns, primaryKey, indexes, foreignKeys, checks, renamedFrom);
  }

  /** This table with another source class (or null). */
  public TableDef withSourceClass(String cls) {
    return new TableDef(name, cls, columns, primaryKey, indexes, foreignKeys, checks, renamedFrom);
  }

  /** This table with other columns, in the given order. */
  public TableDef withColumns(List<ColumnDef> newColumns) {
    return new TableDef(name, sourceClass, newColumns, primaryKey, indexes, foreignKeys, checks, renamedFrom);
  }

  /** This table with another primary key (column names in key order; empty for none). */
  public TableDef withPrimaryKey(List<String> newKey) {
    return new TableDef(name, sourceClass, columns, newKey, indexes, foreignKeys, checks, renamedFrom);
  }

  /** This table with other indexes. */
  public TableDef withIndexes(List<IndexDef> newIndexes) {
    return new TableDef(name, sourceClass, columns, primaryKey, newIndexes, foreignKeys, checks, renamedFrom);
  }

  /** This table with other foreign keys. */
  public TableDef withForeignKeys(List<ForeignKeyDef> newKeys) {
    return new TableDef(name, sourceClass, columns, primaryKey, indexes, newKeys, checks, renamedFrom);
  }

  /** This table with other checks. */
  public TableDef withChecks(List<CheckDef> newChecks) {
    return new TableDef(name, sourceClass, columns, primaryKey, indexes, foreignKeys, newChecks, renamedFrom);
  }

  /** This table with a rename hint (the previous name, or null for none). */
  public TableDef withRenamedFrom(String oldName) {
    return new TableDef(name, sourceClass, columns, primaryKey, indexes, foreignKeys, checks, oldName);
  }

  /** Appends a column. */
  public TableDef withColumn(ColumnDef column) {
    List<ColumnDef> list = new ArrayList<>(columns);
    list.add(column);
    return withColumns(list);
  }

  /** Replaces the column with the given name by what {@code change} returns. */
  public TableDef mapColumn(String columnName, UnaryOperator<ColumnDef> change) {
    return withColumns(columns.stream().map(c -> c.name().equals(columnName) ? change.apply(c) : c).toList());
  }

  /** This table without the named column (its keys and indexes are left as they are). */
  public TableDef withoutColumn(String columnName) {
    return withColumns(columns.stream().filter(c -> !c.name().equals(columnName)).toList());
  }

  /** This table with one more index. */
  public TableDef withIndex(IndexDef index) {
    List<IndexDef> list = new ArrayList<>(indexes);
    list.add(index);
    return withIndexes(list);
  }

  /** This table without the named index. */
  public TableDef withoutIndex(String indexName) {
    return withIndexes(indexes.stream().filter(i -> !i.name().equals(indexName)).toList());
  }

  /** This table with one more foreign key. */
  public TableDef withForeignKey(ForeignKeyDef fk) {
    List<ForeignKeyDef> list = new ArrayList<>(foreignKeys);
    list.add(fk);
    return withForeignKeys(list);
  }

  /** This table without the named foreign key. */
  public TableDef withoutForeignKey(String fkName) {
    return withForeignKeys(foreignKeys.stream().filter(f -> !f.name().equals(fkName)).toList());
  }

  /** This table with one more check. */
  public TableDef withCheck(CheckDef check) {
    List<CheckDef> list = new ArrayList<>(checks);
    list.add(check);
    return withChecks(list);
  }

  /** This table without the named check. */
  public TableDef withoutCheck(String checkName) {
    return withChecks(checks.stream().filter(c -> !c.name().equals(checkName)).toList());
  }

  /**
   * This table as a database would hold it: without source class and rename hints. Two tables
   * describe the same structure exactly when their {@code withoutHints()} are equal.
   */
  public TableDef withoutHints() {
    return new TableDef(
        name, null, columns.stream().map(ColumnDef::withoutHints).toList(),
        primaryKey, indexes, foreignKeys, checks, null);
  }
}
