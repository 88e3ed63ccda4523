package dev.strata.generator;

import dev.strata.Migration;
import dev.strata.internal.loader.MigrationLoader;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.operation.OperationRecorder;
import dev.strata.internal.schema.index.MigrationIndex;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The migrations a class loader sees through the compiled migration index. Reading the index and
 * the digest loads no migration class; {@link #load()} loads them all.
 */
final class CompiledMigrations {
  private final ClassLoader loader;
  private final List<MigrationIndex.Entry> entries;
  /** SHA-256 of each class file read so far, by class name. */
  private final Map<String, String> classFileDigests = new HashMap<>();
  private List<ResolvedMigration> loaded;

  CompiledMigrations(ClassLoader loader) {
    this.loader = loader;
    this.entries = MigrationLoader.readIndex(loader).stream().distinct()
        .sorted(Comparator.comparing(MigrationIndex.Entry::className)).toList();
  }

  /** How many migrations the index lists. */
  int size() {
    return entries.size();
  }

  /** The indexed versions. */
  List<String> versions() {
    return entries.stream().map(MigrationIndex.Entry::version).distinct().toList();
  }

  /** Whether the index lists {@code className}. */
  boolean contains(String className) {
    return entries.stream().anyMatch(e -> e.className().equals(className));
  }

  /** Whether no two indexed classes share a version (loading would refuse them). */
  boolean versionsAreDistinct() {
    Set<String> seen = new HashSet<>();
    return entries.stream().allMatch(e -> seen.add(e.version()));
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

  /**
   * A digest of the compiled migrations other than {@code except} (null: all): SHA-256 over each
   * index entry and the bytes of its class file, in class name order, lowercase hex. A changed,
   * added or removed migration changes it, and so does recompiling a migration into other bytes.
   * Empty when a class file cannot be read (the index is stale; loading reports it).
   */
  Optional<String> digest(String except) {
    MessageDigest digest = sha256();
    for (MigrationIndex.Entry entry : entries) {
      if (entry.className().equals(except)) {
        continue;
      }
      Optional<String> classFile = classFileDigest(entry.className());
      if (classFile.isEmpty()) {
        return Optional.empty();
      }
      String line = entry.className() + "\t" + entry.version() + "\t" + entry.description() + "\t"
          + classFile.get() + "\n";
      digest.update(line.getBytes(StandardCharsets.UTF_8));
    }
    return Optional.of(HexFormat.of().formatHex(digest.digest()));
  }

  /**
   * The checksum of what {@code className}'s {@code up()} records, loading that one class; empty
   * when it cannot be loaded or recorded (loading all of them reports why).
   */
  Optional<String> checksum(String className) {
    try {
      Class<?> type = Class.forName(className, true, loader);
      Constructor<?> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      Migration migration = (Migration) constructor.newInstance();
      return Optional.of(OperationRecorder.checksum(OperationRecorder.up(migration)));
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      return Optional.empty();
    }
  }

  private Optional<String> classFileDigest(String className) {
    String known = classFileDigests.get(className);
    if (known != null) {
      return Optional.of(known);
    }
    try (InputStream in = loader.getResourceAsStream(className.replace('.', '/') + ".class")) {
      if (in == null) {
        return Optional.empty();
      }
      String digest = HexFormat.of().formatHex(sha256().digest(in.readAllBytes()));
      classFileDigests.put(className, digest);
      return Optional.of(digest);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
