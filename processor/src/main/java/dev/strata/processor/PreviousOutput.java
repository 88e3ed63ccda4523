package dev.strata.processor;

import dev.strata.internal.manifest.ManifestCodec;
import dev.strata.internal.schema.index.MigrationIndex;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The manifest and migration index an earlier compilation left in the class output. An IDE or
 * Gradle may recompile only changed sources; their entries are replaced, the others kept while
 * their class still exists (and is still annotated), so the output describes all classes.
 *
 * <p>Read once, in the first round, before anything is written: some {@link Filer}s refuse to
 * create a file that was already opened in the same compilation, so the writer may fall back to
 * the file objects kept here.
 */
final class PreviousOutput {

  private final Loaded schema;
  private final Loaded migrations;
  private final SchemaDef schemaDef;
  private final List<MigrationIndex.Entry> entries;

  private record Loaded(FileObject file, String text) {}

  private PreviousOutput(Loaded schema, Loaded migrations, Reporter reporter) {
    this.schema = schema;
    this.migrations = migrations;
    SchemaDef parsedSchema = SchemaDef.EMPTY;
    if (schema.text() != null) {
      try {
        parsedSchema = ManifestCodec.read(schema.text());
      } catch (RuntimeException e) {
        reporter.warning(String.format(Messages.UNREADABLE_PREVIOUS, ManifestCodec.MANIFEST_PATH, e.getMessage()));
      }
    }
    List<MigrationIndex.Entry> parsedEntries = List.of();
    if (migrations.text() != null) {
      try {
        parsedEntries = MigrationIndex.read(migrations.text());
      } catch (RuntimeException e) {
        reporter.warning(String.format(Messages.UNREADABLE_PREVIOUS, MigrationIndex.PATH, e.getMessage()));
      }
    }
    this.schemaDef = parsedSchema;
    this.entries = parsedEntries;
  }

  static PreviousOutput read(Filer filer, Reporter reporter) {
    return new PreviousOutput(
        load(filer, ManifestCodec.MANIFEST_PATH), load(filer, MigrationIndex.PATH), reporter);
  }

  private static Loaded load(Filer filer, String path) {
    FileObject file;
    try {
      file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", path);
    } catch (IOException | RuntimeException e) {
      // Not there, or this Filer cannot read its output: a first, full compilation.
      return new Loaded(null, null);
    }
    try (InputStream in = file.openInputStream()) {
      return new Loaded(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return new Loaded(file, null);
    }
  }

  /** Whether a manifest was there: then a new one is written even when empty, to clear it. */
  boolean hadSchema() {
    return schema.text() != null;
  }

  boolean hadMigrations() {
    return migrations.text() != null;
  }

  FileObject schemaFile() {
    return schema.file();
  }

  FileObject migrationsFile() {
    return migrations.file();
  }

  /** Earlier tables whose model is not compiled now and still exists as a {@code @Model}. */
  List<TableDef> keptTables(Set<String> compiledNow, Elements elements) {
    return schemaDef.tables().stream()
        .filter(t -> t.sourceClass() != null && !compiledNow.contains(t.sourceClass()))
        .filter(t -> {
          TypeElement type = elements.getTypeElement(t.sourceClass());
          return type != null && ModelReader.isModel(type);
        })
        .toList();
  }

  /** Earlier migrations not compiled now whose class still exists with {@code @Migration}. */
  List<MigrationIndex.Entry> keptMigrations(Set<String> compiledNow, Elements elements) {
    return entries.stream()
        .filter(e -> !compiledNow.contains(e.className()))
        .filter(e -> {
          // The index holds binary names; getTypeElement wants canonical ones.
          TypeElement type = elements.getTypeElement(e.className().replace('$', '.'));
          return type != null && Mirrors.find(type, Mirrors.MIGRATION) != null;
        })
        .toList();
  }
}
