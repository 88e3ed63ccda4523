package dev.strata.internal.database.sqlite;

import dev.strata.internal.schema.model.ReferentialActions;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.dialect.Introspector;
import dev.strata.internal.introspect.SqlTokens;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.annotations.ReferentialAction;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.LogicalType;
import dev.strata.internal.schema.model.TableDef;
import dev.strata.internal.schema.naming.Names;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * SQLite's {@code main} schema, from {@code sqlite_master} and the table-valued pragmas
 * ({@code pragma_table_info}, {@code pragma_index_list}, {@code pragma_index_info},
 * {@code pragma_foreign_key_list}). Declared types map back with {@link SqliteTypes#typeOf};
 * {@code AUTOINCREMENT} marks the key column auto; foreign key names, which no pragma reports,
 * come from the {@code CONSTRAINT <name> FOREIGN KEY} clauses of the stored CREATE TABLE text
 * (an unnamed key gets Strata's default name {@code fk_<table>_<columns>}). Partial and expression
 * indexes, which the schema model cannot hold, are left out.
 */
final class SqliteIntrospector implements Introspector {
  private static final String TABLES = "SELECT name, sql FROM sqlite_master WHERE type = 'table'"
      + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> '" + HISTORY_TABLE + "'";

  private final Connection connection;

  SqliteIntrospector(Connection connection) {
    this.connection = connection;
  }

  @Override
  public SqlDialect dialect() {
    return SqliteDialect.INSTANCE;
  }

  @Override
  public SchemaDef schema() {
    try {
      List<TableDef> tables = new ArrayList<>();
      Map<String, String> sql = new TreeMap<>();
      try (PreparedStatement ps = connection.prepareStatement(TABLES + " ORDER BY name");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sql.put(rs.getString(1), rs.getString(2));
        }
      }
      for (Map.Entry<String, String> e : sql.entrySet()) {
        tables.add(read(e.getKey(), e.getValue()));
      }
      return new SchemaDef(tables);
    } catch (SQLException e) {
      throw Introspector.readFailed(dialect(), e);
    }
  }

  @Override
  public Optional<TableDef> table(String name) {
    try (PreparedStatement ps = connection.prepareStatement(TABLES + " AND name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(read(rs.getString(1), rs.getString(2)));
      }
    } catch (SQLException e) {
      throw Introspector.readFailed(dialect(), e);
    }
  }

  private TableDef read(String name, String createSql) throws SQLException {
    List<ColumnDef> columns = new ArrayList<>();
    TreeMap<Integer, String> key = new TreeMap<>();
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String column = rs.getString(1);
          columns.add(new ColumnDef(column, SqliteTypes.typeOf(rs.getString(2)), rs.getInt(3) == 0,
              SqliteTypes.normalizeDefault(rs.getString(4)), false, null));
          if (rs.getInt(5) > 0) {
            key.put(rs.getInt(5), column);
          }
        }
      }
    }
    List<String> primaryKey = List.copyOf(key.values());
    if (primaryKey.size() == 1) {
      // An INTEGER PRIMARY KEY is the rowid, which is never NULL (a NULL inserted becomes the next
      // rowid; SQLite manual, "ROWID and the INTEGER PRIMARY KEY"), with or without NOT NULL.
      String rowid = primaryKey.get(0);
      columns.replaceAll(c -> c.name().equals(rowid) && c.type().kind() == LogicalType.INTEGER ? c.withNullable(false) : c);
    }
    List<SqlTokens.Token> tokens = SqlTokens.of(createSql == null ? "" : createSql);
    if (primaryKey.size() == 1 && tokens.stream().anyMatch(t -> t.is("AUTOINCREMENT"))) {
      String auto = primaryKey.get(0);
      columns.replaceAll(c -> c.name().equals(auto) ? c.withAuto(true) : c);
    }
    return new TableDef(name, null, columns, primaryKey, indexes(name), foreignKeys(name, tokens), null);
  }

  private List<IndexDef> indexes(String table) throws SQLException {
    List<IndexDef> indexes = new ArrayList<>();
    Map<String, Boolean> found = new LinkedHashMap<>();
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT name, \"unique\" FROM pragma_index_list(?) WHERE origin <> 'pk' AND partial = 0")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.put(rs.getString(1), rs.getInt(2) != 0);
        }
      }
    }
    for (Map.Entry<String, Boolean> e : found.entrySet()) {
      List<String> columns = new ArrayList<>();
      boolean expression = false;
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT name FROM pragma_index_info(?) ORDER BY seqno")) {
        ps.setString(1, e.getKey());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String column = rs.getString(1);
            expression |= column == null;
            columns.add(column);
          }
        }
      }
      if (!expression && !columns.isEmpty()) {
        indexes.add(new IndexDef(e.getKey(), columns, e.getValue()));
      }
    }
    return indexes;
  }

  private List<ForeignKeyDef> foreignKeys(String table, List<SqlTokens.Token> tokens) throws SQLException {
    record Row(String target, List<String> from, List<String> to, String onUpdate, String onDelete) {}
    Map<Integer, Row> rows = new TreeMap<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT id, \"table\", \"from\", \"to\", on_update,"
        + " on_delete FROM pragma_foreign_key_list(?) ORDER BY id, seq")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int id = rs.getInt(1);
          if (!rows.containsKey(id)) {
            rows.put(id, new Row(rs.getString(2), new ArrayList<>(), new ArrayList<>(), rs.getString(5), rs.getString(6)));
          }
          rows.get(id).from().add(rs.getString(3));
          rows.get(id).to().add(rs.getString(4));
        }
      }
    }
    Map<List<String>, String> names = constraintNames(tokens);
    List<ForeignKeyDef> keys = new ArrayList<>();
    for (Row row : rows.values()) {
      List<String> to = row.to();
      if (to.contains(null)) {
        // REFERENCES parent without columns means the parent's primary key.
        to = table(row.target()).map(TableDef::primaryKey).orElse(row.from());
      }
      String name = names.getOrDefault(lower(row.from()), Names.foreignKeyName(table, row.from()));
      keys.add(new ForeignKeyDef(name, row.from(), row.target(), to,
          ReferentialActions.parse(row.onDelete()), ReferentialActions.parse(row.onUpdate())));
    }
    return keys;
  }

  /** Names of {@code CONSTRAINT <name> FOREIGN KEY (<columns>)} clauses, by lower-cased columns. */
  private static Map<List<String>, String> constraintNames(List<SqlTokens.Token> tokens) {
    Map<List<String>, String> names = new HashMap<>();
    for (int i = 0; i + 4 < tokens.size(); i++) {
      if (tokens.get(i).is("CONSTRAINT") && tokens.get(i + 1).identifier()
          && tokens.get(i + 2).is("FOREIGN") && tokens.get(i + 3).is("KEY") && tokens.get(i + 4).text().equals("(")) {
        List<String> columns = new ArrayList<>();
        int j = i + 5;
        while (j < tokens.size() && !tokens.get(j).text().equals(")")) {
          if (tokens.get(j).identifier()) {
            columns.add(tokens.get(j).text());
          }
          j++;
        }
        names.putIfAbsent(lower(columns), tokens.get(i + 1).text());
      }
    }
    return names;
  }

  private static List<String> lower(List<String> names) {
    return names.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).toList();
  }
}
