package dev.strata.internal.database.sqlite;

import dev.strata.internal.schema.model.ReferentialActions;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.Database;
import dev.strata.internal.dialect.Introspector;
import dev.strata.internal.dialect.LiveSchema;
import dev.strata.internal.dialect.Unmodelled;
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
 * (an unnamed key gets Strata's default name {@code fk_<table>_<columns>}).
 *
 * <p>A partial index over columns is read with its predicate, the text after {@code WHERE} in the
 * {@code CREATE INDEX} text {@code sqlite_master} keeps.
 *
 * <p>What the model cannot hold is named in {@link #read()}: expression and descending
 * indexes, and indexes with a collation, carried with the CREATE INDEX text SQLite keeps; generated
 * columns (left out of the table) and {@code COLLATE} clauses of the table text, which no ALTER
 * TABLE can add to an existing SQLite table, are not carried. CHECK constraints are read from the
 * table text by {@link SqliteChecks}.
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
    return read().schema();
  }

  @Override
  public LiveSchema read() {
    try {
      List<TableDef> tables = new ArrayList<>();
      List<Unmodelled> unmodelled = new ArrayList<>();
      Map<String, String> sql = new TreeMap<>();
      try (PreparedStatement ps = connection.prepareStatement(TABLES + " ORDER BY name");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sql.put(rs.getString(1), rs.getString(2));
        }
      }
      for (Map.Entry<String, String> e : sql.entrySet()) {
        tables.add(read(e.getKey(), e.getValue(), unmodelled));
      }
      return new LiveSchema(new SchemaDef(tables), unmodelled);
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
        return Optional.of(read(rs.getString(1), rs.getString(2), new ArrayList<>()));
      }
    } catch (SQLException e) {
      throw Introspector.readFailed(dialect(), e);
    }
  }

  private TableDef read(String name, String createSql, List<Unmodelled> unmodelled) throws SQLException {
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
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT name, hidden FROM pragma_table_xinfo(?) WHERE hidden IN (2, 3) ORDER BY cid")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          unmodelled.add(Unmodelled.notCarried(Database.SQLITE, name, rs.getString(1),
              "generated column (" + (rs.getInt(2) == 2 ? "virtual" : "stored") + ")"));
        }
      }
    }
    String text = createSql == null ? "" : createSql;
    for (String collate : clauses(text, "COLLATE")) {
      unmodelled.add(Unmodelled.notCarried(Database.SQLITE, name, collate.substring("COLLATE ".length()), collate));
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
    return new TableDef(name, null, columns, primaryKey, indexes(name, unmodelled), foreignKeys(name, tokens),
        SqliteChecks.of(name, createSql), null);
  }

  /**
   * The {@code CHECK (...)} clauses (with their parentheses balanced), or the {@code COLLATE name}
   * clauses, of a CREATE TABLE text, outside quotes and comments, in order.
   */
  static List<String> clauses(String sql, String keyword) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`' || c == '[') {
        char close = c == '[' ? ']' : c;
        int end = sql.indexOf(close, i + 1);
        i = end < 0 ? n : end + 1;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
          j++;
        }
        if (sql.substring(i, j).equalsIgnoreCase(keyword)) {
          int k = j;
          while (k < n && Character.isWhitespace(sql.charAt(k))) {
            k++;
          }
          if (keyword.equals("CHECK") && k < n && sql.charAt(k) == '(') {
            int end = SqliteTypes.closingParenAt(sql, k);
            if (end > 0) {
              out.add("CHECK " + sql.substring(k, end + 1));
              j = end + 1;
            }
          } else if (keyword.equals("COLLATE")) {
            int m = k;
            while (m < n && !Character.isWhitespace(sql.charAt(m)) && sql.charAt(m) != ',' && sql.charAt(m) != ')') {
              m++;
            }
            out.add("COLLATE " + sql.substring(k, m));
            j = m;
          }
        }
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }

  private List<IndexDef> indexes(String table, List<Unmodelled> unmodelled) throws SQLException {
    List<IndexDef> indexes = new ArrayList<>();
    record Found(boolean unique, boolean partial) {}
    Map<String, Found> found = new LinkedHashMap<>();
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT name, \"unique\", partial FROM pragma_index_list(?) WHERE origin <> 'pk' ORDER BY name")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.put(rs.getString(1), new Found(rs.getInt(2) != 0, rs.getInt(3) != 0));
        }
      }
    }
    for (Map.Entry<String, Found> e : found.entrySet()) {
      List<String> columns = new ArrayList<>();
      List<String> why = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT name, \"desc\", coll FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno")) {
        ps.setString(1, e.getKey());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String column = rs.getString(1);
            if (column == null && !why.contains("expression")) {
              why.add("expression");
            }
            if (rs.getInt(2) != 0 && !why.contains("descending")) {
              why.add("descending");
            }
            if (!"BINARY".equalsIgnoreCase(rs.getString(3)) && !why.contains("collation")) {
              why.add("collation");
            }
            columns.add(column);
          }
        }
      }
      if (why.isEmpty() && !columns.isEmpty() && !e.getValue().partial()) {
        indexes.add(new IndexDef(e.getKey(), columns, e.getValue().unique()));
        continue;
      }
      String sql = null;
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?")) {
        ps.setString(1, e.getKey());
        try (ResultSet rs = ps.executeQuery()) {
          sql = rs.next() ? rs.getString(1) : null;
        }
      }
      String where = sql == null ? null : predicate(sql);
      if (why.isEmpty() && !columns.isEmpty() && where != null) {
        // A partial index over columns: SQLite keeps the CREATE INDEX text as run, so the
        // predicate reads back exactly as the migration wrote it.
        indexes.add(new IndexDef(e.getKey(), columns, e.getValue().unique(), where));
        continue;
      }
      if (e.getValue().partial()) {
        why.add(0, "partial");
      }
      String what = String.join(", ", why) + " index";
      unmodelled.add(sql == null
          ? Unmodelled.notCarried(Database.SQLITE, table, e.getKey(), what + " of a constraint in the table text")
          : Unmodelled.verbatim(Database.SQLITE, table, e.getKey(), what + " " + sql.substring(sql.indexOf('(')), sql));
    }
    return indexes;
  }

  /**
   * The predicate of a {@code CREATE INDEX} text: what follows the first {@code WHERE} outside
   * quotes and parentheses, stripped; null when there is none.
   */
  static String predicate(String createIndex) {
    int depth = 0;
    int n = createIndex.length();
    for (int i = 0; i < n; i++) {
      char c = createIndex.charAt(i);
      if (c == '\'' || c == '"' || c == '`' || c == '[') {
        char close = c == '[' ? ']' : c;
        int end = createIndex.indexOf(close, i + 1);
        if (end < 0) {
          return null;
        }
        i = end;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0 && (c == 'w' || c == 'W') && createIndex.regionMatches(true, i, "where", 0, 5)
          && (i == 0 || !isWordChar(createIndex.charAt(i - 1)))
          && (i + 5 == n || !isWordChar(createIndex.charAt(i + 5)))) {
        String where = createIndex.substring(i + 5).strip();
        return where.isEmpty() ? null : where;
      }
    }
    return null;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
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
      String name = names.get(constraintKey(row.from(), row.target(), row.to().contains(null) ? List.of() : row.to()));
      if (name == null) {
        name = names.getOrDefault(lower(row.from()), Names.foreignKeyName(table, row.from()));
      }
      keys.add(new ForeignKeyDef(name, row.from(), row.target(), to,
          ReferentialActions.parse(row.onDelete()), ReferentialActions.parse(row.onUpdate())));
    }
    return keys;
  }

  /**
   * Names of {@code CONSTRAINT <name> FOREIGN KEY (<columns>) REFERENCES <table> [(<columns>)]}
   * clauses, each under its {@link #constraintKey} and under its lower-cased columns alone (the
   * first clause on those columns). A table may have two foreign keys on the same columns (to two
   * tables, or to the key and a unique index of one), which only the whole key tells apart.
   */
  private static Map<List<String>, String> constraintNames(List<SqlTokens.Token> tokens) {
    Map<List<String>, String> names = new HashMap<>();
    for (int i = 0; i + 4 < tokens.size(); i++) {
      if (tokens.get(i).is("CONSTRAINT") && tokens.get(i + 1).identifier()
          && tokens.get(i + 2).is("FOREIGN") && tokens.get(i + 3).is("KEY") && tokens.get(i + 4).text().equals("(")) {
        String name = tokens.get(i + 1).text();
        List<String> columns = new ArrayList<>();
        int j = columnList(tokens, i + 5, columns);
        names.putIfAbsent(lower(columns), name);
        if (j + 1 < tokens.size() && tokens.get(j).is("REFERENCES") && tokens.get(j + 1).identifier()) {
          List<String> referenced = new ArrayList<>();
          if (j + 2 < tokens.size() && tokens.get(j + 2).text().equals("(")) {
            columnList(tokens, j + 3, referenced);
          }
          names.putIfAbsent(constraintKey(columns, tokens.get(j + 1).text(), referenced), name);
        }
      }
    }
    return names;
  }

  /** Adds the identifiers from {@code start} up to the next {@code )}; the index after that {@code )}. */
  private static int columnList(List<SqlTokens.Token> tokens, int start, List<String> into) {
    int j = start;
    while (j < tokens.size() && !tokens.get(j).text().equals(")")) {
      if (tokens.get(j).identifier()) {
        into.add(tokens.get(j).text());
      }
      j++;
    }
    return j + 1;
  }

  /** A foreign key's columns, referenced table and referenced columns (empty: not written), lower-cased. */
  private static List<String> constraintKey(List<String> columns, String target, List<String> referenced) {
    List<String> key = new ArrayList<>(lower(columns));
    key.add(")");
    key.add(target.toLowerCase(java.util.Locale.ROOT));
    key.add("(");
    key.addAll(lower(referenced));
    return key;
  }

  private static List<String> lower(List<String> names) {
    return names.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).toList();
  }
}
