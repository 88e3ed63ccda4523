package dev.strata.internal.database.postgresql;

import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.dialect.Introspector;
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
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL's {@code current_schema()}, from the system catalogs ({@code pg_class},
 * {@code pg_attribute}, {@code pg_attrdef}, {@code pg_constraint}, {@code pg_index}). Types are
 * read with {@code format_type()} and mapped by {@link PostgresTypes#typeOf}; defaults with
 * {@code pg_get_expr()} and normalised by {@link PostgresTypes#normalizeDefault}. Identity columns, and
 * {@code serial} columns (a {@code nextval(...)} default), are auto. Partial and expression
 * indexes, and INCLUDE columns, are left out.
 */
final class PostgresIntrospector implements Introspector {
  private static final String TABLES = "SELECT c.oid, c.relname FROM pg_class c"
      + " JOIN pg_namespace n ON n.oid = c.relnamespace"
      + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition"
      + " AND c.relname <> '" + HISTORY_TABLE + "'";
  private static final String COLUMNS = "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,"
      + " pg_get_expr(d.adbin, d.adrelid), a.attidentity FROM pg_attribute a"
      + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
      + " WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum";
  private static final String PRIMARY_KEY = "SELECT " + names("con.conkey", "con.conrelid")
      + " FROM pg_constraint con WHERE con.conrelid = ? AND con.contype = 'p'";
  private static final String INDEXES = "SELECT i.relname, ix.indisunique,"
      + " (SELECT array_agg(a.attname ORDER BY k.ord) FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(num, ord)"
      + " JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.num WHERE k.ord <= ix.indnkeyatts)"
      + " FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid"
      + " WHERE ix.indrelid = ? AND NOT ix.indisprimary AND ix.indpred IS NULL AND ix.indexprs IS NULL"
      + " ORDER BY i.relname";
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
      for (int i = 0; i < oids.size(); i++) {
        tables.add(read(oids.get(i), names.get(i)));
      }
      return new SchemaDef(tables);
    } catch (SQLException e) {
      throw Introspector.readFailed(dialect(), e);
    }
  }

  @Override
  public Optional<TableDef> table(String name) {
    try (PreparedStatement ps = connection.prepareStatement(TABLES + " AND c.relname = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs.getLong(1), rs.getString(2))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw Introspector.readFailed(dialect(), e);
    }
  }

  private TableDef read(long oid, String name) throws SQLException {
    List<ColumnDef> columns = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(COLUMNS)) {
      ps.setLong(1, oid);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ColumnType type = PostgresTypes.typeOf(rs.getString(2));
          String def = rs.getString(4);
          String identity = rs.getString(5);
          boolean serial = def != null && def.startsWith("nextval(");
          boolean auto = serial || (identity != null && !identity.isEmpty());
          columns.add(new ColumnDef(rs.getString(1), type, !rs.getBoolean(3),
              serial ? null : PostgresTypes.normalizeDefault(def, type), auto, null));
        }
      }
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
    try (PreparedStatement ps = connection.prepareStatement(INDEXES)) {
      ps.setLong(1, oid);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          List<String> cols = strings(rs.getArray(3));
          if (!cols.isEmpty()) {
            indexes.add(new IndexDef(rs.getString(1), cols, rs.getBoolean(2)));
          }
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
    return new TableDef(name, null, columns, primaryKey, indexes, keys, null);
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
