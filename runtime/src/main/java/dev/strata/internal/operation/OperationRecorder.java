package dev.strata.internal.operation;

import dev.strata.DataMigration;
import dev.strata.Database;
import dev.strata.Migration;
import dev.strata.MigrationContext;
import dev.strata.ddl.ColumnBuilder;
import dev.strata.ddl.ForeignKeyBuilder;
import dev.strata.ddl.IndexBuilder;
import dev.strata.internal.ddl.DdlValues;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.TableDef;
import dev.strata.ddl.TableBuilder;
import dev.strata.internal.schema.model.IndexDef;
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

  /** The operations {@code migration.up()} describes. */
  public static List<Operation> up(Migration migration) {
    OperationRecorder recorder = new OperationRecorder();
    migration.up(recorder);
    return recorder.operations();
  }

  /** The operations {@code migration.down()} describes. */
  public static List<Operation> down(Migration migration) {
    OperationRecorder recorder = new OperationRecorder();
    migration.down(recorder);
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

  @Override
  public void createTable(TableBuilder table) {
    add(new Operation.CreateTable(DdlValues.unwrap(table, TableDef.class)));
  }

  @Override
  public void dropTable(String table) {
    add(new Operation.DropTable(table));
  }

  @Override
  public void renameTable(String from, String to) {
    add(new Operation.RenameTable(from, to));
  }

  @Override
  public void addColumn(String table, ColumnBuilder column) {
    add(new Operation.AddColumn(table, DdlValues.unwrap(column, ColumnDef.class)));
  }

  @Override
  public void dropColumn(String table, String column) {
    add(new Operation.DropColumn(table, column));
  }

  @Override
  public void renameColumn(String table, String from, String to) {
    add(new Operation.RenameColumn(table, from, to));
  }

  @Override
  public void alterColumn(String table, ColumnBuilder column) {
    add(new Operation.AlterColumn(table, DdlValues.unwrap(column, ColumnDef.class)));
  }

  @Override
  public void createIndex(String table, IndexBuilder index) {
    add(new Operation.CreateIndex(table, DdlValues.unwrap(index, IndexDef.class)));
  }

  @Override
  public void dropIndex(String table, String index) {
    add(new Operation.DropIndex(table, index));
  }

  @Override
  public void addForeignKey(String table, ForeignKeyBuilder foreignKey) {
    add(new Operation.AddForeignKey(table, DdlValues.unwrap(foreignKey, ForeignKeyDef.class)));
  }

  @Override
  public void dropForeignKey(String table, String foreignKey) {
    add(new Operation.DropForeignKey(table, foreignKey));
  }

  @Override
  public void addPrimaryKey(String table, String... columns) {
    add(new Operation.AddPrimaryKey(table, List.of(columns)));
  }

  @Override
  public void dropPrimaryKey(String table) {
    add(new Operation.DropPrimaryKey(table));
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
