package dev.strata.generator;

import dev.strata.Database;
import dev.strata.ErrorCode;
import dev.strata.RequireDatabase;
import dev.strata.StrataException;
import dev.strata.generator.codegen.GeneratedMigration;
import dev.strata.generator.codegen.MigrationNames;
import dev.strata.generator.codegen.MigrationSource;
import dev.strata.generator.codegen.ModelSource;
import dev.strata.generator.codegen.SchemaSnapshot;
import dev.strata.generator.diff.Change;
import dev.strata.generator.diff.DiffResult;
import dev.strata.generator.diff.Impact;
import dev.strata.generator.diff.Step;
import dev.strata.generator.diff.SchemaDiff;
import dev.strata.generator.shadow.ShadowDatabase;
import dev.strata.internal.dialect.LiveSchema;
import dev.strata.internal.dialect.Unmodelled;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import javax.sql.DataSource;

/**
 * The {@code init --from-db} use case: adopts a database that has tables but no models. It reads
 * the live schema and writes one {@code @Model} record per table ({@link ModelSource}), a first
 * migration that creates the schema those models describe, and the snapshot of that schema, so
 * that once compiled, {@code generate} finds no change. Baselining the database at the
 * migration's version ({@link #MESSAGE}) is the caller's next step; {@code validate} then checks
 * every table against the migration's replay.
 *
 * <p>What introspection reads as no model can say it ({@link LiveSchema#unmodelled()}) goes
 * into the migration where a statement recreates it: each verbatim object as
 * {@code db.executeSql(Database.X, sql)}, a type or domain before the tables, the rest after them.
 * Columns of a type only the source database knows make the migration apply there only: its
 * class Javadoc and first step ({@link RequireDatabase}) name them. Anything else a model cannot
 * say is left out of the models and the migration and listed in {@link Result#notModelled()};
 * {@code validate} reports it as drift until it is modelled or dropped. Nothing is written when a file it would write exists already, or the migrations folder
 * holds a migration: adopting is for a project without migrations.
 */
public final class Adoption {

  /** The first migration's message, which names its class ({@code V<version>__adopt_existing_schema}). */
  public static final String MESSAGE = "adopt existing schema";

  /**
   * What was written.
   *
   * @param models the model source files, in table order
   * @param migration the first migration's source file
   * @param version its version, to baseline the database at
   * @param snapshot the snapshot file
   * @param schema the schema the models and the migration describe
   * @param notModelled what of the database the models leave out, one sentence each
   * @param unmodelled what the database holds that Strata does not model exactly, as introspection
   *     found it: the verbatim objects the migration carries as raw SQL, the columns that make it
   *     apply on one database only, and what nothing carries
   */
  public record Result(List<Path> models, Path migration, String version, Path snapshot, SchemaDef schema,
      List<String> notModelled, List<Unmodelled> unmodelled) {}

  private final GenerateOptions options;
  private final Path modelsRoot;
  private final String modelsPackage;

  /**
   * An adoption writing the migration, and the snapshot, where {@code options} say (its output
   * folder, package and snapshot file; the other options do not apply) and the models into
   * {@code modelsRoot} (a source root such as {@code src/main/java}) in {@code modelsPackage}
   * (null: {@link ModelSource#DEFAULT_PACKAGE}).
   *
   * @throws StrataException {@link ErrorCode#USAGE} when {@code modelsPackage} is no Java package name
   */
  public Adoption(GenerateOptions options, Path modelsRoot, String modelsPackage) {
    this.options = Objects.requireNonNull(options, "options");
    this.modelsRoot = Objects.requireNonNull(modelsRoot, "modelsRoot");
    this.modelsPackage = modelsPackage == null || modelsPackage.isBlank() ? ModelSource.DEFAULT_PACKAGE
        : modelsPackage.trim();
    if (!SourceVersion.isName(this.modelsPackage)) {
      throw new StrataException(ErrorCode.USAGE, "--package '" + modelsPackage + "' is not a Java package name;"
          + " give one such as com.example.model");
    }
  }

