package dev.strata.generator.evolution;

import static dev.strata.ddl.Ddl.INTEGER;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.foreignKey;
import static dev.strata.ddl.Ddl.table;
import static dev.strata.ddl.Ddl.unique;
import static dev.strata.ddl.Ddl.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ValidateResult;
import dev.strata.annotations.ReferentialAction;
import dev.strata.ddl.ForeignKeyBuilder;
import dev.strata.ddl.TableBuilder;
import dev.strata.fixtures.Defs;
import dev.strata.fixtures.OperationsMigration;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import dev.strata.generator.diff.SchemaDiff;
import dev.strata.generator.fixtures.Evolutions;
import dev.strata.internal.database.Dialects;
import dev.strata.internal.dialect.Introspector;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.replay.Replayer;
import dev.strata.internal.runner.Runner;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Composite foreign keys on each database, with rows: the diff adds one, replaces it when its
 * columns or actions change, keeps it through a SQLite table rebuild and drops it; after every
 * step introspection reads it back with its columns in the declared pairing order (not the
 * tables' column order) and drift validation finds nothing.
 */
class CompositeForeignKeyTest {

  /** Columns in the order code, tenant, name; the key is (tenant, code), a unique index (name, tenant). */
  private static TableBuilder parents() {
    return table("parents")
        .column(column("code", varchar(10)))
        .column(column("tenant", INTEGER))
        .column(column("name", varchar(20)))
        .primaryKey("tenant", "code")
        .index(unique("uq_parents_name_tenant", "name", "tenant"));
  }

  private static TableBuilder children(boolean labelNullable) {
    return table("children")
        .column(column("id", INTEGER))
        .column(column("p_code", varchar(10)))
        .column(column("p_name", varchar(20)))
        .column(column("p_tenant", INTEGER))
        .column(labelNullable ? column("label", varchar(20)).nullable() : column("label", varchar(20)))
        .primaryKey("id");
  }

  private static SchemaDef schema(TableBuilder children, ForeignKeyBuilder foreignKey) {
    return new SchemaDef(List.of(Defs.def(parents()),
        Defs.def(foreignKey == null ? children : children.foreignKey(foreignKey))));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void addedReplacedCarriedThroughARebuildAndDroppedWithRows(Kind kind) throws Exception {
    SchemaDef plain = schema(children(true), null);
    SchemaDef byKey = schema(children(true), foreignKey("fk_children_parent", "p_tenant", "p_code")
        .references("parents", "tenant", "code").onDelete(ReferentialAction.CASCADE));
    SchemaDef byName = schema(children(true), foreignKey("fk_children_parent", "p_name", "p_tenant")
        .references("parents", "name", "tenant").onDelete(ReferentialAction.CASCADE));
    SchemaDef otherActions = schema(children(true), foreignKey("fk_children_parent", "p_name", "p_tenant")
        .references("parents", "name", "tenant").onUpdate(ReferentialAction.CASCADE));
    SchemaDef rebuilt = schema(children(false), foreignKey("fk_children_parent", "p_name", "p_tenant")
        .references("parents", "name", "tenant").onUpdate(ReferentialAction.CASCADE));
    List<SchemaDef> steps = List.of(SchemaDef.EMPTY, plain, byKey, byName, otherActions, rebuilt, plain);

    try (TestDatabase db = TestDatabases.open(kind)) {
      List<ResolvedMigration> code = new ArrayList<>();
      for (int i = 1; i < steps.size(); i++) {
        List<Operation> up = SchemaDiff.compare(steps.get(i - 1), steps.get(i), true).upOperations();
        assertEquals(steps.get(i), Replayer.replay(steps.get(i - 1), up, "up"), "replay of step " + i);
        if (i == 3 || i == 4) {
          // A changed foreign key is dropped and added again under its name.
          assertEquals(List.of("DropForeignKey", "AddForeignKey"),
              up.stream().map(op -> op.getClass().getSimpleName()).toList(), "step " + i);
        }
        code.add(OperationsMigration.resolved(String.valueOf(i), "step", up));
        runner(db, code).migrate();
        if (i == 1) {
          db.execute("INSERT INTO parents (code, tenant, name) VALUES ('a', 1, 'alpha')",
              "INSERT INTO parents (code, tenant, name) VALUES ('b', 2, 'beta')",
              "INSERT INTO children (id, p_code, p_name, p_tenant, label) VALUES (10, 'a', 'alpha', 1, 'x')",
              "INSERT INTO children (id, p_code, p_name, p_tenant, label) VALUES (11, 'b', 'beta', 2, 'y')");
        }
        Introspector introspector = Dialects.introspector(db.connection());
        SchemaDef live = introspector.schema();
        assertEquals(Evolutions.canonical(introspector.dialect().project(steps.get(i))), Evolutions.canonical(live),
            "after step " + i);
        assertEquals(expectedForeignKeys(steps.get(i)), children(live).foreignKeys(), "after step " + i);
        ValidateResult validate = runner(db, code).validate();
        assertEquals(List.of(), validate.problems(), "drift after step " + i);
        assertEquals(2, db.count("children"), "rows after step " + i);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void theForeignKeyHoldsAndAChangeMadeByHandIsDrift(Kind kind) throws Exception {
    SchemaDef byKey = schema(children(true), foreignKey("fk_children_parent", "p_tenant", "p_code")
        .references("parents", "tenant", "code").onDelete(ReferentialAction.CASCADE));
    try (TestDatabase db = TestDatabases.open(kind)) {
      List<ResolvedMigration> code = List.of(OperationsMigration.resolved("1", "create",
          SchemaDiff.compare(SchemaDef.EMPTY, byKey, true).upOperations()));
      runner(db, code).migrate();
      if (kind == Kind.SQLITE) {
        db.execute("PRAGMA foreign_keys = ON");
      }
      db.execute("INSERT INTO parents (code, tenant, name) VALUES ('a', 1, 'alpha')",
          "INSERT INTO children (id, p_code, p_name, p_tenant) VALUES (10, 'a', 'alpha', 1)");
      // Same code, another tenant: the pair (2, 'a') is no parent's key.
      assertThrows(SQLException.class, () -> db.execute(
          "INSERT INTO children (id, p_code, p_name, p_tenant) VALUES (11, 'a', 'alpha', 2)"));

      db.execute(changedByHand(kind));

      List<String> problems = runner(db, code).validate().problems().stream().map(p -> p.message()).toList();
      assertEquals(1, problems.size(), problems.toString());
      assertTrue(problems.get(0).contains("fk_children_parent"), problems.toString());
      db.execute("DELETE FROM parents WHERE code = 'a'");
      assertEquals(0, db.count("children"), "ON DELETE CASCADE over both columns");
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void twoForeignKeysOnTheSameColumnsKeepTheirNames(Kind kind) throws Exception {
    // SQLite has no catalogue of constraint names: they are read from the table's SQL text, and
    // only the referenced table tells these two apart.
    TableBuilder archive = table("archived_parents")
        .column(column("tenant", INTEGER))
        .column(column("code", varchar(10)))
        .primaryKey("tenant", "code");
    SchemaDef schema = new SchemaDef(List.of(Defs.def(parents()), Defs.def(archive), Defs.def(children(true)
        .foreignKey(foreignKey("fk_children_archived", "p_tenant", "p_code").references("archived_parents", "tenant", "code"))
        .foreignKey(foreignKey("fk_children_live", "p_tenant", "p_code").references("parents", "tenant", "code")))));
    try (TestDatabase db = TestDatabases.open(kind)) {
      List<ResolvedMigration> code = List.of(OperationsMigration.resolved("1", "create",
          SchemaDiff.compare(SchemaDef.EMPTY, schema, true).upOperations()));
      runner(db, code).migrate();

      Introspector introspector = Dialects.introspector(db.connection());
      assertEquals(children(schema).foreignKeys(), children(introspector.schema()).foreignKeys());
      assertEquals(List.of(), runner(db, code).validate().problems());
    }
  }

  /** The foreign key with ON DELETE CASCADE kept but ON UPDATE CASCADE added, written by hand. */
  private static String[] changedByHand(Kind kind) {
    String constraint = "CONSTRAINT fk_children_parent FOREIGN KEY (p_tenant, p_code)"
        + " REFERENCES parents (tenant, code) ON DELETE CASCADE ON UPDATE CASCADE";
    return switch (kind) {
      case POSTGRESQL -> new String[] {
          "ALTER TABLE children DROP CONSTRAINT fk_children_parent",
          "ALTER TABLE children ADD " + constraint};
      case MYSQL -> new String[] {
          "ALTER TABLE children DROP FOREIGN KEY fk_children_parent",
          "ALTER TABLE children ADD " + constraint};
      case SQLITE -> new String[] {
          "PRAGMA foreign_keys = OFF",
          "CREATE TABLE children_new (id INTEGER NOT NULL, p_code TEXT NOT NULL, p_name TEXT NOT NULL,"
              + " p_tenant INTEGER NOT NULL, label TEXT, PRIMARY KEY (id), " + constraint + ")",
          "INSERT INTO children_new SELECT * FROM children",
          "DROP TABLE children",
          "ALTER TABLE children_new RENAME TO children",
          "PRAGMA foreign_keys = ON"};
    };
  }

  private static List<ForeignKeyDef> expectedForeignKeys(SchemaDef schema) {
    return children(schema).foreignKeys();
  }

  private static TableDef children(SchemaDef schema) {
    return schema.table("children").orElseThrow();
  }

  private static Runner runner(TestDatabase db, List<ResolvedMigration> code) {
    return Runner.configure().dataSource(db.dataSource()).migrations(code).build();
  }
}
