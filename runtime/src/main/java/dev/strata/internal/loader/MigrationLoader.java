package dev.strata.internal.loader;

import dev.strata.ErrorCode;
import dev.strata.Migration;
import dev.strata.StrataException;
import dev.strata.internal.schema.index.MigrationIndex;
import dev.strata.internal.schema.naming.Versions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds migrations through the compiled migration index ({@code META-INF/strata/migrations}, every
 * copy on the class path), never by scanning, and instantiates them in version order.
 */
public final class MigrationLoader {

  private MigrationLoader() {}

  /**
   * The indexed migrations visible to {@code loader}, sorted by version.
   *
   * @throws StrataException {@link ErrorCode#MIGRATION_NOT_LOADABLE} when an indexed class is
   *     missing, not a {@link Migration} or cannot be instantiated (the build is stale: rebuild);
   *     {@link ErrorCode#BAD_VERSION} when two migrations share a version
   */
  public static List<ResolvedMigration> load(ClassLoader loader) {
    List<MigrationIndex.Entry> entries = readIndex(loader);
    List<ResolvedMigration> migrations = new ArrayList<>(entries.size());
    Map<String, String> byVersion = new HashMap<>();
    for (MigrationIndex.Entry entry : entries) {
      String previous = byVersion.put(entry.version(), entry.className());
      if (previous != null && !previous.equals(entry.className())) {
        throw new StrataException(ErrorCode.BAD_VERSION, "migrations " + previous + " and "
            + entry.className() + " both have version " + entry.version() + "; give one of them a new version");
      }
      if (previous == null) {
        migrations.add(new ResolvedMigration(entry.version(), entry.description(), instantiate(loader, entry)));
      }
    }
    migrations.sort((a, b) -> Versions.compare(a.version(), b.version()));
    return migrations;
  }

  /** The index entries on the class path, in resource order. */
  public static List<MigrationIndex.Entry> readIndex(ClassLoader loader) {
    List<MigrationIndex.Entry> entries = new ArrayList<>();
    try {
      Enumeration<URL> urls = loader.getResources(MigrationIndex.PATH);
      while (urls.hasMoreElements()) {
        URL url = urls.nextElement();
        try (InputStream in = url.openStream()) {
          entries.addAll(MigrationIndex.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
          throw new StrataException(ErrorCode.MIGRATION_NOT_LOADABLE, url + ": " + e.getMessage()
              + "; rebuild the project so the annotation processor rewrites it");
        }
      }
    } catch (IOException e) {
      throw new StrataException(ErrorCode.IO, "cannot read the migration index: " + e.getMessage(), e);
    }
    return entries;
  }

  /**
   * The class path's index key, from the first line of each copy of the index alone: with one copy
   * its index digest; with several, the SHA-256 (lowercase hex) of their digests sorted and joined
   * by {@code \n}, the one case that makes a {@code MessageDigest}. Null, so that the full path runs,
   * when there is no index, a copy has no digest line (its compiler offered no Tree API) or
   * reading fails (the full path then reports it).
   *
   * <p>This is the no-op start-up path: no lambda, stream, formatter or string concatenation.
   */
  public static String indexKey(ClassLoader loader) {
    try {
      Enumeration<URL> urls = loader.getResources(MigrationIndex.PATH);
      List<String> digests = new ArrayList<>(2);
      while (urls.hasMoreElements()) {
        String digest;
        try (InputStream in = urls.nextElement().openStream()) {
          digest = MigrationIndex.readDigest(in);
        }
        if (digest == null) {
          return null;
        }
        digests.add(digest);
      }
      return combine(digests);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * As {@link #indexKey}, but null unless each copy's digest line is the digest of the entries
   * that follow it, so that a hand-edited index is never taken as up to date. For the full path,
   * which stores the key.
   *
   * @throws StrataException {@link ErrorCode#IO} when the index cannot be read
   */
  public static String verifiedIndexKey(ClassLoader loader) {
    try {
      Enumeration<URL> urls = loader.getResources(MigrationIndex.PATH);
      List<String> digests = new ArrayList<>(2);
      while (urls.hasMoreElements()) {
        URL url = urls.nextElement();
        byte[] bytes;
        try (InputStream in = url.openStream()) {
          bytes = in.readAllBytes();
        }
        String digest = MigrationIndex.readDigest(new ByteArrayInputStream(bytes));
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<MigrationIndex.Entry> entries;
        List<String> dialects;
        try {
          entries = MigrationIndex.read(text);
          dialects = MigrationIndex.readDialects(text);
          if (digest == null || !digest.equals(MigrationIndex.digestOf(entries, dialects))) {
            return null;
          }
        } catch (IllegalArgumentException e) {
          return null;
        }
        digests.add(digest);
      }
      return combine(digests);
    } catch (IOException e) {
      throw new StrataException(ErrorCode.IO, "cannot read the migration index: " + e.getMessage(), e);
    }
  }

  private static String combine(List<String> digests) {
    if (digests.isEmpty()) {
      return null;
    }
    if (digests.size() == 1) {
      return digests.get(0);
    }
    Collections.sort(digests);
    StringBuilder joined = new StringBuilder(digests.size() * 65);
    for (int i = 0; i < digests.size(); i++) {
      if (i > 0) {
        joined.append('\n');
      }
      joined.append(digests.get(i));
    }
    return MigrationIndex.sha256(joined.toString());
  }

  private static Migration instantiate(ClassLoader loader, MigrationIndex.Entry entry) {
    String name = "migration " + entry.version() + " (" + entry.className() + ")";
    Class<?> type;
    try {
      type = Class.forName(entry.className(), true, loader);
    } catch (ExceptionInInitializerError e) {
      throw new StrataException(ErrorCode.MIGRATION_NOT_LOADABLE, name + " cannot be loaded: its static"
          + " initializer threw " + e.getCause() + "; fix the class (a migration needs no static state)", e);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new StrataException(ErrorCode.MIGRATION_NOT_LOADABLE, name + " is listed in the migration index but"
          + " cannot be loaded (" + e + "); the build is stale: rebuild the project (mvn clean compile)", e);
    }
    if (!Migration.class.isAssignableFrom(type)) {
      throw new StrataException(ErrorCode.MIGRATION_NOT_LOADABLE, name
          + " does not implement dev.strata.Migration; implement it, or remove @Migration");
    }
    try {
      Constructor<?> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      return (Migration) constructor.newInstance();
    } catch (InvocationTargetException e) {
      throw new StrataException(ErrorCode.MIGRATION_NOT_LOADABLE, name + " cannot be instantiated: its constructor"
          + " threw " + e.getCause() + "; fix the constructor (a migration needs no state)", e.getCause());
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new StrataException(ErrorCode.MIGRATION_NOT_LOADABLE, name
          + " cannot be instantiated (" + e + "); give it a public no-argument constructor", e);
    }
  }
}
