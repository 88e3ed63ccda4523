package dev.strata.internal.database.mysql;

import dev.strata.internal.schema.model.ReferentialActions;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.dialect.Introspector;
import dev.strata.internal.dialect.LiveSchema;
import dev.strata.internal.dialect.Unmodelled;
import dev.strata.internal.introspect.CheckTexts;
import dev.strata.internal.schema.model.CheckDef;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The MySQL/MariaDB database {@code DATABASE()}, from {@code information_schema} (TABLES, COLUMNS,
 * STATISTICS, KEY_COLUMN_USAGE, REFERENTIAL_CONSTRAINTS, TABLE_CONSTRAINTS, CHECK_CONSTRAINTS) and
 * {@code SHOW CREATE TABLE}. Types map by {@link MysqlTypes#typeOf}; defaults by
 * {@link MysqlTypes#normalizeDefault}, once {@link MysqlDialect#columnDefaultSql} has made SQL of
 * them (MariaDB prints defaults as SQL, MySQL 8 as bare values). Left out as implicit: the index
 * InnoDB creates for a foreign key (named like the key), Strata's
 * {@link MysqlDialect#AUTO_INDEX_PREFIX} index.
 *
 * <p>What the model cannot hold is named in {@link #read()}, with the definition
 * {@code SHOW CREATE TABLE} prints for it: FULLTEXT and SPATIAL indexes, indexes with a
 * descending, prefix ({@code col(10)}) or expression part, or on a generated column; generated
 * columns (left out of the table); {@code ON UPDATE} and a collation other
 * than the table's (the column is read without them); columns of a RAW type other than
 * {@code text} ({@link MysqlTypes#isEngineSpecific}).
 */
final class MysqlIntrospector implements Introspector {
  private static final String TABLES = "SELECT TABLE_NAME, TABLE_COLLATION FROM information_schema.TABLES"
      + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME <> '" + HISTORY_TABLE + "'";
  private static final String COLUMNS = "SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA,"
      + " COLLATION_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"
      + " ORDER BY ORDINAL_POSITION";
  private static final String INDEXES = "SELECT INDEX_NAME, NON_UNIQUE, COLUMN_NAME, INDEX_TYPE, COLLATION, SUB_PART"
      + " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"
      + " ORDER BY INDEX_NAME, SEQ_IN_INDEX";
  private static final String FOREIGN_KEYS = "SELECT k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME,"
      + " k.REFERENCED_COLUMN_NAME, r.DELETE_RULE, r.UPDATE_RULE FROM information_schema.KEY_COLUMN_USAGE k"
      + " JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA"
      + " AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME"
      + " WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = ? AND k.REFERENCED_TABLE_NAME IS NOT NULL"
      + " ORDER BY k.CONSTRAINT_NAME, k.ORDINAL_POSITION";
  /** MySQL 8.0.16+ and MariaDB 10.2+; MariaDB scopes check names per table, MySQL per schema. */
  private static final String CHECKS = "SELECT tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE"
      + " FROM information_schema.TABLE_CONSTRAINTS tc JOIN information_schema.CHECK_CONSTRAINTS cc"
      + " ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME";
  private static final String CHECKS_WHERE = " WHERE tc.TABLE_SCHEMA = DATABASE() AND tc.TABLE_NAME = ?"
      + " AND tc.CONSTRAINT_TYPE = 'CHECK' ORDER BY tc.CONSTRAINT_NAME";

  /** Index names used on more than one table, with the first of those tables. */
  private static final String REPEATED_INDEX_NAMES = "SELECT INDEX_NAME, MIN(TABLE_NAME)"
      + " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND INDEX_NAME <> 'PRIMARY'"
      + " AND TABLE_NAME <> '" + HISTORY_TABLE + "' GROUP BY INDEX_NAME HAVING COUNT(DISTINCT TABLE_NAME) > 1";

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
    return read().schema();
  }

  @Override
  public LiveSchema read() {
    try {
      Map<String, String> names = new LinkedHashMap<>();
      try (PreparedStatement ps = connection.prepareStatement(TABLES + " ORDER BY TABLE_NAME");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          names.put(rs.getString(1), rs.getString(2));
        }
      }
      List<TableDef> tables = new ArrayList<>();
      List<Unmodelled> unmodelled = new ArrayList<>();
      Map<String, String> repeated = repeatedIndexNames();
      for (Map.Entry<String, String> e : names.entrySet()) {
        tables.add(read(e.getKey(), e.getValue(), repeated, unmodelled));
      }
      return new LiveSchema(new SchemaDef(tables), unmodelled);
    } catch (SQLException e) {
      throw Introspector.readFailed(dialect, e);
    }
  }

  @Override
  public Optional<TableDef> table(String name) {
    try (PreparedStatement ps = connection.prepareStatement(TABLES + " AND TABLE_NAME = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs.getString(1), rs.getString(2), repeatedIndexNames(), new ArrayList<>()))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw Introspector.readFailed(dialect, e);
    }
  }

  /**
   * Index names MySQL allows on several tables (it scopes them per table), with the table that
   * keeps the name in the model: the first in the database's order. On the other tables the index
   * is carried verbatim, since one schema cannot hold the name twice (nor can PostgreSQL and SQLite).
   */
  private Map<String, String> repeatedIndexNames() throws SQLException {
    Map<String, String> first = new LinkedHashMap<>();
    try (PreparedStatement ps = connection.prepareStatement(REPEATED_INDEX_NAMES); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        first.put(rs.getString(1), rs.getString(2));
      }
    }
    return first;
  }

  private TableDef read(String name, String tableCollation, Map<String, String> repeated, List<Unmodelled> unmodelled)
      throws SQLException {
    Definitions definitions = null;
    List<ColumnDef> columns = new ArrayList<>();
    Set<String> generated = new HashSet<>();
    String previous = null;
    Map<String, String> checks = checks(name);
    try (PreparedStatement ps = connection.prepareStatement(COLUMNS)) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String column = rs.getString(1);
          ColumnType type = MysqlTypes.typeOf(rs.getString(2));
          String extra = rs.getString(5) == null ? "" : rs.getString(5).toLowerCase(Locale.ROOT);
          String collation = rs.getString(6);
          if (MysqlTypes.isMariadbJson(column, type, checks.get(column))) {
            // MariaDB's JSON: LONGTEXT with a binary collation and CHECK (json_valid(col)).
            type = ColumnType.raw("json");
            checks.remove(column);
            collation = collation != null && collation.endsWith("_bin") ? null : collation;
          }
          boolean onUpdate = extra.contains("on update");
          boolean otherCollation = collation != null && tableCollation != null && !collation.equals(tableCollation);
          if (extra.contains("generated") && !extra.contains("default_generated")) {
            definitions = definitions == null ? definitions(name) : definitions;
            generated.add(column);
            unmodelled.add(Unmodelled.verbatim(dialect.database(), name, column, "generated column ("
                + extra.replace(" generated", "") + ")", "ALTER TABLE " + dialect.quote(name) + " ADD COLUMN "
                + definitions.column(column) + (previous == null ? " FIRST" : " AFTER " + dialect.quote(previous))));
            continue;
          }
          String def = dialect.columnDefaultSql(rs.getString(4), type, extra);
          columns.add(new ColumnDef(column, type, "YES".equals(rs.getString(3)),
              MysqlTypes.normalizeDefault(def, type), extra.contains("auto_increment"), null));
          previous = column;
          if (MysqlTypes.isEngineSpecific(type)) {
            unmodelled.add(Unmodelled.engineSpecific(dialect.database(), name, column, type.sql()));
          }
          if (onUpdate || otherCollation) {
            definitions = definitions == null ? definitions(name) : definitions;
            List<String> what = new ArrayList<>();
            if (onUpdate) {
              what.add("ON UPDATE " + extra.substring(extra.indexOf("on update") + "on update".length()).trim());
            }
            if (otherCollation) {
              what.add("COLLATE " + collation);
            }
            unmodelled.add(Unmodelled.verbatim(dialect.database(), name, column, "column " + String.join(", ", what),
                "ALTER TABLE " + dialect.quote(name) + " MODIFY COLUMN " + definitions.column(column)));
          }
        }
      }
    }
    List<ForeignKeyDef> keys = foreignKeys(name);
    record Part(String column, String type, String collation, Object subPart) {}
    Map<String, List<Part>> indexParts = new LinkedHashMap<>();
    Map<String, Boolean> unique = new LinkedHashMap<>();
    try (PreparedStatement ps = connection.prepareStatement(INDEXES)) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String index = rs.getString(1);
          indexParts.computeIfAbsent(index, k -> new ArrayList<>())
              .add(new Part(rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6)));
          unique.put(index, rs.getInt(2) == 0);
        }
      }
    }
    List<String> primaryKey = indexParts.getOrDefault("PRIMARY", List.of()).stream().map(Part::column).toList();
    List<IndexDef> indexes = new ArrayList<>();
    for (Map.Entry<String, List<Part>> e : indexParts.entrySet()) {
      String index = e.getKey();
      List<Part> parts = e.getValue();
      List<String> cols = parts.stream().map(Part::column).toList();
      if (index.equals("PRIMARY") || index.startsWith(MysqlDialect.AUTO_INDEX_PREFIX)
          || keys.stream().anyMatch(k -> k.name().equals(index) && cols.equals(k.columns()))) {
        continue;
      }
      String kind = parts.get(0).type() == null ? "BTREE" : parts.get(0).type().toUpperCase(Locale.ROOT);
      List<String> why = new ArrayList<>();
      if (!kind.equals("BTREE")) {
        why.add(kind);
      }
      if (cols.contains(null)) {
        why.add("expression");
      } else if (cols.stream().anyMatch(generated::contains)) {
        why.add("on a generated column");
      }
      if (parts.stream().anyMatch(p -> "D".equals(p.collation()))) {
        why.add("descending");
      }
      if (kind.equals("BTREE") && parts.stream().anyMatch(p -> p.subPart() != null)) {
        why.add("prefix");
      }
      String owner = repeated.get(index);
      boolean repeat = owner != null && !owner.equals(name);
      if (why.isEmpty() && !repeat) {
        indexes.add(new IndexDef(index, cols, unique.get(index)));
      } else {
        definitions = definitions == null ? definitions(name) : definitions;
        String text = definitions.index(index);
        String what = (why.isEmpty() ? "" : String.join(", ", why) + " ") + "index " + text.substring(text.indexOf('('))
            + (repeat ? ", its name also used on table " + owner + " (index names must be unique per schema on"
                + " PostgreSQL and SQLite, and in Strata's model)" : "");
        unmodelled.add(Unmodelled.verbatim(dialect.database(), name, index, what,
            "ALTER TABLE " + dialect.quote(name) + " ADD " + text));
      }
    }
    List<CheckDef> checkDefs = new ArrayList<>();
    for (Map.Entry<String, String> check : checks.entrySet()) {
      // MariaDB's implied json_valid check of a JSON column was taken out with the column's type.
      checkDefs.add(new CheckDef(check.getKey(), CheckTexts.withoutOuterParentheses(check.getValue())));
    }
    return new TableDef(name, null, columns, primaryKey, indexes, keys, checkDefs, null);
  }

  private Map<String, String> checks(String table) throws SQLException {
    boolean mariadb = dialect.database() == dev.strata.Database.MARIADB;
    Map<String, String> checks = new LinkedHashMap<>();
    try (PreparedStatement ps = connection.prepareStatement(CHECKS
        + (mariadb ? " AND cc.TABLE_NAME = tc.TABLE_NAME" : "") + CHECKS_WHERE)) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          checks.put(rs.getString(1), rs.getString(2));
        }
      }
    } catch (SQLException e) {
      if (!"42S02".equals(e.getSQLState()) && e.getErrorCode() != 1109) {
        throw e;
      }
      // No CHECK_CONSTRAINTS view: a MySQL before 8.0.16 ignores CHECK constraints.
    }
    return checks;
  }

  /** The column and index definitions {@code SHOW CREATE TABLE} prints, by name. */
  private Definitions definitions(String table) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SHOW CREATE TABLE " + dialect.quote(table));
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return new Definitions(table, rs.getString(2));
    }
  }

  /** The lines of a {@code SHOW CREATE TABLE} text: one column, key or constraint each. */
  private static final class Definitions {
    private final String table;
    private final Map<String, String> columns = new LinkedHashMap<>();
    private final Map<String, String> indexes = new LinkedHashMap<>();

    Definitions(String table, String createTable) {
      this.table = table;
      for (String raw : createTable.split("\n")) {
        String line = raw.trim();
        if (line.endsWith(",")) {
          line = line.substring(0, line.length() - 1);
        }
        if (line.startsWith("`")) {
          columns.put(identifier(line, 0), line);
        } else if (line.matches("(?s)(UNIQUE |FULLTEXT |SPATIAL )?(KEY|INDEX) `.*")) {
          indexes.put(identifier(line, line.indexOf('`')), line);
        }
      }
    }

    String column(String name) {
      return found(columns.get(name), "column " + name);
    }

    String index(String name) {
      return found(indexes.get(name), "index " + name);
    }

    private String found(String line, String what) {
      if (line == null) {
        throw new IllegalStateException("SHOW CREATE TABLE " + table + " prints no definition of " + what);
      }
      return line;
    }

    /** The backquoted identifier starting at {@code at}, with doubled backquotes resolved. */
    private static String identifier(String line, int at) {
      StringBuilder name = new StringBuilder();
      for (int i = at + 1; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '`') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '`') {
            name.append('`');
            i++;
            continue;
          }
          break;
        }
        name.append(c);
      }
      return name.toString();
    }
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
