package dev.strata.bench;

import dev.strata.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The side-by-side workload written out for every tool: {@code n} migrations, migration
 * {@code i} creating table {@code t<i>} and one index on it. Every tool but Strata runs the same
 * two statements ({@link #createTable}, {@link #createIndex}); Strata's migrations describe the
 * same table with its DDL builder, which its dialects render to the equivalent statements.
 *
 * @param n the number of migrations
 * @param strataClasses {@code @Migration} classes compiled with the Strata processor (with the
 *     migration index beside them)
 * @param flywaySql a class path folder holding {@code db/migration/V<i>__t<i>.sql}
 * @param flywayJava a class path folder holding compiled {@code db.migration.V<i>__t<i>}
 *     ({@code BaseJavaMigration}s)
 * @param liquibase a folder holding {@code changelog.sql}: one formatted-SQL changeset per
 *     migration
 * @param dir the folder all of it is in
 */
record ToolFixture(int n, Path strataClasses, Path flywaySql, Path flywayJava, Path liquibase, Path dir) {

  /** The first statement of migration {@code i}. */
  static String createTable(int i) {
    return "CREATE TABLE t" + i + " (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(100) NOT NULL, code VARCHAR(40))";
  }

  /** The second statement of migration {@code i}. */
  static String createIndex(int i) {
    return "CREATE INDEX idx_t" + i + "_code ON t" + i + " (code)";
  }

  /** Writes and compiles the workload of {@code n} migrations under {@code dir}. */
  static ToolFixture build(Path dir, int n) {
    try {
      Path strataSources = dir.resolve("strata-src");
      Path strataClasses = dir.resolve("strata-classes");
      List<Path> strata = new ArrayList<>(n);
      Path flywaySql = dir.resolve("flyway-sql");
      Path sqlDir = Files.createDirectories(flywaySql.resolve("db/migration"));
      Path flywaySources = dir.resolve("flyway-java-src");
      Path flywayJava = dir.resolve("flyway-java-classes");
      List<Path> flyway = new ArrayList<>(n);
      Path liquibase = Files.createDirectories(dir.resolve("liquibase"));
      StringBuilder changelog = new StringBuilder("--liquibase formatted sql\n");
      for (int i = 1; i <= n; i++) {
        strata.add(write(strataSources.resolve("bench/migration/" + strataClass(i) + ".java"), strataMigration(i)));
        write(sqlDir.resolve("V" + i + "__t" + i + ".sql"), createTable(i) + ";\n" + createIndex(i) + ";\n");
        flyway.add(write(flywaySources.resolve("db/migration/V" + i + "__t" + i + ".java"), flywayMigration(i)));
        changelog.append("\n--changeset bench:").append(i).append('\n')
            .append(createTable(i)).append(";\n").append(createIndex(i)).append(";\n");
      }
      write(liquibase.resolve(LiquibaseMain.CHANGELOG), changelog.toString());
      compile(strata, strataClasses, List.of("-processorpath", Processes.classPath(), "-processor", Fixture.PROCESSOR));
      compile(flyway, flywayJava, List.of("-proc:none"));
      return new ToolFixture(n, strataClasses, flywaySql, flywayJava, liquibase, dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The raw JDBC baseline's script on {@code database}: the same two statements per migration and
   * one bookkeeping insert, in one transaction with a savepoint per migration ({@code oneTransaction},
   * SQLite only) or a transaction per migration.
   */
  DdlScript rawScript(Database database, boolean oneTransaction) {
    List<DdlScript.Unit> units = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      units.add(new DdlScript.Unit(String.valueOf(i), "t" + i, String.format(Locale.ROOT, "%064x", i),
          List.of(createTable(i), createIndex(i))));
    }
    return new DdlScript(oneTransaction, DdlScripts.historyTable(database), units);
  }

  /** Strata's version of migration {@code i}. */
  static String strataVersion(int i) {
    return FixtureSources.version(i);
  }

  private static String strataClass(int i) {
    return "V" + strataVersion(i) + "__t" + i;
  }

  private static String strataMigration(int i) {
    return "package bench.migration;\n\n"
        + "import static dev.strata.ddl.Ddl.*;\n\n"
        + "import dev.strata.MigrationContext;\n\n"
        + "@dev.strata.annotations.Migration(version = \"" + strataVersion(i) + "\", description = \"t" + i + "\")\n"
        + "public final class " + strataClass(i) + " implements dev.strata.Migration {\n"
        + "  @Override\n"
        + "  public void up(MigrationContext db) {\n"
        + "    db.createTable(table(\"t" + i + "\")\n"
        + "        .column(column(\"id\", BIGINT))\n"
        + "        .column(column(\"name\", varchar(100)))\n"
        + "        .column(column(\"code\", varchar(40)).nullable())\n"
        + "        .primaryKey(\"id\")\n"
        + "        .index(index(\"idx_t" + i + "_code\", \"code\")));\n"
        + "  }\n\n"
        + "  @Override\n"
        + "  public void down(MigrationContext db) {\n"
        + "    db.dropTable(\"t" + i + "\");\n"
        + "  }\n"
        + "}\n";
  }

  private static String flywayMigration(int i) {
    return "package db.migration;\n\n"
        + "import java.sql.Statement;\n"
        + "import org.flywaydb.core.api.migration.BaseJavaMigration;\n"
        + "import org.flywaydb.core.api.migration.Context;\n\n"
        + "public final class V" + i + "__t" + i + " extends BaseJavaMigration {\n"
        + "  @Override\n"
        + "  public void migrate(Context context) throws Exception {\n"
        + "    try (Statement statement = context.getConnection().createStatement()) {\n"
        + "      statement.execute(\"" + createTable(i) + "\");\n"
        + "      statement.execute(\"" + createIndex(i) + "\");\n"
        + "    }\n"
        + "  }\n"
        + "}\n";
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** Compiles {@code sources} into {@code out} in this JVM against this JVM's class path. */
  private static void compile(List<Path> sources, Path out, List<String> processing) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no Java compiler in " + System.getProperty("java.home")
          + "; run the benchmarks on a JDK, not a JRE");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      Files.createDirectories(out);
      List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-classpath", Processes.classPath(),
          "-encoding", "UTF-8", "-nowarn"));
      options.addAll(processing);
      Boolean ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
          .call();
      if (!ok) {
        throw new IllegalStateException("the generated workload does not compile:\n" + diagnostics.getDiagnostics()
            .stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .limit(20)
            .map(Object::toString)
            .collect(Collectors.joining("\n")));
      }
    }
  }
}
