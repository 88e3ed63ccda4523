package dev.strata.generator;

import dev.strata.generator.codegen.MigrationSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * What {@link Generator} is asked to do. Start from {@link #defaults()} and change what differs:
 * {@code GenerateOptions.defaults().withMessage("add user bio").withAllowDestructive(true)}.
 *
 * @param message what the migration does, in words: its description and class name; when null
 *     or blank, one is made from the changes ({@code "create users and posts"},
 *     {@code "update users"})
 * @param outputDir the folder of the migrations' package, created when missing; default
 *     {@code src/main/java/db/migration}
 * @param packageName the package of generated migrations; default {@code db.migration}
 * @param allowDestructive whether destructive changes are generated rather than refused
 * @param check whether to only check: nothing is written, and the result says whether the
 *     models and the migrations differ
 * @param dryRun whether to build the migration without writing it
 * @param clock where the version (the current UTC time) comes from
 */
public record GenerateOptions(String message, Path outputDir, String packageName, boolean allowDestructive,
    boolean check, boolean dryRun, Clock clock) {

  /** The default output folder, relative to the project. */
  public static final Path DEFAULT_OUTPUT_DIR = Path.of("src", "main", "java", "db", "migration");

  public GenerateOptions {
    Objects.requireNonNull(outputDir, "outputDir");
    Objects.requireNonNull(clock, "clock");
    packageName = packageName == null || packageName.isBlank() ? MigrationSource.DEFAULT_PACKAGE : packageName;
  }

  /** No message, the default folder and package, nothing allowed, the system UTC clock. */
  public static GenerateOptions defaults() {
    return new GenerateOptions(null, DEFAULT_OUTPUT_DIR, MigrationSource.DEFAULT_PACKAGE, false, false, false,
        Clock.systemUTC());
  }

  /** These options with another message (null: made from the changes). */
  public GenerateOptions withMessage(String newMessage) {
    return new GenerateOptions(newMessage, outputDir, packageName, allowDestructive, check, dryRun, clock);
  }

  /** These options writing into {@code dir} (the folder of the migrations' package). */
  public GenerateOptions withOutputDir(Path dir) {
    return new GenerateOptions(message, dir, packageName, allowDestructive, check, dryRun, clock);
  }

  /** These options with another package (null or blank: {@code db.migration}). */
  public GenerateOptions withPackageName(String pkg) {
    return new GenerateOptions(message, outputDir, pkg, allowDestructive, check, dryRun, clock);
  }

  /** These options allowing (or refusing) destructive changes. */
  public GenerateOptions withAllowDestructive(boolean allow) {
    return new GenerateOptions(message, outputDir, packageName, allow, check, dryRun, clock);
  }

  /** These options only checking, writing nothing. */
  public GenerateOptions withCheck(boolean onlyCheck) {
    return new GenerateOptions(message, outputDir, packageName, allowDestructive, onlyCheck, dryRun, clock);
  }

  /** These options building the migration without writing it. */
  public GenerateOptions withDryRun(boolean dry) {
    return new GenerateOptions(message, outputDir, packageName, allowDestructive, check, dry, clock);
  }

  /** These options taking versions from {@code newClock}. */
  public GenerateOptions withClock(Clock newClock) {
    return new GenerateOptions(message, outputDir, packageName, allowDestructive, check, dryRun, newClock);
  }
}
