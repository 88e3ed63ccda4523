package dev.strata.generator.evolution;

import dev.strata.internal.database.Dialects;
import dev.strata.internal.runner.Runner;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.Migrator;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.generator.diff.ColumnTypes;
import dev.strata.internal.dialect.Introspector;
import dev.strata.internal.introspect.SchemaDrift;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import dev.strata.generator.fixtures.Evolutions;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random evolutions ({@link dev.strata.generator.fixtures.RandomSchemas}) applied for real, step by step, on
 * every database: each step's migration (the diff from the previous schema to the step's desired
 * one, destructive where the step asks) is applied with the runner, then the database must read
 * back as {@code dialect.project(desired)} and the row each table held before the step must still
 * be there with its values (under new table and column names after renames; dropped tables and
 * columns aside), and {@code validate()} must find no drift. Every table holds one row with a value in every column, so NOT NULL, unique and
 * key changes apply; values fit the narrowest type a step may choose.
 *
 * <p>{@code -Dstrata.apply.seed=N}, {@code -Dstrata.apply.sequences=K} and
 * {@code -Dstrata.apply.steps=S} change what runs; a failure names its database, seed and step.
 */
class AppliedEvolutionPropertyTest {
  private static final long SEED = Long.getLong("strata.apply.seed", 9_300L);
  private static final int SEQUENCES = Integer.getInteger("strata.apply.sequences", 6);
  private static final int STEPS = Integer.getInteger("strata.apply.steps", 7);

  @TestFactory
  Stream<DynamicTest> evolutionsApplyWithTheirRows() {
    return Stream.of(Kind.values()).flatMap(kind -> LongStream.range(SEED, SEED + SEQUENCES).mapToObj(seed ->
        DynamicTest.dynamicTest(kind + " seed " + seed, () -> check(kind, seed))));
  }

  private static void check(Kind kind, long seed) throws Exception {
    List<Evolutions.Generated> evolution = Evolutions.of(seed, STEPS);
    try (TestDatabase db = TestDatabases.open(kind)) {
      List<ResolvedMigration> applied = new ArrayList<>();
      Map<String, Map<String, String>> rows = Map.of();
      for (Evolutions.Generated step : evolution) {
        String where = kind + " seed " + seed + ", " + step.describe() + "\n(replay: -Dtest=AppliedEvolutionPropertyTest"
            + " -Dstrata.apply.seed=" + seed + " -Dstrata.apply.sequences=1 -Dstrata.apply.steps="
            + (step.step().number() + 1) + ")";
        applied.add(step.migration());
        try {
          Runner migrator = Runner.configure().dataSource(db.dataSource()).migrations(applied).build();
          migrator.migrate();
          // Drift detection sees no drift in a database only migrations changed.
          assertEquals(List.of(), migrator.validate().problems(), "validate() reports drift at " + where);
          Introspector introspector = Dialects.introspector(db.connection());
          SqlDialect dialect = introspector.dialect();
          SchemaDef live = introspector.schema();
          // A type as the database holds it, compared through its normal form on both sides: the
          // respelling of a type (RAW(int8) for BIGINT) changes nothing in the database.
          SchemaDef expected = Evolutions.canonical(dialect.project(ColumnTypes.normalize(step.step().desired())));
          SchemaDef actual = Evolutions.canonical(dialect.project(ColumnTypes.normalize(live)));
          assertEquals(expected, actual, () -> "the database does not read back as the desired schema at " + where
              + "\n  " + String.join("\n  ", new SchemaDrift(dialect).differences(expected, actual)) + "\n");
          checkRows(db.connection(), dialect, rows, step, where);
          fill(db.connection(), dialect, live);
          rows = rows(db.connection(), dialect, live);
        } catch (RuntimeException | SQLException e) {
          throw new AssertionError(where + "\n" + e.getMessage(), e);
        }
      }
    }
  }

  /** The row of each table before the step is still there, under its new names. */
  private static void checkRows(Connection c, SqlDialect dialect, Map<String, Map<String, String>> before,
      Evolutions.Generated step, String where) throws SQLException {
    SchemaDef desired = step.step().desired();
    for (Map.Entry<String, Map<String, String>> e : before.entrySet()) {
      TableDef old = step.before().table(e.getKey()).orElseThrow();
      Optional<TableDef> now = renamed(desired.tables(), old.name(), step.before().tables().stream().map(TableDef::name).toList());
      if (now.isEmpty()) {
        continue;
      }
      TableDef table = now.get();
      Map<String, String> row = row(c, dialect, table.name(), where);
      Map<String, String> expected = new TreeMap<>();
      Map<String, String> actual = new TreeMap<>();
      for (Map.Entry<String, String> value : e.getValue().entrySet()) {
        Optional<ColumnDef> column = renamedColumn(table, value.getKey(), old.columnNames());
        if (column.isPresent()) {
          expected.put(column.get().name(), value.getValue());
          actual.put(column.get().name(), row.get(column.get().name()));
        }
      }
      assertEquals(expected, actual, "the row of " + old.name() + " changed (now " + table.name() + ") at " + where);
    }
  }

  /** The table {@code name} became: itself, or the one hinted as renamed from it. */
  private static Optional<TableDef> renamed(List<TableDef> tables, String name, List<String> existing) {
    Optional<TableDef> same = tables.stream().filter(t -> t.name().equals(name)).findFirst();
    if (same.isPresent()) {
      return same;
    }
    return tables.stream().filter(t -> name.equals(t.renamedFrom()) && !existing.contains(t.name())).findFirst();
  }

