package dev.strata.generator.evolution;

import static dev.strata.ddl.Ddl.INTEGER;
import static dev.strata.ddl.Ddl.TIMESTAMP;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.foreignKey;
import static dev.strata.ddl.Ddl.table;
import static dev.strata.ddl.Ddl.unique;
import static dev.strata.ddl.Ddl.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.ddl.TableBuilder;
import dev.strata.fixtures.InMemoryCompiler;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import dev.strata.generator.codegen.GeneratedMigration;
import dev.strata.generator.codegen.MigrationSource;
import dev.strata.generator.diff.SchemaDiff;
import dev.strata.generator.fixtures.Evolutions;
import dev.strata.generator.fixtures.Schemas;
import dev.strata.internal.database.Dialects;
import dev.strata.internal.dialect.Introspector;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.runner.Runner;
import dev.strata.internal.schema.model.SchemaDef;
import java.sql.ResultSet;
import java.sql.Statement;
import dev.strata.internal.schema.model.ColumnDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generated {@code down()} of a migration that drops NOT NULL columns without a default, run
 * on a table with rows: it restores them with a zero value, or, where no one value can fill the
 * rows (a unique index, a foreign key, a type without zero), refuses before it changes anything.
 */
class RestoredColumnRollbackTest {

  private static TableBuilder parent() {
    return table("parent").column(column("id", INTEGER)).primaryKey("id");
  }

  private static TableBuilder item(boolean withColumns, String... dropped) {
    TableBuilder t = table("item").column(column("id", INTEGER));
    List<String> gone = List.of(dropped);
    if (withColumns || !gone.contains("name")) {
      t = t.column(column("name", varchar(20)));
    }
    if (withColumns || !gone.contains("n")) {
      t = t.column(column("n", INTEGER));
    }
    if (withColumns || !gone.contains("code")) {
      t = t.column(column("code", varchar(10))).index(unique("uq_item_code", "code"));
    }
    if (withColumns || !gone.contains("parent_id")) {
      t = t.column(column("parent_id", INTEGER))
          .foreignKey(foreignKey("fk_item_parent_id", "parent_id").references("parent", "id"));
    }
    if (withColumns || !gone.contains("at")) {
      t = t.column(column("at", TIMESTAMP));
    }
    return t.primaryKey("id");
  }

  private static final SchemaDef BEFORE = Schemas.schema(parent(), item(true));

  @ParameterizedTest
  @EnumSource(Kind.class)
  void plainColumnsComeBackWithZeroValuesInEveryRow(Kind kind) throws Exception {
    SchemaDef after = Schemas.schema(parent(), item(false, "name", "n"));
    try (TestDatabase db = TestDatabases.open(kind)) {
      Runner runner = migrateWithRows(db, after);

      assertEquals(1, runner.rollback(1).rolledBack().size());

      assertSchema(db, BEFORE);
      assertEquals(List.of("1 '' 0", "2 '' 0"), rows(db, "SELECT id, name, n FROM item ORDER BY id"));
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aColumnInAUniqueIndexOrForeignKeyRefusesUpFrontWhileTheTableHasRows(Kind kind) throws Exception {
    SchemaDef after = Schemas.schema(parent(), item(false, "name", "code", "parent_id", "at"));
    try (TestDatabase db = TestDatabases.open(kind)) {
      Runner runner = migrateWithRows(db, after);

      StrataException refused = assertThrows(StrataException.class, () -> runner.rollback(1));

      assertEquals(ErrorCode.MIGRATION_FAILED, refused.code());
      String message = refused.getMessage();
      assertTrue(message.contains("table item has rows, and down() cannot restore column item."), message);
      assertTrue(message.contains("unique index uq_item_code") || message.contains("foreign key fk_item_parent_id")
          || message.contains("has no zero value"), message);
      // nothing of down() ran: the columns are still gone, the rows still there
      assertSchema(db, after);
      assertEquals(List.of("1 5", "2 6"), rows(db, "SELECT id, n FROM item ORDER BY id"));

      assertTrue(message.contains("still applied"), message);
      assertEquals("20260102000000", runner.status().currentVersion());

      // once the table is empty, the rollback restores the columns with their index and key
      db.execute("DELETE FROM item");
      assertEquals(1, runner.rollback(1).rolledBack().size());
      assertSchema(db, BEFORE);
    }
  }

  /** Creates BEFORE with two rows, then migrates to {@code after} with the generated migration. */
  private static Runner migrateWithRows(TestDatabase db, SchemaDef after) throws Exception {
    List<ResolvedMigration> migrations = new ArrayList<>();
    migrations.add(compiled("20260101000000", "create", SchemaDef.EMPTY, BEFORE));
    Runner first = Runner.configure().dataSource(db.dataSource()).migrations(migrations).build();
    first.migrate();
    db.execute("INSERT INTO parent (id) VALUES (1), (2)",
        "INSERT INTO item (id, name, n, code, parent_id, at) VALUES"
            + " (1, 'a', 5, 'x', 1, '2026-01-01 10:00:00'), (2, 'b', 6, 'y', 2, '2026-01-02 10:00:00')");
    migrations.add(compiled("20260102000000", "drop columns", BEFORE, after));
    Runner runner = Runner.configure().dataSource(db.dataSource()).migrations(migrations).build();
    runner.migrate();
    assertSchema(db, after);
    return runner;
  }

  /** The generated source of the diff from {@code from} to {@code to}, compiled and loaded. */
  private static ResolvedMigration compiled(String version, String message, SchemaDef from, SchemaDef to) {
    GeneratedMigration source = MigrationSource.render(SchemaDiff.compare(from, to, true).changes(), version, message,
        "db.migration");
    ClassLoader loader = InMemoryCompiler.compile(source.qualifiedName(), source.source());
    return new ResolvedMigration(version, message, InMemoryCompiler.migration(loader, source.qualifiedName()));
  }

  /** The database holds {@code expected}, column order aside (restored columns come last). */
  private static void assertSchema(TestDatabase db, SchemaDef expected) throws Exception {
    Introspector introspector = Dialects.introspector(db.connection());
    assertEquals(byColumnName(introspector.dialect().project(expected)), byColumnName(introspector.schema()));
  }

  private static SchemaDef byColumnName(SchemaDef schema) {
    return new SchemaDef(Evolutions.canonical(schema).tables().stream().map(t -> t.withColumns(
        t.columns().stream().sorted(Comparator.comparing(ColumnDef::name)).toList())).toList());
  }

  /** Each row as its values separated by spaces, text in quotes. */
  private static List<String> rows(TestDatabase db, String sql) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          Object value = rs.getObject(i);
          values.add(value instanceof String text ? "'" + text + "'" : String.valueOf(rs.getString(i)));
        }
        rows.add(String.join(" ", values));
      }
    }
    return rows;
  }
}
