package dev.strata.internal.runner;

import dev.strata.fixtures.InMemoryCompiler;
import dev.strata.internal.schema.index.MigrationIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A project's migrations compiled with Strata's processor into a class output of their own, as a
 * build would: the class files and the migration index the processor writes. Each build goes to a
 * new folder, and {@link #loader()} is a new class loader over the newest, as a new process would
 * see it.
 */
final class IndexedProject {
  private final Path root;
  private final Map<String, String> sources = new TreeMap<>();
  private int builds;
  private Path classes;

  IndexedProject(Path root) {
    this.root = root;
  }

  /** The class name of the migration of {@code version}. */
  static String className(String version) {
    return "db.migration.V" + version + "__create_t" + version;
  }

  /** Adds (or replaces) a migration creating table {@code t<version>} with the given columns. */
  IndexedProject createTable(String version, String... columns) {
    StringBuilder up = new StringBuilder("db.createTable(table(\"t" + version + "\").column(column(\"id\", BIGINT))");
    for (String column : columns) {
      up.append(".column(column(\"").append(column).append("\", BIGINT).nullable())");
    }
    up.append(".primaryKey(\"id\"));");
    return migration(version, up.toString(), "db.dropTable(\"t" + version + "\");");
  }

  /** Adds (or replaces) a migration with these bodies of {@code up()} and {@code down()}. */
  IndexedProject migration(String version, String up, String down) {
    String simple = "V" + version + "__create_t" + version;
    sources.put(version, "package db.migration;\n\n"
        + "import static dev.strata.ddl.Ddl.*;\n\n"
        + "import dev.strata.MigrationContext;\n"
        + "import dev.strata.annotations.Migration;\n\n"
        + "@Migration(version = \"" + version + "\", description = \"create t" + version + "\")\n"
        + "public final class " + simple + " implements dev.strata.Migration {\n"
        + "  @Override\n"
        + "  public void up(MigrationContext db) {\n"
        + "    " + up + "\n"
        + "  }\n\n"
        + "  @Override\n"
        + "  public void down(MigrationContext db) {\n"
        + "    " + down + "\n"
        + "  }\n"
        + "}\n");
    return this;
  }

  /** Compiles every migration into a new class output; returns it. */
  Path build() {
    builds++;
    classes = root.resolve("build" + builds);
    try {
      Files.createDirectories(classes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<InMemoryCompiler.Source> units = new ArrayList<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      units.add(new InMemoryCompiler.Source(className(source.getKey()), source.getValue()));
    }
    InMemoryCompiler.compileWithProcessorTo(classes, units);
    return classes;
  }

  /** The index the last build wrote. */
  Path index() {
    return classes.resolve(MigrationIndex.PATH);
  }

  /** Rewrites the last build's index without its digest line and source digests (as ECJ would write it). */
  void stripDigests() throws IOException {
    List<MigrationIndex.Entry> plain = new ArrayList<>();
    for (MigrationIndex.Entry entry : MigrationIndex.read(Files.readString(index()))) {
      plain.add(new MigrationIndex.Entry(entry.className(), entry.version(), entry.description()));
    }
    Files.writeString(index(), MigrationIndex.write(plain));
  }

  /**
   * Rewrites the last build's index as a build with {@code -Astrata.dialects=<dialects>} writes
   * it: a dialects line, the digest over it.
   */
  void restrictTo(String... dialects) throws IOException {
    Files.writeString(index(), MigrationIndex.write(MigrationIndex.read(Files.readString(index())), List.of(dialects)));
  }

  /** A new class loader over the last build, the test class path as its parent. */
  ProjectLoader loader() {
    try {
      return new ProjectLoader(new URL[] {classes.toUri().toURL()});
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A class loader that remembers which of the project's classes it defined. */
  static final class ProjectLoader extends URLClassLoader {
    final Set<String> defined = ConcurrentHashMap.newKeySet();

    ProjectLoader(URL[] urls) {
      super(urls, IndexedProject.class.getClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      Class<?> type = super.findClass(name);
      defined.add(name);
      return type;
    }
  }
}
