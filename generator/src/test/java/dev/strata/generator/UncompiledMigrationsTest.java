package dev.strata.generator;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.internal.schema.index.MigrationIndex;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UncompiledMigrationsTest {
  @TempDir Path dir;

  private ClassLoader over(Path... entries) throws IOException {
    URL[] urls = new URL[entries.length];
    for (int i = 0; i < entries.length; i++) {
      urls[i] = entries[i].toUri().toURL();
    }
    return new URLClassLoader(urls, null);
  }

  private Path source(String name, long millis) throws IOException {
    Path file = dir.resolve("src/db/migration").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "// a migration");
    Files.setLastModifiedTime(file, FileTime.fromMillis(millis));
    return file;
  }

  private Path index(long millis) throws IOException {
    Path index = dir.resolve("classes").resolve(MigrationIndex.PATH);
    Files.createDirectories(index.getParent());
    Files.writeString(index, "");
    Files.setLastModifiedTime(index, FileTime.fromMillis(millis));
    return dir.resolve("classes");
  }

  @Test
  void aSourceNewerThanTheIndexIsRefusedNamingIt() throws IOException {
    Path classes = index(1_000_000);
    source("V1__a.java", 900_000);
    source("V2__b.java", 2_000_000);
    StrataException e = assertThrows(StrataException.class,
        () -> UncompiledMigrations.refuseIfAny(dir.resolve("src/db/migration"), over(classes)));
    assertEquals(ErrorCode.USAGE, e.code());
    assertTrue(e.getMessage().contains("V2__b.java is newer than the compiled migration index"), e.getMessage());
    assertTrue(e.getMessage().contains("compile first"), e.getMessage());
  }

  @Test
  void compiledSourcesPass() throws IOException {
    Path classes = index(3_000_000);
    source("V1__a.java", 900_000);
    source("schema.json", 4_000_000);
    assertDoesNotThrow(() -> UncompiledMigrations.refuseIfAny(dir.resolve("src/db/migration"), over(classes)));
  }

  @Test
  void sourcesWithoutAnyIndexWereNeverCompiled() throws IOException {
    source("V1__a.java", 900_000);
    Files.createDirectories(dir.resolve("empty"));
    StrataException e = assertThrows(StrataException.class,
        () -> UncompiledMigrations.refuseIfAny(dir.resolve("src/db/migration"), over(dir.resolve("empty"))));
    assertTrue(e.getMessage().contains("compile first"), e.getMessage());
  }

  @Test
  void noFolderOrAnIndexOnlyInJarsIsNotChecked() throws IOException {
    assertDoesNotThrow(() -> UncompiledMigrations.refuseIfAny(dir.resolve("none"), over()));
    Path jar = dir.resolve("migrations.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry(MigrationIndex.PATH));
      out.closeEntry();
    }
    source("V1__a.java", System.currentTimeMillis() + 60_000);
    assertDoesNotThrow(() -> UncompiledMigrations.refuseIfAny(dir.resolve("src/db/migration"), over(jar)));
  }
}
