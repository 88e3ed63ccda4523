package dev.strata.generator;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.generator.codegen.MigrationSource;
import dev.strata.generator.codegen.SchemaSnapshot;
import dev.strata.internal.manifest.SnapshotCodec;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * What {@link Generator} is asked to do, and what it may read the current schema from. Start from
 * {@link #defaults()} and change what differs:
 * {@code GenerateOptions.defaults().withMessage("add user bio").withMode(GenerateMode.CHECK)}.
 *
 * <p>The current schema comes from a live database when {@code fromDbUrl} is given, from a shadow
 * database when {@code shadowUrl} is given, and otherwise from the snapshot when it follows from
 * exactly the compiled migrations, else from replaying them in memory. The outcome says which
 * ({@link GenerateOutcome#schemaSource()}).
 *
 * @param message what the migration does, in words: its description and class name; when null
 *     or blank, one is made from the changes ({@code "create users and posts"},
 *     {@code "update users"})
 * @param outputDir the folder of the migrations' package, created when missing; default
 *     {@code src/main/java/db/migration}
 * @param packageName the package of generated migrations; default {@code db.migration}
 * @param mode write, check or dry run; default {@link GenerateMode#WRITE}
 * @param allowDestructive whether destructive changes (and look-alike renames without a hint, as
 *     drop and add) are generated rather than refused
 * @param snapshot the snapshot file, read as the current schema when it is current and rewritten
 *     with each migration; null for the default of {@link #defaultSnapshotFile(Path)}
 * @param shadowUrl a server URL to make a temporary shadow database on and replay the migrations
 *     into ({@code sqlite::memory:} for a temporary SQLite file), or null
 * @param fromDbUrl a database the migrations were applied to, read as the current schema, or null
 * @param clock where the version (the current UTC time) comes from
 */
public record GenerateOptions(String message, Path outputDir, String packageName, GenerateMode mode,
    boolean allowDestructive, Path snapshot, String shadowUrl, String fromDbUrl, Clock clock) {

  /** The default output folder, relative to the project. */
  public static final Path DEFAULT_OUTPUT_DIR = Path.of("src", "main", "java", "db", "migration");

  /**
   * Checks and normalises the options.
   *
   * @throws StrataException {@link ErrorCode#USAGE} when both a shadow database and a live one
   *     are given: each is a whole source of the current schema
   */
  public GenerateOptions {
    Objects.requireNonNull(outputDir, "outputDir");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(clock, "clock");
    packageName = packageName == null || packageName.isBlank() ? MigrationSource.DEFAULT_PACKAGE : packageName;
    shadowUrl = shadowUrl == null || shadowUrl.isBlank() ? null : shadowUrl;
    fromDbUrl = fromDbUrl == null || fromDbUrl.isBlank() ? null : fromDbUrl;
    if (shadowUrl != null && fromDbUrl != null) {
      throw new StrataException(ErrorCode.USAGE, "a shadow database and a live database cannot both be the current "
          + "schema: give one of them");
    }
  }

  /** No message, the default folder and package, writing, nothing destructive, the system UTC clock. */
  public static GenerateOptions defaults() {
    return new GenerateOptions(null, DEFAULT_OUTPUT_DIR, MigrationSource.DEFAULT_PACKAGE, GenerateMode.WRITE, false,
        null, null, null, Clock.systemUTC());
  }

  /** The snapshot file: {@link #snapshot()}, or the {@link #defaultSnapshotFile default} for {@link #outputDir()}. */
  public Path snapshotFile() {
    return snapshot != null ? snapshot : defaultSnapshotFile(outputDir);
  }

  /**
   * Where the snapshot of the migrations in {@code migrationsDir} is kept unless told otherwise:
   * when the folder lies under a {@code src/main/java} folder, the resource
   * {@code src/main/resources/META-INF/strata/snapshot.json} beside it, which Maven and Gradle copy
   * into the class output before compiling, where the annotation processor reads it; else
   * {@code snapshot.json} in the migrations folder itself.
   */
  public static Path defaultSnapshotFile(Path migrationsDir) {
    Path dir = migrationsDir.normalize();
    for (int i = dir.getNameCount() - 3; i >= 0; i--) {
      if (dir.getName(i).toString().equals("src") && dir.getName(i + 1).toString().equals("main")
          && dir.getName(i + 2).toString().equals("java")) {
        Path main = dir.subpath(0, i + 2);
        if (dir.getRoot() != null) {
          main = dir.getRoot().resolve(main);
        }
        return main.resolve("resources").resolve(SnapshotCodec.RESOURCE_PATH);
      }
    }
    return dir.resolve(SchemaSnapshot.FILE_NAME);
  }

  /** These options with another message (null: made from the changes). */
  public GenerateOptions withMessage(String newMessage) {
    return new GenerateOptions(newMessage, outputDir, packageName, mode, allowDestructive, snapshot, shadowUrl,
        fromDbUrl, clock);
  }

  /** These options writing into {@code dir} (the folder of the migrations' package). */
  public GenerateOptions withOutputDir(Path dir) {
    return new GenerateOptions(message, dir, packageName, mode, allowDestructive, snapshot, shadowUrl, fromDbUrl,
        clock);
  }

  /** These options with another package (null or blank: {@code db.migration}). */
  public GenerateOptions withPackageName(String pkg) {
    return new GenerateOptions(message, outputDir, pkg, mode, allowDestructive, snapshot, shadowUrl, fromDbUrl,
        clock);
  }

  /** These options writing, checking or doing a dry run. */
  public GenerateOptions withMode(GenerateMode newMode) {
    return new GenerateOptions(message, outputDir, packageName, newMode, allowDestructive, snapshot, shadowUrl,
        fromDbUrl, clock);
  }

  /** These options allowing (or refusing) destructive changes. */
  public GenerateOptions withAllowDestructive(boolean allow) {
    return new GenerateOptions(message, outputDir, packageName, mode, allow, snapshot, shadowUrl, fromDbUrl, clock);
  }

  /** These options with the snapshot at {@code file} (null: {@link #defaultSnapshotFile(Path)} of the output folder). */
  public GenerateOptions withSnapshot(Path file) {
    return new GenerateOptions(message, outputDir, packageName, mode, allowDestructive, file, shadowUrl, fromDbUrl,
        clock);
  }

  /**
   * These options replaying into a shadow database on the server of {@code url} (null: none).
   *
   * @throws StrataException {@link ErrorCode#USAGE} when a live database is given too
   */
  public GenerateOptions withShadowUrl(String url) {
    return new GenerateOptions(message, outputDir, packageName, mode, allowDestructive, snapshot, url, fromDbUrl,
        clock);
  }

  /**
   * These options reading the current schema from the database at {@code url} (null: none).
   *
   * @throws StrataException {@link ErrorCode#USAGE} when a shadow database is given too
   */
  public GenerateOptions withFromDbUrl(String url) {
    return new GenerateOptions(message, outputDir, packageName, mode, allowDestructive, snapshot, shadowUrl, url,
        clock);
  }

  /** These options taking versions from {@code newClock}. */
  public GenerateOptions withClock(Clock newClock) {
    return new GenerateOptions(message, outputDir, packageName, mode, allowDestructive, snapshot, shadowUrl,
        fromDbUrl, newClock);
  }
}
