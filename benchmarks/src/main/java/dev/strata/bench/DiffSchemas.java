package dev.strata.bench;

import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.LogicalType;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The schemas the diff benchmark compares, built as values (no sources, no compiler): tables
 * shaped like the fixture's models ({@link FixtureSources}): {@code t_00001} ... with an auto key,
 * a name, a seeded random choice of further columns, an indexed code now and then, and about one
 * table in five a foreign key to an earlier table. The same size and seed give the same schema.
 */
final class DiffSchemas {
  private static final double FOREIGN_KEY_CHANCE = 0.2;

  private DiffSchemas() {}

  /** {@code tables} tables drawn from {@code seed}. */
  static SchemaDef schema(int tables, long seed) {
    Random random = new Random(seed);
    List<TableDef> list = new ArrayList<>(tables);
    for (int i = 1; i <= tables; i++) {
      list.add(table(i, random));
    }
    return new SchemaDef(list);
  }

  /** The name of the table in the middle, the one {@link #withNewColumn} changes. */
  static String middleTable(int tables) {
    return tableName((tables + 1) / 2);
  }

  /** {@code schema} with one new nullable column in its middle table. */
  static SchemaDef withNewColumn(SchemaDef schema) {
    return schema.mapTable(middleTable(schema.tables().size()),
        t -> t.withColumn(ColumnDef.of("extra", ColumnType.varchar(255)).withNullable(true)));
  }

  private static TableDef table(int i, Random random) {
    String name = tableName(i);
    TableDef t = TableDef.named(name)
        .withColumn(ColumnDef.of("id", ColumnType.of(LogicalType.BIGINT)).withAuto(true))
        .withColumn(ColumnDef.of("name", ColumnType.varchar(255)))
        .withPrimaryKey(List.of("id"));
    t = maybe(random, 0.5, t, ColumnDef.of("quantity", ColumnType.of(LogicalType.INTEGER)));
    t = maybe(random, 0.5, t, ColumnDef.of("active", ColumnType.of(LogicalType.BOOLEAN)));
    t = maybe(random, 0.4, t, ColumnDef.of("note", ColumnType.varchar(255)).withNullable(true));
    t = maybe(random, 0.3, t, ColumnDef.of("price", ColumnType.decimal(19, 2)));
    t = maybe(random, 0.5, t, ColumnDef.of("created_at", ColumnType.of(LogicalType.TIMESTAMP_TZ)));
    t = maybe(random, 0.3, t, ColumnDef.of("score", ColumnType.of(LogicalType.DOUBLE)));
    if (random.nextDouble() < 0.3) {
      t = t.withColumn(ColumnDef.of("code", ColumnType.varchar(255)))
          .withIndex(IndexDef.of("idx_" + name + "_code", false, "code"));
    }
    if (i > 1 && random.nextDouble() < FOREIGN_KEY_CHANCE) {
      String parent = tableName(1 + random.nextInt(i - 1));
      t = t.withColumn(ColumnDef.of("parent_id", ColumnType.of(LogicalType.BIGINT)))
          .withForeignKey(ForeignKeyDef.of("fk_" + name + "_parent_id", "parent_id", parent, "id"));
    }
    return t;
  }

  /** Named as the fixture names its tables. */
  static String tableName(int i) {
    return String.format("t_%05d", i);
  }

  private static TableDef maybe(Random random, double chance, TableDef table, ColumnDef column) {
    return random.nextDouble() < chance ? table.withColumn(column) : table;
  }
}
