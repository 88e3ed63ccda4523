package dev.strata.internal.database.postgresql;

import dev.strata.internal.dialect.SqlDialect;
import dev.strata.Database;
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
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PostgreSQL's {@code current_schema()}, from the system catalogs ({@code pg_class},
 * {@code pg_attribute}, {@code pg_attrdef}, {@code pg_constraint}, {@code pg_index}). Types are
 * read with {@code format_type()} and mapped by {@link PostgresTypes#typeOf}; defaults with
 * {@code pg_get_expr()} and normalised by {@link PostgresTypes#normalizeDefault}. Identity columns, and
 * {@code serial} columns (a {@code nextval(...)} default), are auto.
 *
 * <p>A partial B-tree index on columns is read with its predicate as {@code pg_get_expr(indpred)}
 * prints it.
 *
 * <p>What the model cannot hold is named in {@link #read()}, with the SQL that recreates it from
 * {@code pg_get_indexdef}, {@code pg_get_constraintdef} and {@code pg_get_expr}: indexes other than
 * plain or partial B-tree ones on columns (GIN, GiST, hash, BRIN, SP-GiST; expression,
 * descending, with INCLUDE columns; a partial one of these), exclusion constraints and CHECK
 * constraints that are {@code NOT VALID} or {@code NO INHERIT}, generated columns (left out of the
 * table), a collation other than the type's (the column is read without it), domains and enum types of the
 * current schema ({@code CREATE DOMAIN}, {@code CREATE TYPE ... AS ENUM}, to run before the tables),
 * other user-defined types (not carried), and columns of a RAW type other than {@code text}.
 */
final class PostgresIntrospector implements Introspector {
  private static final String TABLES = "SELECT c.oid, c.relname FROM pg_class c"
      + " JOIN pg_namespace n ON n.oid = c.relnamespace"
      + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition"
      + " AND c.relname <> '" + HISTORY_TABLE + "'";
  private static final String COLUMNS = "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,"
      + " pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated, t.oid, t.typtype, tn.nspname,"
      + " CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation"
      + " THEN (SELECT quote_ident(collname) FROM pg_collation WHERE oid = a.attcollation) END"
      + " FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid JOIN pg_namespace tn ON tn.oid = t.typnamespace"
      + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
      + " WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum";
  /** Every index but the primary key's; {@code plain} when the model holds it. */
  private static final String ALL_INDEXES = "SELECT i.relname, ix.indisunique,"
      + " (SELECT array_agg(a.attname ORDER BY k.ord) FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(num, ord)"
      + " JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.num WHERE k.ord <= ix.indnkeyatts),"
      + " am.amname, ix.indpred IS NOT NULL, ix.indexprs IS NOT NULL,"
      + " EXISTS (SELECT 1 FROM unnest(ix.indoption::int2[]) o WHERE o <> 0), ix.indnatts > ix.indnkeyatts,"
      + " pg_get_indexdef(ix.indexrelid), quote_ident(current_schema()),"
      + " EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = ix.indexrelid AND c.contype = 'x'),"
      + " pg_get_expr(ix.indpred, ix.indrelid)"
      + " FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_am am ON am.oid = i.relam"
      + " WHERE ix.indrelid = ? AND NOT ix.indisprimary ORDER BY i.relname";
  /** CHECK and exclusion constraints; {@code modelled} for a validated, inheritable CHECK. */
  private static final String CHECKS = "SELECT conname, pg_get_constraintdef(oid),"
      + " contype = 'c' AND convalidated AND NOT connoinherit"
      + " FROM pg_constraint WHERE conrelid = ? AND contype IN ('c', 'x') ORDER BY conname";
  private static final String DOMAIN = "SELECT quote_ident(t.typname), format_type(t.typbasetype, t.typtypmod),"
      + " t.typnotnull, t.typdefault, (SELECT quote_ident(collname) FROM pg_collation WHERE oid = t.typcollation"
      + " AND t.typcollation <> (SELECT typcollation FROM pg_type WHERE oid = t.typbasetype)),"
      + " (SELECT string_agg('CONSTRAINT ' || quote_ident(conname) || ' ' || pg_get_constraintdef(oid), ' '"
      + " ORDER BY conname) FROM pg_constraint WHERE contypid = t.oid AND contype = 'c')"
      + " FROM pg_type t WHERE t.oid = ?";
  private static final String ENUM = "SELECT quote_ident(t.typname), (SELECT string_agg(quote_literal(e.enumlabel),"
      + " ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) FROM pg_type t WHERE t.oid = ?";
  private static final String PRIMARY_KEY = "SELECT " + names("con.conkey", "con.conrelid")
      + " FROM pg_constraint con WHERE con.conrelid = ? AND con.contype = 'p'";
  private static final String FOREIGN_KEYS = "SELECT con.conname, " + names("con.conkey", "con.conrelid")
      + ", f.relname, " + names("con.confkey", "con.confrelid") + ", con.confdeltype, con.confupdtype"
      + " FROM pg_constraint con JOIN pg_class f ON f.oid = con.confrelid"
      + " WHERE con.conrelid = ? AND con.contype = 'f' ORDER BY con.conname";

  private final Connection connection;

  PostgresIntrospector(Connection connection) {
    this.connection = connection;
  }

  /** The column names of an attnum array, in array order. */
  private static String names(String keys, String relation) {
    return "(SELECT array_agg(a.attname ORDER BY k.ord) FROM unnest(" + keys + ") WITH ORDINALITY k(num, ord)"
        + " JOIN pg_attribute a ON a.attrelid = " + relation + " AND a.attnum = k.num)";
  }

  @Override
  public SqlDialect dialect() {
    return PostgresDialect.INSTANCE;
  }

  @Override
  public SchemaDef schema() {
    return read().schema();
  }

  @Override
  public LiveSchema read() {
    try {
      List<Long> oids = new ArrayList<>();
      List<String> names = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement(TABLES + " ORDER BY c.relname");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          oids.add(rs.getLong(1));
          names.add(rs.getString(2));
        }
      }
      List<TableDef> tables = new ArrayList<>();
      Map<String, Unmodelled> types = new LinkedHashMap<>();
      List<Unmodelled> objects = new ArrayList<>();
      for (int i = 0; i < oids.size(); i++) {
        tables.add(read(oids.get(i), names.get(i), types, objects));
      }
      List<Unmodelled> unmodelled = new ArrayList<>(types.values());
      unmodelled.addAll(objects);
      return new LiveSchema(new SchemaDef(tables), unmodelled);
    } catch (SQLException e) {
      throw Introspector.readFailed(dialect(), e);
    }
  }

  @Override
  public Optional<TableDef> table(String name) {
    try (PreparedStatement ps = connection.prepareStatement(TABLES + " AND c.relname = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs.getLong(1), rs.getString(2), new LinkedHashMap<>(), new ArrayList<>()))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw Introspector.readFailed(dialect(), e);
    }
  }

  private TableDef read(long oid, String name, Map<String, Unmodelled> types, List<Unmodelled> unmodelled)
      throws SQLException {
    Database pg = Database.POSTGRESQL;
    String table = PostgresDialect.INSTANCE.quote(name);
    List<ColumnDef> columns = new ArrayList<>();
    record UserType(long oid, String kind, String name) {}
    List<UserType> userTypes = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(COLUMNS)) {
      ps.setLong(1, oid);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String column = rs.getString(1);
          String sqlType = rs.getString(2);
          ColumnType type = PostgresTypes.typeOf(sqlType);
          String def = rs.getString(4);
          String identity = rs.getString(5);
          String generated = rs.getString(6);
          String typeKind = rs.getString(8);
          boolean userDefined = !rs.getString(9).equals("pg_catalog") && !rs.getString(9).equals("information_schema");
          String collation = rs.getString(10);
          if (generated != null && !generated.isEmpty()) {
            unmodelled.add(Unmodelled.verbatim(pg, name, column, "generated column (stored) AS " + def,
                "ALTER TABLE " + table + " ADD COLUMN " + PostgresDialect.INSTANCE.quote(column) + " " + sqlType
                    + " GENERATED ALWAYS AS (" + def + ") STORED"));
            continue;
          }
          boolean serial = def != null && def.startsWith("nextval(");
          boolean auto = serial || (identity != null && !identity.isEmpty());
          columns.add(new ColumnDef(column, type, !rs.getBoolean(3),
              serial ? null : PostgresTypes.normalizeDefault(def, type), auto, null));
          if (userDefined && !types.containsKey(sqlType)) {
            userTypes.add(new UserType(rs.getLong(7), typeKind, sqlType));
            types.put(sqlType, null);
          }
          if (PostgresTypes.isEngineSpecific(type)) {
            unmodelled.add(Unmodelled.engineSpecific(pg, name, column, type.sql()));
          }
          if (collation != null) {
            unmodelled.add(Unmodelled.verbatim(pg, name, column, "column COLLATE " + collation, "ALTER TABLE " + table
                + " ALTER COLUMN " + PostgresDialect.INSTANCE.quote(column) + " TYPE " + sqlType + " COLLATE "
                + collation));
          }
        }
      }
    }
    for (UserType u : userTypes) {
      types.put(u.name(), userType(u.oid(), u.kind(), u.name()));
    }
    List<String> primaryKey = List.of();
    try (PreparedStatement ps = connection.prepareStatement(PRIMARY_KEY)) {
      ps.setLong(1, oid);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          primaryKey = strings(rs.getArray(1));
        }
      }
    }
    List<IndexDef> indexes = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(ALL_INDEXES)) {
      ps.setLong(1, oid);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          List<String> cols = strings(rs.getArray(3));
          String method = rs.getString(4);
          if (rs.getBoolean(11)) {
            continue; // an exclusion constraint's, carried with the constraint
          }
          List<String> why = new ArrayList<>();
          if (!method.equals("btree")) {
            why.add(method);
          }
          if (rs.getBoolean(5)) {
            why.add("partial");
          }
          if (rs.getBoolean(6)) {
            why.add("expression");
          }
          if (rs.getBoolean(7)) {
            why.add("descending");
          }
          if (rs.getBoolean(8)) {
            why.add("INCLUDE");
          }
          // A predicate alone the model holds, as PostgreSQL prints it (IndexPredicates compares
          // it with the migrations' text); with anything else it goes verbatim with the rest.
          String where = rs.getString(12);
          if (where != null && why.equals(List.of("partial"))) {
            why.clear();
          }
          if (why.isEmpty() && !cols.isEmpty()) {
            indexes.add(new IndexDef(rs.getString(1), cols, rs.getBoolean(2), where));
          } else {
            String sql = rs.getString(9).replace(" ON " + rs.getString(10) + ".", " ON ");
            unmodelled.add(Unmodelled.verbatim(pg, name, rs.getString(1), String.join(", ", why) + " index "
                + sql.substring(sql.indexOf(" USING ") + 1), sql));
          }
        }
      }
    }
    List<CheckDef> checks = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(CHECKS)) {
      ps.setLong(1, oid);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String expression = rs.getBoolean(3) ? CheckTexts.checkExpression(rs.getString(2)) : null;
          if (expression != null) {
            checks.add(new CheckDef(rs.getString(1), expression));
            continue;
          }
          unmodelled.add(Unmodelled.verbatim(pg, name, rs.getString(1), rs.getString(2), "ALTER TABLE " + table
              + " ADD CONSTRAINT " + PostgresDialect.INSTANCE.quote(rs.getString(1)) + " " + rs.getString(2)));
        }
      }
    }
    List<ForeignKeyDef> keys = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(FOREIGN_KEYS)) {
      ps.setLong(1, oid);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          keys.add(new ForeignKeyDef(rs.getString(1), strings(rs.getArray(2)), rs.getString(3),
              strings(rs.getArray(4)), action(rs.getString(5)), action(rs.getString(6))));
        }
      }
    }
    return new TableDef(name, null, columns, primaryKey, indexes, keys, checks, null);
  }

  /** A type of the current schema a column uses: its definition, or "not carried" for kinds without one. */
  private Unmodelled userType(long oid, String kind, String name) throws SQLException {
    Database pg = Database.POSTGRESQL;
    if (kind.equals("d")) {
      try (PreparedStatement ps = connection.prepareStatement(DOMAIN)) {
        ps.setLong(1, oid);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          String sql = "CREATE DOMAIN " + rs.getString(1) + " AS " + rs.getString(2)
              + (rs.getString(5) == null ? "" : " COLLATE " + rs.getString(5))
              + (rs.getString(4) == null ? "" : " DEFAULT " + rs.getString(4))
              + (rs.getBoolean(3) ? " NOT NULL" : "")
              + (rs.getString(6) == null ? "" : " " + rs.getString(6));
          return Unmodelled.verbatim(pg, null, name, "domain " + sql.substring("CREATE DOMAIN ".length()), sql);
        }
      }
    }
    if (kind.equals("e")) {
      try (PreparedStatement ps = connection.prepareStatement(ENUM)) {
        ps.setLong(1, oid);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          String values = rs.getString(2) == null ? "" : rs.getString(2);
          return Unmodelled.verbatim(pg, null, name, "enum type (" + values + ")",
              "CREATE TYPE " + rs.getString(1) + " AS ENUM (" + values + ")");
        }
      }
    }
    String what = switch (kind) {
      case "c" -> "composite type";
      case "r" -> "range type";
      case "m" -> "multirange type";
      default -> "base type";
    };
    return Unmodelled.notCarried(pg, null, name, "user-defined " + what + "; create it before the tables that use it");
  }

  private static List<String> strings(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
  }

  /** {@code pg_constraint.confdeltype}/{@code confupdtype} codes. */
  private static ReferentialAction action(String code) {
    return switch (code) {
      case "r" -> ReferentialAction.RESTRICT;
      case "c" -> ReferentialAction.CASCADE;
      case "n" -> ReferentialAction.SET_NULL;
      case "d" -> ReferentialAction.SET_DEFAULT;
      default -> ReferentialAction.NO_ACTION;
    };
  }
}
