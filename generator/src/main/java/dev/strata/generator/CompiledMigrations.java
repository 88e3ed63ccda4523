package dev.strata.generator;

import dev.strata.internal.loader.MigrationLoader;
import dev.strata.internal.loader.ProjectDialects;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.schema.index.MigrationIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The migrations a class loader sees through the compiled migration index. Reading the index and
 * its digest loads no migration class; {@link #load()} loads them all.
 */
final class CompiledMigrations {
  private final ClassLoader loader;
  private final List<MigrationIndex.Entry> entries;
  private final List<String> dialects;
  private List<ResolvedMigration> loaded;

  CompiledMigrations(ClassLoader loader) {
    this.loader = loader;
    List<MigrationIndex.Entry> read = new ArrayList<>(new LinkedHashSet<>(MigrationLoader.readIndex(loader)));
    read.sort(Comparator.comparing(MigrationIndex.Entry::className));
    this.entries = List.copyOf(read);
    this.dialects = ProjectDialects.of(loader);
  }

  /** The project's target dialect names, as its index records them. */
  List<String> dialects() {
    return dialects;
  }

  /** How many migrations the index lists. */
  int size() {
    return entries.size();
  }

  /** The indexed entries, by class name. */
  List<MigrationIndex.Entry> entries() {
    return entries;
  }

  /** The indexed versions. */
  List<String> versions() {
    List<String> versions = new ArrayList<>(entries.size());
    for (MigrationIndex.Entry entry : entries) {
      versions.add(entry.version());
    }
    return versions;
  }

  /**
   * The index digest of the compiled entries ({@link MigrationIndex#digestOf}): the digest line the
   * processor wrote, when one index holds them all; null when an entry has no source digest (a
   * compiler without the Tree API, a hand-kept index) or there is no migration.
   */
  String indexDigest() {
    return MigrationIndex.digestOf(entries, dialects);
  }

  /**
   * The migrations, instantiated and sorted by version (loaded once).
   *
   * @throws dev.strata.StrataException as {@link MigrationLoader#load} does
   */
  List<ResolvedMigration> load() {
    if (loaded == null) {
      loaded = MigrationLoader.load(loader);
    }
    return loaded;
  }
}
