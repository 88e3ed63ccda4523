package dev.strata.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the Java sources benchmarks run on: {@code count} {@code @Model} records in package
 * {@code bench.model} and, optionally, one {@code @Migration} per model in
 * {@code bench.migration} that creates exactly the table the model describes, so the migrations
 * and the models agree. Table {@code i} has an auto-increment key, a name, a seeded random choice
 * of other columns (numbers, flags, a nullable text, a decimal, a timestamp, an indexed code) and
 * now and then a foreign key to an earlier table.
 *
 * <p>With {@code pendingChange}, the last model has one nullable column its migration lacks, so
 * {@code generate} finds exactly one change. The same arguments always give the same bytes.
 */
final class FixtureSources {
  static final String MODEL_PACKAGE = "bench.model";
  static final String MIGRATION_PACKAGE = "bench.migration";

  private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final LocalDateTime FIRST_VERSION = LocalDateTime.of(2024, 1, 1, 0, 0);

  /** A column a table may have: the model's record component and the migration's column. */
  private enum Kind {
    QUANTITY("int quantity", "column(\"quantity\", INTEGER)", 0.5),
    ACTIVE("boolean active", "column(\"active\", BOOLEAN)", 0.5),
    NOTE("@Column(nullable = true) String note", "column(\"note\", varchar(255)).nullable()", 0.4),
    PRICE("java.math.BigDecimal price", "column(\"price\", decimal(19, 2))", 0.3),
    CREATED_AT("java.time.Instant createdAt", "column(\"created_at\", TIMESTAMP_TZ)", 0.5),
    SCORE("double score", "column(\"score\", DOUBLE)", 0.3),
    CODE("@Index String code", "column(\"code\", varchar(255))", 0.3);

    final String component;
    final String column;
    final double chance;

    Kind(String component, String column, double chance) {
      this.component = component;
      this.column = column;
      this.chance = chance;
    }
  }

  private static final double FOREIGN_KEY_CHANCE = 0.2;

  private FixtureSources() {}

  /**
   * Writes the sources under {@code sourceDir} (package folders created) and returns their paths,
   * models first.
   */
  static List<Path> write(Path sourceDir, int count, long seed, boolean withMigrations, boolean pendingChange) {
    Random random = new Random(seed);
    List<Path> models = new ArrayList<>();
    List<Path> migrations = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      Table table = Table.random(i, random);
      boolean extra = pendingChange && i == count;
      models.add(writeFile(sourceDir, MODEL_PACKAGE, table.className(), table.model(extra)));
      if (withMigrations) {
        migrations.add(writeFile(sourceDir, MIGRATION_PACKAGE, table.migrationClass(), table.migration()));
      }
    }
    models.addAll(migrations);
    return models;
  }

  /** The version of migration {@code i} (1-based): one minute apart from 2024-01-01 00:00. */
  static String version(int i) {
    return VERSION.format(FIRST_VERSION.plusMinutes(i - 1L));
  }

  private static Path writeFile(Path sourceDir, String pkg, String className, String source) {
    Path file = sourceDir.resolve(pkg.replace('.', '/')).resolve(className + ".java");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, source, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }

  /** One table: its index, the columns drawn for it and the table it references (0 for none). */
  private record Table(int index, List<Kind> kinds, int parent) {

    static Table random(int index, Random random) {
      List<Kind> kinds = new ArrayList<>();
      for (Kind kind : Kind.values()) {
        if (random.nextDouble() < kind.chance) {
          kinds.add(kind);
        }
      }
      int parent = index > 1 && random.nextDouble() < FOREIGN_KEY_CHANCE ? 1 + random.nextInt(index - 1) : 0;
      return new Table(index, kinds, parent);
    }

    String name() {
      return tableName(index);
    }

    String className() {
      return modelClass(index);
    }

    String migrationClass() {
      return "V" + version(index) + "__create_" + name();
    }

    String model(boolean extraColumn) {
      List<String> components = new ArrayList<>();
      components.add("@Key @Auto long id");
      components.add("String name");
      kinds.forEach(kind -> components.add(kind.component));
      if (parent != 0) {
        components.add("@References(" + modelClass(parent) + ".class) long parentId");
      }
      if (extraColumn) {
        components.add("@Column(nullable = true) String extra");
      }
      return "package " + MODEL_PACKAGE + ";\n\n"
          + "import dev.strata.annotations.*;\n\n"
          + "@Model(table = \"" + name() + "\")\n"
          + "public record " + className() + "(\n    "
          + String.join(",\n    ", components) + ") {}\n";
    }

    String migration() {
      StringBuilder table = new StringBuilder("table(\"" + name() + "\")\n");
      table.append("        .column(column(\"id\", BIGINT).auto())\n");
      table.append("        .column(column(\"name\", varchar(255)))\n");
      kinds.forEach(kind -> table.append("        .column(").append(kind.column).append(")\n"));
      if (parent != 0) {
        table.append("        .column(column(\"parent_id\", BIGINT))\n");
      }
      table.append("        .primaryKey(\"id\")");
      if (kinds.contains(Kind.CODE)) {
        table.append("\n        .index(index(\"idx_").append(name()).append("_code\", \"code\"))");
      }
      if (parent != 0) {
        table.append("\n        .foreignKey(foreignKey(\"fk_").append(name()).append("_parent_id\", \"parent_id\")")
            .append(".references(\"").append(tableName(parent)).append("\", \"id\"))");
      }
      return "package " + MIGRATION_PACKAGE + ";\n\n"
          + "import static dev.strata.ddl.Ddl.*;\n\n"
          + "import dev.strata.MigrationContext;\n\n"
          + "@dev.strata.annotations.Migration(version = \"" + version(index) + "\", description = \"create "
          + name() + "\")\n"
          + "public final class " + migrationClass() + " implements dev.strata.Migration {\n"
          + "  @Override\n"
          + "  public void up(MigrationContext db) {\n"
          + "    db.createTable(" + table + ");\n"
          + "  }\n\n"
          + "  @Override\n"
          + "  public void down(MigrationContext db) {\n"
          + "    db.dropTable(\"" + name() + "\");\n"
          + "  }\n"
          + "}\n";
    }

    private static String tableName(int index) {
      return String.format("t_%05d", index);
    }

    private static String modelClass(int index) {
      return String.format("Table%05d", index);
    }
  }
}