  private static Optional<ColumnDef> renamedColumn(TableDef table, String name, List<String> existing) {
    Optional<ColumnDef> same = table.column(name);
    if (same.isPresent()) {
      return same;
    }
    return table.columns().stream().filter(c -> name.equals(c.renamedFrom()) && !existing.contains(c.name())).findFirst();
  }

  /**
   * Gives every table a row and every column of it a value: a new row for an empty table (foreign
   * key columns empty), then each foreign key column set to its parent's key, each other empty
   * column to a value of its type.
   */
  private static void fill(Connection c, SqlDialect d, SchemaDef live) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (TableDef t : live.tables()) {
        if (count(c, d, t.name()) > 0) {
          continue;
        }
        List<ColumnDef> columns = t.columns().stream().filter(col -> !col.auto() && !inForeignKey(t, col.name())).toList();
        if (columns.isEmpty()) {
          s.execute(switch (d.database()) {
            case MYSQL, MARIADB -> "INSERT INTO " + d.quote(t.name()) + " () VALUES ()";
            default -> "INSERT INTO " + d.quote(t.name()) + " DEFAULT VALUES";
          });
        } else {
          s.execute("INSERT INTO " + d.quote(t.name()) + " ("
              + columns.stream().map(col -> d.quote(col.name())).collect(Collectors.joining(", ")) + ") VALUES ("
              + columns.stream().map(col -> literal(d, col.type())).collect(Collectors.joining(", ")) + ")");
        }
      }
      for (TableDef t : live.tables()) {
        for (ForeignKeyDef fk : t.foreignKeys()) {
          Object key;
          try (ResultSet r = s.executeQuery("SELECT " + d.quote(fk.referencedColumns().get(0)) + " FROM "
              + d.quote(fk.referencedTable()))) {
            r.next();
            key = r.getObject(1);
          }
          try (PreparedStatement ps = c.prepareStatement("UPDATE " + d.quote(t.name()) + " SET "
              + d.quote(fk.columns().get(0)) + " = ? WHERE " + d.quote(fk.columns().get(0)) + " IS NULL")) {
            ps.setObject(1, key);
            ps.executeUpdate();
          }
        }
        for (ColumnDef col : t.columns()) {
          if (col.nullable() && !inForeignKey(t, col.name())) {
            s.executeUpdate("UPDATE " + d.quote(t.name()) + " SET " + d.quote(col.name()) + " = "
                + literal(d, col.type()) + " WHERE " + d.quote(col.name()) + " IS NULL");
          }
        }
      }
    }
  }

  private static boolean inForeignKey(TableDef table, String column) {
    return table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column));
  }

  /** A value of {@code type} that fits every narrower type a step may change it to. */
  private static String literal(SqlDialect d, ColumnType type) {
    ColumnType t = ColumnTypes.normalize(type);
    boolean postgres = d.database() == dev.strata.Database.POSTGRESQL;
    switch (t.kind()) {
      case BOOLEAN:
        return "TRUE";
      case SMALLINT:
      case INTEGER:
      case BIGINT:
      case DECIMAL:
        return "7";
      case REAL:
      case DOUBLE:
        return "2.5";
      case BLOB:
        return postgres ? "decode('0102', 'hex')" : "X'0102'";
      case UUID:
        return "'123e4567-e89b-12d3-a456-426614174000'";
      case DATE:
        return "'2020-01-02'";
      case TIME:
        return "'10:11:12'";
      case TIMESTAMP:
        return "'2020-01-02 03:04:05'";
      case TIMESTAMP_TZ:
        return postgres ? "'2020-01-02 03:04:05+00'" : "'2020-01-02 03:04:05'";
      case RAW:
        return t.sql().equals("numeric") ? "7" : "'a'";
      default:
        return "'a'";
    }
  }

  private static long count(Connection c, SqlDialect d, String table) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + d.quote(table))) {
      r.next();
      return r.getLong(1);
    }
  }

  /** The one row of each table, values in a form that survives widening type changes. */
  private static Map<String, Map<String, String>> rows(Connection c, SqlDialect d, SchemaDef live) throws SQLException {
    Map<String, Map<String, String>> rows = new TreeMap<>();
    for (TableDef t : live.tables()) {
      rows.put(t.name(), row(c, d, t.name(), "reading " + t.name()));
    }
    return rows;
  }

  private static Map<String, String> row(Connection c, SqlDialect d, String table, String where) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + d.quote(table))) {
      ResultSetMetaData meta = r.getMetaData();
      List<Map<String, String>> found = new ArrayList<>();
      while (r.next()) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.put(meta.getColumnLabel(i), canonical(r.getObject(i)));
        }
        found.add(row);
      }
      assertEquals(1, found.size(), "table " + table + " should hold exactly its one row at " + where + ": " + found);
      return found.get(0);
    }
  }

  private static String canonical(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof Boolean b) {
      return b ? "1" : "0";
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
    if (value instanceof byte[] bytes) {
      return HexFormat.of().formatHex(bytes);
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate().atStartOfDay().toString();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toLocalDateTime().toString();
    }
    if (value instanceof LocalDate date) {
      return date.atStartOfDay().toString();
    }
    if (value instanceof LocalDateTime time) {
      return time.toString();
    }
    return value.toString().stripTrailing();
  }
}
