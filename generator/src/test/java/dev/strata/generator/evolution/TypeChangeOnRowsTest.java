package dev.strata.generator.evolution;

import static dev.strata.ddl.Ddl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.StrataException;
import dev.strata.ddl.SqlType;
import dev.strata.fixtures.Defs;
import dev.strata.fixtures.OperationsMigration;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import dev.strata.generator.diff.ColumnTypes;
import dev.strata.internal.database.Dialects;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.runner.Runner;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.TableDef;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every type change the diff takes as widening, applied on each database to a row holding an
 * extreme value: where the database is said to keep every value ({@link SqlDialect#typeChangeLoss}
 * is null) the row keeps it; where it is said to lose some, the migration fails on that value, so
 * the diff is right to refuse it there.
 */
class TypeChangeOnRowsTest {

  /** A change from {@code from} to {@code to} with a row holding {@code literal}, read back starting with {@code kept}. */
  record Case(SqlType from, SqlType to, String literal, String kept) {
    @Override
    public String toString() {
      return type(from) + " -> " + type(to);
    }
  }

  static List<Case> cases() {
    return List.of(
        new Case(TIMESTAMP, TIMESTAMP_TZ, "'2050-06-01 12:00:00'", "2050-06-01"),
        new Case(DATE, TIMESTAMP_TZ, "'2050-06-01'", "2050-06-01"),
        new Case(DATE, TIMESTAMP, "'1900-06-01'", "1900-06-01"),
        new Case(SMALLINT, INTEGER, "32767", "32767"),
        new Case(TINYINT, SMALLINT, "-128", "-128"),
        new Case(TINYINT, varchar(4), "-128", "-128"),
        new Case(INTEGER, BIGINT, "-2147483648", "-2147483648"),
        new Case(INTEGER, DOUBLE, "2147483647", "2.147483647E9"),
        new Case(BIGINT, decimal(19, 0), "9223372036854775807", "9223372036854775807"),
        new Case(INTEGER, varchar(11), "-2147483648", "-2147483648"),
        new Case(REAL, DOUBLE, "1.5", "1.5"),
        new Case(decimal(5, 2), decimal(7, 3), "-123.45", "-123.45"),
        new Case(decimal(5, 2), varchar(7), "-123.45", "-123.45"),
        new Case(varchar(10), varchar(20), "'abcdefghij'", "abcdefghij"),
        new Case(character(5), varchar(5), "'abcde'", "abcde"),
        new Case(UUID, character(36), "'123e4567-e89b-12d3-a456-426614174000'", "123e4567-e89b-12d3-a456-426614174000"));
  }

  static Stream<Arguments> everyCaseOnEveryDatabase() {
    return Stream.of(Kind.values()).flatMap(k -> cases().stream().map(c -> Arguments.of(k, c)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyCaseOnEveryDatabase")
  void aChangeKeepsTheRowExactlyWhereTheDatabaseIsSaidToKeepEveryValue(Kind kind, Case c) throws Exception {
    ColumnType from = type(c.from());
    ColumnType to = type(c.to());
    assertTrue(ColumnTypes.widens(from, to), "a widening change: " + c);
    try (TestDatabase db = TestDatabases.open(kind)) {
      SqlDialect dialect = Dialects.detect(db.connection());
      String loss = dialect.typeChangeLoss(ColumnTypes.normalize(from), ColumnTypes.normalize(to));
      TableDef table = Defs.def(table("t").column(column("id", INTEGER)).column(column("v", c.from()))
          .primaryKey("id"));
      List<ResolvedMigration> migrations = new ArrayList<>();
      migrations.add(OperationsMigration.resolved("1", "create", List.of(new Operation.CreateTable(table))));
      Runner.configure().dataSource(db.dataSource()).migrations(migrations).build().migrate();
      db.execute("INSERT INTO t (id, v) VALUES (1, " + c.literal() + ")");
      migrations.add(OperationsMigration.resolved("2", "change", List.of(new Operation.AlterColumn("t",
          Defs.def(column("v", c.to()))))));
      Runner runner = Runner.configure().dataSource(db.dataSource()).migrations(migrations).build();

      if (loss != null) {
        StrataException failed = assertThrows(StrataException.class, runner::migrate);
        assertTrue(failed.getMessage().contains("operation 1 of 1 (alterColumn"), failed.getMessage());
        assertTrue(ColumnTypes.databaseLosses(from, to, "it").stream().anyMatch(l -> l.contains(dialect.displayName())),
            "the refusal names " + dialect.displayName());
        return;
      }
      runner.migrate();
      try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery("SELECT v FROM t")) {
        assertTrue(rs.next());
        String value = rs.getString(1);
        assertTrue(value.startsWith(c.kept()) || value.startsWith(c.kept().replace("E9", "")
            .replace("2.147483647", "2147483647")), c + " kept " + value);
      }
      assertEquals(List.of(), ColumnTypes.databaseLosses(from, to, "it").stream()
          .filter(l -> l.contains(" " + dialect.displayName())).toList());
    }
  }

  private static ColumnType type(SqlType type) {
    return Defs.def(type);
  }
}
