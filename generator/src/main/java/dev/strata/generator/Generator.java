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
import dev.strata.internal.loader.ProjectDialects;
import dev.strata.internal.manifest.ManifestCodec;
import dev.strata.internal.manifest.ManifestException;
import dev.strata.internal.manifest.SnapshotCodec;
import dev.strata.internal.schema.index.MigrationIndex;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The {@code generate} use case: compares the models with the migrations and writes the
 * difference as a new migration class, and rewrites the snapshot ({@link SchemaSnapshot}).
 *
 * <p>The models are the manifest ({@code META-INF/strata/schema.json}); the migrations are those
 * of the compiled migration index. Where the current schema comes from is decided here, from what
 * {@link GenerateOptions} make available (see {@link #generate(ClassLoader)}). What the run did is
 * a {@link GenerateOutcome}: no changes; refused (every refusal listed, nothing written); check
 * failed ({@link GenerateMode#CHECK}: differences exist, nothing written); dry run (the migration,
 * nothing written); written. The migration's version is the clock's UTC time, moved one second
 * past the newest existing version or file when the clock is not ahead of it, so versions stay
 * unique and ordered.
 */
public final class Generator {

  private final GenerateOptions options;
  private final GenerateListener listener;

  /** A generator doing what {@code options} say; start from {@link GenerateOptions#defaults()}. */
  public Generator(GenerateOptions options) {
    this(options, GenerateListener.SILENT);
  }

  /** A generator doing what {@code options} say and telling {@code listener} what it is about to do. */
  public Generator(GenerateOptions options, GenerateListener listener) {
    this.options = Objects.requireNonNull(options, "options");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * Generates from what {@code loader} sees: the manifest as the desired schema, and the current
   * schema from, in this order: the live database of {@link GenerateOptions#fromDbUrl()} when
   * given ({@link SchemaSource#DATABASE}); a shadow database on the server of
   * {@link GenerateOptions#shadowUrl()} when given ({@link SchemaSource#SHADOW}); the snapshot
   * ({@link GenerateOptions#snapshotFile()}) when the index digest it records equals the compiled
   * migration index's ({@link SchemaSource#SNAPSHOT}: no migration class is loaded);
   * else the compiled migrations replayed in memory ({@link SchemaSource#REPLAY}).
   *
   * @throws StrataException {@link ErrorCode#USAGE} when writing and a migration source in the
   *     output folder is newer than the compiled migration index ({@link UncompiledMigrations});
   *     {@link ErrorCode#MANIFEST_MISSING} when there is no readable manifest; the errors of loading the migrations and of replaying them (in memory or into
   *     the shadow database); {@link ErrorCode#CONNECTION_FAILED} when a database cannot be read;
   *     those of {@link #generate(SchemaDef, CurrentSchema)}
   */
  public GenerateOutcome generate(ClassLoader loader) {
    if (options.mode() == GenerateMode.WRITE) {
      UncompiledMigrations.refuseIfAny(options.outputDir(), loader);
    }
    SchemaDef desired = loadManifest(loader);
    CurrentSchemas.Resolved resolved = new CurrentSchemas(options, listener).resolve(loader);
    return generate(desired, resolved.current(), resolved.entries(), ProjectDialects.of(loader));
  }

  /**
   * Generates the migration from {@code current} to {@code desired}. A snapshot written with it
   * records no derivation, so it is not read back in place of the migrations.
   *
   * @param desired the schema the models describe (the manifest), with rename hints
   * @param current the schema the existing migrations produce, where it came from, and their
   *     versions
   * @throws StrataException {@link ErrorCode#IO} when a file cannot be written;
   *     {@link ErrorCode#USAGE} when the message, version or package make no Java name;
   *     {@link ErrorCode#INVALID_OPERATION} when the desired schema is inconsistent
   */
  public GenerateOutcome generate(SchemaDef desired, CurrentSchema current) {
    return generate(desired, current, null, null);
  }

  /**
   * @param compiled the compiled index entries the current schema follows from, or null
   * @param dialects the project's target dialect names, which the index digest covers
   */
  private GenerateOutcome generate(SchemaDef desired, CurrentSchema current, List<MigrationIndex.Entry> compiled,
      List<String> dialects) {
    SchemaSource source = current.source();
    DiffResult diff = SchemaDiff.compare(current.schema(), desired, options.allowDestructive());
    List<Change> changes = diff.changes();
    if (diff.isEmpty()) {
      return new GenerateOutcome.NoChanges(source);
    }
    if (options.mode() == GenerateMode.CHECK) {
      return new GenerateOutcome.CheckFailed(source, changes, diff.refusals());
    }
    if (diff.isRefused()) {
      return new GenerateOutcome.Refused(source, diff.refusals());
    }
    String message = options.message() == null || options.message().isBlank()
        ? DefaultMessage.of(changes) : options.message().trim();
    String version = version(current.versions(), message);
    GeneratedMigration migration = MigrationSource.render(changes, version, message, options.packageName());
    Path file = options.outputDir().resolve(migration.className() + ".java");
    if (options.mode() == GenerateMode.DRY_RUN) {
      return new GenerateOutcome.DryRun(source, file, migration, changes, current.schema());
    }
    Path snapshot = options.snapshotFile();
    SnapshotCodec.DerivedFrom derivedFrom =
        compiled == null ? null : derivedFrom(compiled, dialects, migration, message);
    write(file, migration.source());
    write(snapshot, SchemaSnapshot.render(diff.result(), derivedFrom));
    return new GenerateOutcome.Written(source, file, snapshot, migration, changes);
  }

  /**
   * The index digest the processor will write once {@code migration} is compiled beside the
   * {@code compiled} ones: theirs and its own entry, whose source digest comes from parsing the
   * generated text. Null when that cannot be known (an entry without a source digest, no compiler
   * to parse with): the snapshot is then written without it, and not trusted.
   */
  private static SnapshotCodec.DerivedFrom derivedFrom(
      List<MigrationIndex.Entry> compiled, List<String> dialects, GeneratedMigration migration, String message) {
    Optional<String> sourceDigest = GeneratedSourceDigest.of(migration.qualifiedName(), migration.source());
    if (sourceDigest.isEmpty()) {
      return null;
    }
    List<MigrationIndex.Entry> entries = new ArrayList<>(compiled);
    entries.add(new MigrationIndex.Entry(migration.qualifiedName(), migration.version(), message,
        sourceDigest.get()));
    String digest = MigrationIndex.digestOf(entries, dialects);
    return digest == null ? null : new SnapshotCodec.DerivedFrom(digest);
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
          + ") on the class path: the Strata annotation processor did not run when the models were compiled, or"
          + " found no @Model class. The causes, most common first:\n"
          + "  1. strata-processor is not on the processor path. Newer JDKs skip processors that are only on the"
          + " class path; with Maven, add it to the maven-compiler-plugin configuration:\n"
          + "       <annotationProcessorPaths>\n"
          + "         <path>\n"
          + "           <groupId>dev.strata</groupId>\n"
          + "           <artifactId>strata-processor</artifactId>\n"
          + "           <version>${strata.version}</version>\n"
          + "         </path>\n"
          + "       </annotationProcessorPaths>\n"
          + "  2. The compiler plugin is too old: maven-compiler-plugin before 3.5 ignores annotationProcessorPaths"
          + " (without a <version>, Maven 3 picks 3.1); use maven-compiler-plugin 3.14.0 with <release>17</release>.\n"
          + "  3. No class is annotated with @Model (dev.strata.annotations.Model), so there is no schema to write.\n"
          + "Then rebuild (mvn clean compile) and run generate again; with --classes, point it at the compiled"
          + " classes folder (target/classes).");
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

  static void write(Path file, String text) {
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
          + "; check that the folder is writable, or write the migrations to another folder", e);
    }
  }
}
