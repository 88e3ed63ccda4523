package dev.strata.generator;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.generator.codegen.GeneratedMigration;
import dev.strata.generator.codegen.MigrationNames;
import dev.strata.generator.codegen.MigrationSource;
import dev.strata.generator.codegen.SchemaSnapshot;
import dev.strata.generator.diff.Change;
import dev.strata.generator.diff.DiffResult;
import dev.strata.generator.diff.SchemaDiff;
import dev.strata.internal.loader.MigrationLoader;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.replay.Replayer;
import dev.strata.internal.manifest.ManifestCodec;
import dev.strata.internal.manifest.ManifestException;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.naming.Versions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The {@code generate} use case: compares the models with the migrations and writes the
 * difference as a new migration class, plus the {@code schema.json} snapshot beside it.
 *
 * <p>Outcomes ({@link GenerateResult.Status}): nothing to do; refused (every refusal listed,
 * nothing written); check failed ({@code check}: differences exist, nothing written); dry run
 * (source and operations, nothing written); written. The migration's version is the clock's UTC
 * time, moved one second past the newest existing version or file when the clock is not ahead of
 * it, so versions stay unique and ordered.
 */
public final class Generator {

  /** The summary of a run that finds nothing to do. */
  public static final String NO_CHANGES = "No schema changes detected";

  private final GenerateOptions options;

  /** A generator doing what {@code options} say; start from {@link GenerateOptions#defaults()}. */
  public Generator(GenerateOptions options) {
    this.options = options;
  }

  /**
   * Generates from what {@code loader} sees: the manifest ({@code META-INF/strata/schema.json})
   * as the desired schema, and the indexed migrations replayed in memory as the current one.
   *
   * @throws StrataException {@link ErrorCode#MANIFEST_MISSING} when there is no readable
   *     manifest; the errors of {@link MigrationLoader#load} and {@link Replayer#replay}; those of
   *     {@link #generate(SchemaDef, SchemaDef, Collection)}
   */
  public GenerateResult generate(ClassLoader loader) {
    SchemaDef desired = loadManifest(loader);
    List<ResolvedMigration> migrations = MigrationLoader.load(loader);
    SchemaDef current = Replayer.replay(migrations);
    return generate(desired, current, migrations.stream().map(ResolvedMigration::version).toList());
  }

  /** {@link #generate(SchemaDef, SchemaDef, Collection)} with no existing versions to stay ahead of. */
  public GenerateResult generate(SchemaDef desired, SchemaDef current) {
    return generate(desired, current, List.of());
  }

  /**
   * Generates the migration from {@code current} to {@code desired}.
   *
   * @param desired the schema the models describe (the manifest), with rename hints
   * @param current the schema the existing migrations produce (replayed, or introspected from a
   *     shadow database)
   * @param existingVersions the versions of the existing migrations; the new one sorts after them
   * @throws StrataException {@link ErrorCode#IO} when a file cannot be written;
   *     {@link ErrorCode#USAGE} when the message, version or package make no Java name;
   *     {@link ErrorCode#INVALID_OPERATION} when the desired schema is inconsistent
   */
  public GenerateResult generate(SchemaDef desired, SchemaDef current, Collection<String> existingVersions) {
    DiffResult diff = SchemaDiff.compare(current, desired, options.allowDestructive());
    List<Change> changes = diff.changes();
    List<Operation> up = diff.upOperations();
    if (diff.isEmpty()) {
      return new GenerateResult(GenerateResult.Status.NO_CHANGES, NO_CHANGES, List.of(), null, null, null, null,
          null, List.of(), List.of(), current);
    }
    if (options.check()) {
      return new GenerateResult(GenerateResult.Status.CHECK_FAILED, "The models and the migrations differ ("
          + count(changes.size(), "change") + (diff.isRefused() ? ", " + count(diff.refusals().size(), "refusal") : "")
          + "); run generate to write the migration", diff.refusalMessages(), null, null, null, null, null, changes, up,
          current);
    }
    if (diff.isRefused()) {
      return new GenerateResult(GenerateResult.Status.REFUSED, "Refused to generate the migration ("
          + count(diff.refusals().size(), "problem") + "); nothing was written", diff.refusalMessages(), null, null,
          null, null, null, changes, up, current);
    }
    String message = options.message() == null || options.message().isBlank()
        ? defaultMessage(changes) : options.message().trim();
    String version = version(existingVersions, message);
    GeneratedMigration migration = MigrationSource.render(changes, version, message, options.packageName());
    String className = migration.className();
    String source = migration.source();
    Path file = options.outputDir().resolve(className + ".java");
    if (options.dryRun()) {
      return new GenerateResult(GenerateResult.Status.DRY_RUN, "Dry run: " + file + " would hold "
          + count(changes.size(), "change") + "; nothing was written", List.of(), className, version, file, null,
          source, changes, up, current);
    }
    Path snapshot = options.outputDir().resolve(SchemaSnapshot.FILE_NAME);
    write(file, source);
    write(snapshot, SchemaSnapshot.render(diff.result()));
    return new GenerateResult(GenerateResult.Status.WRITTEN, "Wrote " + file + " (" + count(changes.size(), "change")
        + ")", List.of(), className, version, file, snapshot, source, changes, up, current);
  }

