package dev.strata.internal.database.mysql;

import dev.strata.internal.schema.model.ReferentialActions;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.dialect.Introspector;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.annotations.ReferentialAction;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The MySQL/MariaDB database {@code DATABASE()}, from {@code information_schema} (COLUMNS,
 * STATISTICS, KEY_COLUMN_USAGE, REFERENTIAL_CONSTRAINTS). Types map by
 * {@link MysqlTypes#typeOf}; defaults by {@link MysqlTypes#normalizeDefault}, once
 * {@link MysqlDialect#columnDefaultSql} has made SQL of them (MariaDB prints defaults as SQL, MySQL
 * 8 as bare values). Left out: the index InnoDB creates for a foreign key (named like the key),
 * Strata's {@link MysqlDialect#AUTO_INDEX_PREFIX} index, functional index parts.
 */
final class MysqlIntrospector implements Introspector {
  private static final String TABLES = "SELECT TABLE_NAME FROM information_schema.TABLES"
      + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME <> '" + HISTORY_TABLE + "'";
  private static final String COLUMNS = "SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA"
      + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION";
  private static final String INDEXES = "SELECT INDEX_NAME, NON_UNIQUE, COLUMN_NAME FROM information_schema.STATISTICS"
      + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY INDEX_NAME, SEQ_IN_INDEX";
  private static final String FOREIGN_KEYS = "SELECT k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME,"
      + " k.REFERENCED_COLUMN_NAME, r.DELETE_RULE, r.UPDATE_RULE FROM information_schema.KEY_COLUMN_USAGE k"
      + " JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA"
      + " AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME"
      + " WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = ? AND k.REFERENCED_TABLE_NAME IS NOT NULL"
      + " ORDER BY k.CONSTRAINT_NAME, k.ORDINAL_POSITION";

  private final Connection connection;
  private final MysqlDialect dialect;

  MysqlIntrospector(Connection connection, MysqlDialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  @Override
  public SqlDialect dialect() {
    return dialect;
  }

  @Override
  public SchemaDef schema() {
    try {
      List<String> names = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement(TABLES + " ORDER BY TABLE_NAME");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      List<TableDef> tables = new ArrayList<>();
      for (String name : names) {
        tables.add(read(name));
      }
      return new SchemaDef(tables);
    } catch (SQLException e) {
      throw Introspector.readFailed(dialect, e);
    }
  }

  @Override
  public Optional<TableDef> table(String name) {
    try (PreparedStatement ps = connection.prepareStatement(TABLES + " AND TABLE_NAME = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs.getString(1))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw Introspector.readFailed(dialect, e);
    }
  }

  private TableDef read(String name) throws SQLException {
    List<ColumnDef> columns = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(COLUMNS)) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ColumnType type = MysqlTypes.typeOf(rs.getString(2));
          String extra = rs.getString(5) == null ? "" : rs.getString(5).toLowerCase(Locale.ROOT);
          String def = dialect.columnDefaultSql(rs.getString(4), type, extra);
          columns.add(new ColumnDef(rs.getString(1), type, "YES".equals(rs.getString(3)),
              MysqlTypes.normalizeDefault(def, type), extra.contains("auto_increment"), null));
        }
      }
    }
    List<ForeignKeyDef> keys = foreignKeys(name);
    Map<String, List<String>> indexColumns = new LinkedHashMap<>();
    Map<String, Boolean> unique = new LinkedHashMap<>();
    try (PreparedStatement ps = connection.prepareStatement(INDEXES)) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String index = rs.getString(1);
          indexColumns.computeIfAbsent(index, k -> new ArrayList<>()).add(rs.getString(3));
          unique.put(index, rs.getInt(2) == 0);
        }
      }
    }
    List<String> primaryKey = indexColumns.getOrDefault("PRIMARY", List.of());
    List<IndexDef> indexes = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : indexColumns.entrySet()) {
      String index = e.getKey();
      List<String> cols = e.getValue();
      boolean implicit = index.equals("PRIMARY") || index.startsWith(MysqlDialect.AUTO_INDEX_PREFIX)
          || cols.contains(null)
          || keys.stream().anyMatch(k -> k.name().equals(index) && cols.equals(k.columns()));
      if (!implicit) {
        indexes.add(new IndexDef(index, cols, unique.get(index)));
      }
    }
    return new TableDef(name, null, columns, primaryKey, indexes, keys, null);
  }

  private List<ForeignKeyDef> foreignKeys(String table) throws SQLException {
    record Row(List<String> from, String target, List<String> to, String onDelete, String onUpdate) {}
    Map<String, Row> rows = new LinkedHashMap<>();
    try (PreparedStatement ps = connection.prepareStatement(FOREIGN_KEYS)) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String target = rs.getString(3);
          String onDelete = rs.getString(5);
          String onUpdate = rs.getString(6);
          Row row = rows.computeIfAbsent(rs.getString(1),
              k -> new Row(new ArrayList<>(), target, new ArrayList<>(), onDelete, onUpdate));
          row.from().add(rs.getString(2));
          row.to().add(rs.getString(4));
        }
      }
    }
    List<ForeignKeyDef> keys = new ArrayList<>();
    rows.forEach((fk, row) -> keys.add(new ForeignKeyDef(fk, row.from(), row.target(), row.to(),
        ReferentialActions.parse(row.onDelete()), ReferentialActions.parse(row.onUpdate()))));
    return keys;
  }
}
