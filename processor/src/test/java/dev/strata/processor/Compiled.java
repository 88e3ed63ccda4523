package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.strata.internal.manifest.ManifestCodec;
import dev.strata.internal.schema.index.MigrationIndex;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles test sources with the processor and reads what it wrote. */
final class Compiled {

  private Compiled() {}

  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new StrataProcessor()).compile(sources);
  }

  /** Compiles sources that must compile cleanly, and returns the manifest. */
  static SchemaDef schemaOf(JavaFileObject... sources) {
    Compilation compilation = compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    return ManifestCodec.read(manifestText(compilation));
  }

  static String manifestText(Compilation compilation) {
    return generated(compilation, ManifestCodec.MANIFEST_PATH)
        .orElseThrow(() -> new AssertionError("no " + ManifestCodec.MANIFEST_PATH + " written"));
  }

  /**
   * Compiles sources that must compile cleanly, and returns the migration index without source
   * digests (the tests of digests read them themselves).
   */
  static List<MigrationIndex.Entry> migrationsOf(JavaFileObject... sources) {
    Compilation compilation = compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    String text = generated(compilation, MigrationIndex.PATH)
        .orElseThrow(() -> new AssertionError("no " + MigrationIndex.PATH + " written"));
    return MigrationIndex.read(text).stream().map(e -> e.withSourceDigest(null)).toList();
  }

  /**
   * The text of a file the processor wrote. compile-testing also lists a file the processor only
   * looked for (reading the previous output) and never wrote; that counts as not written.
   */
  static Optional<String> generated(Compilation compilation, String path) {
    Optional<JavaFileObject> file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(file.get().getCharContent(true).toString());
    } catch (FileNotFoundException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TableDef table(SchemaDef schema, String name) {
    return schema.table(name).orElseThrow(() -> new AssertionError(
        "no table " + name + " in " + schema.tables().stream().map(TableDef::name).toList()));
  }

  static ColumnDef column(TableDef table, String name) {
    return table.column(name).orElseThrow(() -> new AssertionError(
        "no column " + name + " in " + table.name() + ": " + table.columnNames()));
  }
}
