package dev.strata.generator;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.internal.schema.index.MigrationIndex;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Enumeration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The guard that keeps {@code generate} from writing a migration twice: a migration source newer
 * than the compiled migration index has not been compiled yet, so the index (and the replay that
 * reads it) does not know it, and generating again would repeat its changes.
 */
public final class UncompiledMigrations {

  private UncompiledMigrations() {}

  /**
   * Refuses when a {@code .java} file in {@code dir} (or below it) is newer than every compiled
   * migration index that {@code loader} sees in a class folder, or when there are such files and
   * no index at all. An index that only comes from jars cannot be dated, so it is not checked.
   *
   * @throws StrataException {@link ErrorCode#USAGE} naming the newest uncompiled source and
   *     saying to compile first
   */
  public static void refuseIfAny(Path dir, ClassLoader loader) {
    Optional<Path> newestSource = newestSource(dir);
    if (newestSource.isEmpty()) {
      return;
    }
    IndexTime index = indexTime(loader);
    if (index.inJarsOnly()) {
      return;
    }
    FileTime sourceTime = modified(newestSource.get());
    if (index.time() == null || sourceTime.compareTo(index.time()) > 0) {
      throw new StrataException(ErrorCode.USAGE, "the migration " + newestSource.get() + " is newer than the "
          + "compiled migration index (" + MigrationIndex.PATH + "): compile first (mvn compile), then generate "
          + "again, so that no migration is written twice");
    }
  }

  private static Optional<Path> newestSource(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".java") && Files.isRegularFile(f))
          .max((a, b) -> modified(a).compareTo(modified(b)));
    } catch (IOException e) {
      throw new StrataException(ErrorCode.IO, "cannot list the migrations folder " + dir + ": " + e, e);
    }
  }

  /** The newest modification time of an index in a class folder; null when there is none. */
  private record IndexTime(FileTime time, boolean inJarsOnly) {}

  private static IndexTime indexTime(ClassLoader loader) {
    FileTime newest = null;
    boolean inJars = false;
    try {
      Enumeration<URL> urls = loader.getResources(MigrationIndex.PATH);
      while (urls.hasMoreElements()) {
        URL url = urls.nextElement();
        if (!"file".equals(url.getProtocol())) {
          inJars = true;
          continue;
        }
        FileTime time = modified(Path.of(url.toURI()));
        newest = newest == null || time.compareTo(newest) > 0 ? time : newest;
      }
    } catch (IOException | URISyntaxException e) {
      throw new StrataException(ErrorCode.IO, "cannot read the migration index: " + e, e);
    }
    return new IndexTime(newest, newest == null && inJars);
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new StrataException(ErrorCode.IO, "cannot read the modification time of " + file + ": " + e, e);
    }
  }
}
