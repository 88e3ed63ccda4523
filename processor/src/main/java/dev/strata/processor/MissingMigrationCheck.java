package dev.strata.processor;

import dev.strata.internal.manifest.SnapshotCodec;
import dev.strata.internal.manifest.SnapshotDrift;
import dev.strata.internal.schema.index.MigrationIndex;
import dev.strata.internal.schema.model.SchemaDef;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Whether to compare the models with the snapshot {@code generate} wrote, and with which snapshot.
 * The snapshot is trusted only when the index digest it records equals the digest of the migration
 * index this compilation writes: its schema is then exactly what the compiled migrations produce,
 * and a difference from the models is a migration nobody has generated yet
 * ({@link MissingMigrations}; the diff comes from {@code strata-generator} on the processor path).
 * A stale snapshot (a migration added or edited since), an index
 * without digests (no Tree API) or no snapshot at all give no diagnostic, and then nothing of the
 * diff is loaded.
 *
 * <p>Options: {@value #SNAPSHOT_OPTION} (a file path, relative to the compiler's working folder;
 * default: {@code META-INF/strata/snapshot.json} in the class output, where the build copies the
 * resource) and {@value #MODE_OPTION} ({@code warning}, the default; {@code error}; {@code off}).
 */
final class MissingMigrationCheck {

  /** The processor option naming the snapshot file. */
  static final String SNAPSHOT_OPTION = "strata.snapshot";
  /** The processor option saying how a missing migration is reported. */
  static final String MODE_OPTION = "strata.missingMigration";

  static final String BAD_MODE = "-A" + MODE_OPTION + "=%s is not a known value; use warning (the default),"
      + " error or off";
  static final String UNREADABLE_SNAPSHOT = "cannot read the snapshot %s given with -A" + SNAPSHOT_OPTION
      + ": %s; give the path of META-INF/strata/snapshot.json (src/main/resources by default), or leave the"
      + " option out";

  private MissingMigrationCheck() {}

  /**
   * Reports every difference between the models and a trusted snapshot.
   *
   * @param env the processing environment (options, filer, messager)
   * @param reporter reports a bad option as an error
   * @param indexEntries the entries of the migration index this compilation writes
   * @param dialects the target dialect names that index records
   * @param desired the schema of the manifest this compilation writes, with rename hints; built only
   *     when the snapshot is trusted
   * @param models the models compiled now, by class name, for the elements to report on
   */
  static void run(ProcessingEnvironment env, Reporter reporter, List<MigrationIndex.Entry> indexEntries,
      List<String> dialects, Supplier<SchemaDef> desired, Map<String, ModelSpec> models) {
    String value = env.getOptions().getOrDefault(MODE_OPTION, "warning");
    Diagnostic.Kind kind = switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "warning", "warn", "" -> Diagnostic.Kind.WARNING;
      case "error" -> Diagnostic.Kind.ERROR;
      case "off", "none" -> null;
      default -> {
        reporter.error(String.format(BAD_MODE, value));
        yield null;
      }
    };
    if (kind == null) {
      return;
    }
    String digest = MigrationIndex.digestOf(indexEntries, dialects);
    if (digest == null) {
      return;
    }
    String snapshot = snapshotText(env, reporter);
    if (snapshot == null || !digest.equals(SnapshotCodec.readIndexDigest(snapshot))) {
      return;
    }
    Optional<SnapshotDrift> drift = MissingMigrations.drift();
    if (drift.isEmpty()) {
      return;
    }
    MissingMigrations.report(env, kind, drift.get(), SnapshotCodec.read(snapshot).schema(), desired.get(), models);
  }

  private static String snapshotText(ProcessingEnvironment env, Reporter reporter) {
    String given = env.getOptions().get(SNAPSHOT_OPTION);
    if (given != null && !given.isBlank()) {
      Path file = Path.of(given.strip());
      try {
        return Files.readString(file, StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        // not written yet: the first generate writes it
        return null;
      } catch (IOException e) {
        reporter.error(String.format(UNREADABLE_SNAPSHOT, file.toAbsolutePath(), e));
        return null;
      }
    }
    try {
      FileObject file = env.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", SnapshotCodec.RESOURCE_PATH);
      return file.getCharContent(true).toString();
    } catch (FileNotFoundException | NoSuchFileException e) {
      return null;
    } catch (IOException | IllegalArgumentException e) {
      // a class output that cannot be read from (some build tools): no snapshot to compare with
      return null;
    }
  }
}
