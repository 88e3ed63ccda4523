package dev.strata.internal.operation;

import dev.strata.DataMigration;
import dev.strata.Database;
import dev.strata.ErrorCode;
import dev.strata.Migration;
import dev.strata.MigrationContext;
import dev.strata.StrataException;
import dev.strata.ddl.CheckBuilder;
import dev.strata.ddl.ColumnBuilder;
import dev.strata.ddl.ForeignKeyBuilder;
import dev.strata.ddl.IndexBuilder;
import dev.strata.ddl.TableBuilder;
import dev.strata.internal.ddl.DdlValues;
import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.TableDef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/** The {@link MigrationContext} that records what a migration does, in order, without a database. */
public final class OperationRecorder implements MigrationContext {
  private final List<Operation> operations = new ArrayList<>();

  /**
   * The operations {@code migration.up()} describes; errors name the migration by its class.
   *
   * @throws StrataException as {@link #up(Migration, String)}
   */
  public static List<Operation> up(Migration migration) {
    return up(migration, "migration " + migration.getClass().getName());
  }

  /**
   * The operations {@code migration.up()} describes.
   *
   * @param subject names the migration in errors, e.g. {@code migration 20260101120000 (db.migration.V...)}
   * @throws StrataException {@link ErrorCode#INVALID_MIGRATION} when {@code up()} throws (a DDL
   *     builder refusing a value, or the migration's own code), naming the migration, the position
   *     of the operation in {@code up()}, the call and the line; a {@code StrataException} it throws
   *     keeps its code. The original exception is the cause
   */
  public static List<Operation> up(Migration migration, String subject) {
    OperationRecorder recorder = new OperationRecorder();
    try {
      migration.up(recorder);
    } catch (RuntimeException e) {
      throw RecordingFailure.of(subject, migration.getClass(), "up()", recorder.operations, e);
    }
    return recorder.operations();
  }

  /**
   * The operations {@code migration.down()} describes; errors name the migration by its class.
   *
   * @throws StrataException as {@link #down(Migration, String)}
   */
  public static List<Operation> down(Migration migration) {
    return down(migration, "migration " + migration.getClass().getName());
  }

  /**
   * The operations {@code migration.down()} describes.
   *
   * @param subject names the migration in errors
   * @throws StrataException {@link ErrorCode#IRREVERSIBLE} as thrown by a migration without
   *     {@code down()}; otherwise as {@link #up(Migration, String)}
   */
  public static List<Operation> down(Migration migration, String subject) {
    OperationRecorder recorder = new OperationRecorder();
    try {
      migration.down(recorder);
    } catch (StrataException e) {
      if (e.code() == ErrorCode.IRREVERSIBLE) {
        throw e;
      }
      throw RecordingFailure.of(subject, migration.getClass(), "down()", recorder.operations, e);
    } catch (RuntimeException e) {
      throw RecordingFailure.of(subject, migration.getClass(), "down()", recorder.operations, e);
    }
    return recorder.operations();
  }

  /**
   * The checksum of a list of operations: lowercase hex SHA-256 of their canonical forms, each
   * followed by a newline.
   */
  public static String checksum(List<Operation> operations) {
    StringBuilder text = new StringBuilder();
    for (Operation op : operations) {
      text.append(op.canonical()).append('\n');
    }
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }

  /** What has been recorded so far. */
  public List<Operation> operations() {
    return List.copyOf(operations);
  }

  private void add(Operation op) {
    operations.add(op);
  }

  /** {@code name}, unless null or blank: such a name would fail only later, in SQL. */
  private static String name(String operation, String what, String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(operation + " needs a " + what + " name, was "
          + (name == null ? "null" : "'" + name + "'"));
    }
    return name;
  }

  @Override
  public void createTable(TableBuilder table) {
    add(new Operation.CreateTable(DdlValues.unwrap(table, TableDef.class)));
  }

  @Override
  public void dropTable(String table) {
    add(new Operation.DropTable(name("dropTable", "table", table)));
  }

  @Override
  public void renameTable(String from, String to) {
    add(new Operation.RenameTable(name("renameTable", "table", from), name("renameTable", "new table", to)));
  }

  @Override
  public void addColumn(String table, ColumnBuilder column) {
    add(new Operation.AddColumn(name("addColumn", "table", table), DdlValues.unwrap(column, ColumnDef.class)));
  }

  @Override
  public void dropColumn(String table, String column) {
    add(new Operation.DropColumn(name("dropColumn", "table", table), name("dropColumn", "column", column)));
  }

  @Override
  public void renameColumn(String table, String from, String to) {
    add(new Operation.RenameColumn(name("renameColumn", "table", table), name("renameColumn", "column", from),
        name("renameColumn", "new column", to)));
  }

  @Override
  public void alterColumn(String table, ColumnBuilder column) {
    add(new Operation.AlterColumn(name("alterColumn", "table", table), DdlValues.unwrap(column, ColumnDef.class)));
  }

  @Override
  public void createIndex(String table, IndexBuilder index) {
    add(new Operation.CreateIndex(name("createIndex", "table", table), DdlValues.unwrap(index, IndexDef.class)));
  }

  @Override
  public void dropIndex(String table, String index) {
    add(new Operation.DropIndex(name("dropIndex", "table", table), name("dropIndex", "index", index)));
  }

  @Override
  public void addForeignKey(String table, ForeignKeyBuilder foreignKey) {
    add(new Operation.AddForeignKey(name("addForeignKey", "table", table),
        DdlValues.unwrap(foreignKey, ForeignKeyDef.class)));
  }

  @Override
  public void dropForeignKey(String table, String foreignKey) {
    add(new Operation.DropForeignKey(name("dropForeignKey", "table", table),
        name("dropForeignKey", "foreign key", foreignKey)));
  }

  @Override
  public void addPrimaryKey(String table, String... columns) {
    add(new Operation.AddPrimaryKey(name("addPrimaryKey", "table", table), List.of(columns)));
  }

  @Override
  public void dropPrimaryKey(String table) {
    add(new Operation.DropPrimaryKey(name("dropPrimaryKey", "table", table)));
  }

  @Override
  public void addCheck(String table, CheckBuilder check) {
    add(new Operation.AddCheck(name("addCheck", "table", table), DdlValues.unwrap(check, CheckDef.class)));
  }

  @Override
  public void dropCheck(String table, String check) {
    add(new Operation.DropCheck(name("dropCheck", "table", table), name("dropCheck", "check", check)));
  }

  @Override
  public void executeSql(String sql) {
    add(new Operation.ExecuteSql(null, Objects.requireNonNull(sql, "sql")));
  }

  @Override
  public void executeSql(Database database, String sql) {
    add(new Operation.ExecuteSql(Objects.requireNonNull(database, "database"), Objects.requireNonNull(sql, "sql")));
  }

  @Override
  public void run(DataMigration action) {
    add(new Operation.RunCode(Objects.requireNonNull(action, "action")));
  }
}
