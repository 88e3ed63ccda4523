package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.strata.internal.manifest.ManifestCodec;
import dev.strata.internal.schema.index.MigrationIndex;
import dev.strata.internal.schema.model.SchemaDef;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A source folder and a class output folder on disk, compiled with the system javac the way an
 * IDE or Gradle does an incremental build: only the sources named, against the class output
 * (on the class path) that earlier compilations filled. Sources are in package {@code test}.
 */
final class BuildDirectory {

  /** What one javac run reported. */
  record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics) {

    List<String> messages(Diagnostic.Kind kind) {
      return diagnostics.stream()
          .filter(d -> d.getKind() == kind)
          .map(d -> d.getMessage(Locale.ROOT))
          .toList();
    }
  }

  private final Path sources;
  private final Path classes;

  BuildDirectory(Path root) {
    this.sources = root.resolve("src");
    this.classes = root.resolve("classes");
    try {
      Files.createDirectories(sources.resolve(Sources.PACKAGE));
      Files.createDirectories(classes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes (or overwrites) the source of {@code test.<simpleName>}: the imports, then the lines. */
  BuildDirectory source(String simpleName, String... lines) {
    write(sourceFile(simpleName), Sources.text(lines));
    return this;
  }

  /** A {@code @Model} class with the given field lines, like {@link Sources#model}. */
  BuildDirectory model(String simpleName, String... fieldLines) {
    return source(simpleName, Sources.modelLines(simpleName, fieldLines));
  }

  /** A migration class, like {@link Sources#migration}. */
  BuildDirectory migration(String simpleName, String version, String description) {
    return source(simpleName, Sources.migrationLines(simpleName, version, description));
  }

  /** Deletes the source and the class files of {@code test.<simpleName>}, as a build tool would. */
  BuildDirectory delete(String simpleName) {
    try {
      Files.deleteIfExists(sourceFile(simpleName));
      try (Stream<Path> files = Files.list(classes.resolve(Sources.PACKAGE))) {
        for (Path file : files.toList()) {
          String name = file.getFileName().toString();
          if (name.equals(simpleName + ".class") || name.startsWith(simpleName + "$")) {
            Files.delete(file);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Compiles only the named sources of package {@code test} (and dev.strata.Migration's stand-in). */
  Result compile(String... simpleNames) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<Path> paths = new ArrayList<>();
      for (String name : simpleNames) {
        paths.add(name.contains(".") ? sources.resolve(name.replace('.', '/') + ".java") : sourceFile(name));
      }
      List<String> options = List.of(
          "-d", classes.toString(),
          "-classpath", classes + File.pathSeparator + System.getProperty("java.class.path"),
          "-processor", StrataProcessor.class.getName(),
          "-implicit:none");
      boolean success = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(paths))
          .call();
      return new Result(success, diagnostics.getDiagnostics());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the stand-in for the runtime's {@code dev.strata.Migration}; compile it as "dev.strata.Migration". */
  BuildDirectory migrationApi() {
    write(sources.resolve("dev/strata/Migration.java"), Sources.content(Sources.MIGRATION_API));
    return this;
  }

  Path manifestFile() {
    return classes.resolve(ManifestCodec.MANIFEST_PATH);
  }

  Path indexFile() {
    return classes.resolve(MigrationIndex.PATH);
  }

  String manifestText() {
    return read(manifestFile());
  }

  SchemaDef schema() {
    return ManifestCodec.read(manifestText());
  }

  String indexText() {
    return read(indexFile());
  }

  /** The migration index entries, with their source digests. */
  List<MigrationIndex.Entry> entries() {
    return MigrationIndex.read(indexText());
  }

  /** The migration index entries, without source digests. */
  List<MigrationIndex.Entry> migrations() {
    return MigrationIndex.read(read(indexFile())).stream().map(e -> e.withSourceDigest(null)).toList();
  }

  private Path sourceFile(String simpleName) {
    return sources.resolve(Sources.PACKAGE).resolve(simpleName + ".java");
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    assertNotNull(file);
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