  /**
   * The desired schema from the manifest {@code loader} sees.
   *
   * @throws StrataException {@link ErrorCode#MANIFEST_MISSING} when the manifest is missing (the
   *     annotation processor did not run) or unreadable
   */
  public static SchemaDef loadManifest(ClassLoader loader) {
    URL url = loader.getResource(ManifestCodec.MANIFEST_PATH);
    if (url == null) {
      throw new StrataException(ErrorCode.MANIFEST_MISSING, "No schema manifest (" + ManifestCodec.MANIFEST_PATH
          + ") on the class path: the Strata annotation processor did not run when the models were compiled. "
          + "With Maven, add strata-processor to the maven-compiler-plugin configuration "
          + "(newer JDKs skip processors that are only on the class path):\n"
          + "  <annotationProcessorPaths>\n"
          + "    <path>\n"
          + "      <groupId>dev.strata</groupId>\n"
          + "      <artifactId>strata-processor</artifactId>\n"
          + "      <version>${strata.version}</version>\n"
          + "    </path>\n"
          + "  </annotationProcessorPaths>\n"
          + "then rebuild (mvn compile) and run generate again; with --classes, point it at the compiled classes "
          + "folder (target/classes).");
    }
    try (InputStream in = url.openStream()) {
      return ManifestCodec.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException | ManifestException e) {
      throw new StrataException(ErrorCode.MANIFEST_MISSING, "cannot read the schema manifest " + url + ": "
          + e.getMessage() + "; rebuild the project (mvn clean compile) so the annotation processor rewrites it", e);
    }
  }

  /**
   * The clock's version, or one second after the newest existing version or file when the clock
   * is not ahead of them (two runs in one second, a clock behind a colleague's).
   */
  private String version(Collection<String> existingVersions, String message) {
    TreeSet<String> taken = new TreeSet<>(Versions.ORDER);
    taken.addAll(existingVersions);
    String version = MigrationNames.version(options.clock());
    if (!taken.isEmpty() && Versions.compare(taken.last(), version) >= 0) {
      version = nextSecond(taken.last(), version);
    }
    while (Files.exists(options.outputDir().resolve(MigrationNames.className(version, message) + ".java"))
        || taken.contains(version)) {
      version = nextSecond(version, version);
    }
    return version;
  }

  private static String nextSecond(String version, String fallback) {
    try {
      return MigrationNames.VERSION_FORMAT.format(
          LocalDateTime.parse(version, MigrationNames.VERSION_FORMAT).plusSeconds(1));
    } catch (DateTimeParseException e) {
      // not a generated version: the clock's own is the best there is
      return fallback;
    }
  }

  /**
   * A message from the changes: {@code "create users and posts"} when all create tables, else
   * {@code "update <tables>"}, naming at most three tables ({@code "update schema"} beyond).
   */
  static String defaultMessage(List<Change> changes) {
    TreeSet<String> tables = new TreeSet<>();
    boolean allCreates = true;
    for (Change change : changes) {
      if (change.operation().table() != null) {
        tables.add(change.operation().table());
      }
      allCreates &= change.operation() instanceof Operation.CreateTable
          || change.operation() instanceof Operation.AddForeignKey;
    }
    if (tables.isEmpty() || tables.size() > 3) {
      return allCreates ? "create tables" : "update schema";
    }
    List<String> names = List.copyOf(tables);
    String joined = names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    return (allCreates ? "create " : "update ") + joined;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static void write(Path file, String text) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, ".strata-", ".tmp");
      try {
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new StrataException(ErrorCode.IO, "cannot write " + file + ": " + e
          + "; check that the folder is writable, or pass another --dir", e);
    }
  }
}
