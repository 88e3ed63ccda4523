package dev.strata;

import dev.strata.ddl.CheckBuilder;
import dev.strata.ddl.ColumnBuilder;
import dev.strata.ddl.ForeignKeyBuilder;
import dev.strata.ddl.IndexBuilder;
import dev.strata.ddl.TableBuilder;

/**
 * The operations a {@link Migration} describes. Each is dialect-neutral and rendered per database
 * when applied; values come from {@link dev.strata.ddl.Ddl}. Calls are recorded in order, so the
 * same migration gives the same checksum, in-memory replay and SQL on every run.
 */
public interface MigrationContext {

  /** Creates a table with its columns, primary key, indexes, foreign keys and checks. */
  void createTable(TableBuilder table);

  /** Drops a table and its data. */
  void dropTable(String table);

  void renameTable(String from, String to);

  /** Adds a column; a NOT NULL column added to a table with rows needs a default. */
  void addColumn(String table, ColumnBuilder column);

  /** Drops a column and its data. */
  void dropColumn(String table, String column);

  void renameColumn(String table, String from, String to);

  /**
   * Changes a column's type, nullability and default to those of {@code column} (found by its
   * name). On SQLite this rebuilds the table, keeping its rows.
   */
  void alterColumn(String table, ColumnBuilder column);

  /** Creates an index or unique constraint. */
  void createIndex(String table, IndexBuilder index);

  void dropIndex(String table, String index);

  void addForeignKey(String table, ForeignKeyBuilder foreignKey);

  void dropForeignKey(String table, String foreignKey);

  void addPrimaryKey(String table, String... columns);

  /**
   * Adds a CHECK constraint. The database verifies the table's rows first: the migration fails when
   * one violates the check. On SQLite this rebuilds the table, keeping its rows.
   */
  void addCheck(String table, CheckBuilder check);

  /** Drops the named CHECK constraint. On SQLite this rebuilds the table, keeping its rows. */
  void dropCheck(String table, String check);

  void dropPrimaryKey(String table);

  /**
   * Runs SQL as is on every database. In-memory replay cannot see its effect on the schema; use
   * {@code generate --shadow} when it changes tables.
   */
  void executeSql(String sql);

  /** Runs SQL only on {@code database} (SQL for {@link Database#MYSQL} also runs on MariaDB). */
  void executeSql(Database database, String sql);

  /** Runs code on the migration's connection, for data migrations. */
  void run(DataMigration action);
}
