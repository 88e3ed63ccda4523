package dev.strata.generator.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.generator.codegen.MigrationSource;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.LogicalType;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A thousand related tables: the diff must stay near-linear (the time bound is loose, so a slow
 * machine passes, but a quadratic-per-table slip does not).
 */
class LargeSchemaDiffTest {

  private static SchemaDef schema(int tables) {
    List<TableDef> list = new ArrayList<>();
    for (int i = 0; i < tables; i++) {
      TableDef t = TableDef.named("t" + i)
          .withColumn(ColumnDef.of("id", ColumnType.of(LogicalType.BIGINT)).withAuto(true))
          .withColumn(ColumnDef.of("name", ColumnType.varchar(100)))
          .withColumn(ColumnDef.of("note", ColumnType.raw("text")).withNullable(true))
          .withPrimaryKey(List.of("id"))
          .withIndex(IndexDef.of("idx_t" + i + "_name", false, "name"));
      if (i > 0) {
        t = t.withColumn(ColumnDef.of("parent_id", ColumnType.of(LogicalType.BIGINT)).withNullable(true))
            .withForeignKey(ForeignKeyDef.of("fk_t" + i + "_parent", "parent_id", "t" + (i / 2), "id"));
      }
      list.add(t);
    }
    return new SchemaDef(list);
  }

  @Test
  void thousandTables() {
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      SchemaDef desired = schema(1000);
      DiffResult created = SchemaDiff.compare(SchemaDef.EMPTY, desired);
      assertEquals(1000, created.changes().size());
      assertEquals("t0", created.upOperations().get(0).table());
      assertTrue(MigrationSource.build(created.changes(), "20260101000000", "init", null).toString()
          .contains("db.createTable(table(\"t999\")"));

      assertTrue(SchemaDiff.compare(created.result(), desired).isEmpty());
      SchemaDef changed = desired.mapTable("t500", t -> t.withColumn(
          ColumnDef.of("x", ColumnType.of(LogicalType.INTEGER)).withNullable(true)));
      assertEquals(List.of(new Operation.AddColumn("t500", ColumnDef.of("x", ColumnType.of(LogicalType.INTEGER))
          .withNullable(true))), SchemaDiff.compare(created.result(), changed).upOperations());
    });
  }
}