  /**
   * Reads the database of {@code dataSource} and writes the models, the first migration and the
   * snapshot.
   *
   * @param database the database in words for messages (its URL without password)
   * @throws StrataException {@link ErrorCode#CONNECTION_FAILED} when the database cannot be read;
   *     {@link ErrorCode#USAGE} when it has no table, a file to write exists, or the migrations
   *     folder holds migrations; {@link ErrorCode#IO} when a file cannot be written
   */
  public Result adopt(DataSource dataSource, String database) {
    LiveSchema read;
    try (Connection connection = dataSource.getConnection()) {
      read = ShadowDatabase.readLive(connection, List.of());
    } catch (SQLException e) {
      throw new StrataException(ErrorCode.CONNECTION_FAILED, "cannot read " + database + ": " + e.getMessage(), e);
    }
    SchemaDef live = read.schema();
    if (live.tables().isEmpty()) {
      throw new StrataException(ErrorCode.USAGE, database + " has no tables to adopt. For a new database, write"
          + " @Model classes and run strata generate instead");
    }
    refuseExistingMigrations();
    List<ModelSource.Rendered> models = ModelSource.render(live, modelsPackage);
    List<TableDef> tables = new ArrayList<>();
    List<String> notModelled = new ArrayList<>();
    List<Path> modelFiles = new ArrayList<>();
    for (ModelSource.Rendered model : models) {
      tables.add(model.table().withSourceClass(null));
      notModelled.addAll(model.notModelled());
      modelFiles.add(modelsRoot.resolve(model.className().replace('.', '/') + ".java"));
    }
    SchemaDef schema = new SchemaDef(tables);
    DiffResult diff = SchemaDiff.compare(SchemaDef.EMPTY, schema, false);
    String version = MigrationNames.version(options.clock());
    List<Change> changes = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<Unmodelled> engineSpecific = read.engineSpecific();
    if (!engineSpecific.isEmpty()) {
      Database only = engineSpecific.get(0).database();
      String columns = engineSpecific.stream().map(Adoption::column).collect(Collectors.joining(", "));
      String note = "Applies on " + only.displayName() + " only: " + columns;
      notes.add(javadoc(note + ". Its up() stops before its first statement on any other database."));
      changes.add(new Change(new Step(new Operation.RunCode(new RequireDatabase(only, columns)), Impact.ADDITIVE, note),
          List.of()));
    }
    List<Unmodelled> verbatim = read.verbatim();
    verbatim.stream().filter(u -> u.table() == null).forEach(u -> changes.add(carry(u)));
    changes.addAll(diff.changes());
    verbatim.stream().filter(u -> u.table() != null).forEach(u -> changes.add(carry(u)));
    if (!verbatim.isEmpty()) {
      notes.add(javadoc("Carries as raw SQL for " + verbatim.get(0).database().displayName() + " what the models"
          + " cannot say: " + verbatim.stream().map(u -> (u.table() == null ? "" : u.table() + ".") + u.name() + ", "
          + u.what()).collect(Collectors.joining("; ")) + "."));
    }
    GeneratedMigration migration = MigrationSource.render(changes, version, MESSAGE, options.packageName(), notes);
    Path migrationFile = options.outputDir().resolve(migration.className() + ".java");
    Path snapshot = options.snapshotFile();
    List<Path> all = new ArrayList<>(modelFiles);
    all.add(migrationFile);
    all.add(snapshot);
    List<Path> existing = all.stream().filter(Files::exists).toList();
    if (!existing.isEmpty()) {
      throw new StrataException(ErrorCode.USAGE, "init --from-db writes new files only, and these exist: "
          + existing + ". Move them away (or choose another --package or --dir), then run it again");
    }
    for (int i = 0; i < models.size(); i++) {
      Generator.write(modelFiles.get(i), models.get(i).source());
    }
    Generator.write(migrationFile, migration.source());
    Generator.write(snapshot, SchemaSnapshot.render(diff.result()));
    return new Result(List.copyOf(modelFiles), migrationFile, version, snapshot, schema, List.copyOf(notModelled),
        read.unmodelled());
  }

  /** A verbatim object as a step of the first migration: its SQL, for its database only. */
  private static Change carry(Unmodelled u) {
    Step up = new Step(new Operation.ExecuteSql(u.database(), u.sql()), Impact.ADDITIVE,
        "Carried verbatim: " + (u.table() == null ? "" : u.table() + ".") + u.name() + ", " + u.what());
    // a table's objects go with it in down(); a PostgreSQL domain or type outlives the tables
    String kind = u.table() != null || u.database() != Database.POSTGRESQL ? null
        : u.sql().startsWith("CREATE DOMAIN ") ? "DOMAIN" : u.sql().startsWith("CREATE TYPE ") ? "TYPE" : null;
    List<Step> down = kind == null ? List.of() : List.of(new Step(new Operation.ExecuteSql(u.database(),
        "DROP " + kind + " \"" + u.name().replace("\"", "\"\"") + "\""), Impact.DESTRUCTIVE, null));
    return new Change(up, down);
  }

  /** {@code table.column type} of an engine-specific column. */
  private static String column(Unmodelled u) {
    return u.table() + "." + u.name() + " " + u.what();
  }

  /** {@code text} safe inside a Javadoc comment. */
  private static String javadoc(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
        .replace("@", "&#64;");
  }

  private void refuseExistingMigrations() {
    Path dir = options.outputDir();
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> migrations = files.filter(f -> f.getFileName().toString().endsWith(".java")).sorted().toList();
      if (!migrations.isEmpty()) {
        throw new StrataException(ErrorCode.USAGE, "the migrations folder " + dir + " already holds "
            + migrations.size() + " source file(s), such as " + migrations.get(0).getFileName() + "; init --from-db"
            + " adopts a database for a project without migrations. For a project with migrations, baseline the"
            + " database (strata baseline) and write the models by hand");
      }
    } catch (IOException e) {
      throw new StrataException(ErrorCode.IO, "cannot list " + dir + ": " + e.getMessage(), e);
    }
  }
}
