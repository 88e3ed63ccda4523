package dev.strata.internal.loader;

import static dev.strata.ddl.Ddl.BIGINT;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ErrorCode;
import dev.strata.Migration;
import dev.strata.MigrationContext;
import dev.strata.StrataException;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationLoaderTest {

  public static final class First implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.createTable(table("a").column(column("id", BIGINT)).primaryKey("id"));
    }
  }

  public static final class Second implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.dropTable("a");
    }
  }

  public static final class NotAMigration {}

  @TempDir Path dir;

  private ClassLoader loaderWithIndex(String index) throws IOException {
    Path file = dir.resolve("META-INF/strata/migrations");
    Files.createDirectories(file.getParent());
    Files.writeString(file, index);
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
  }

  @Test
  void loadsIndexedMigrationsInVersionOrder() throws IOException {
    String prefix = MigrationLoaderTest.class.getName() + "$";
    List<ResolvedMigration> migrations = MigrationLoader.load(loaderWithIndex(
        prefix + "Second\t10\tdrop a\n" + prefix + "First\t9\tcreate a\n"));
    assertEquals(List.of("9", "10"), migrations.stream().map(ResolvedMigration::version).toList());
    assertEquals("create a", migrations.get(0).description());
    assertEquals(64, migrations.get(0).checksum().length());
    assertEquals(migrations.get(0).checksum(), new ResolvedMigration("9", "", new First()).checksum());
    assertTrue(!migrations.get(0).checksum().equals(migrations.get(1).checksum()));
  }

  @Test
  void aStaleIndexSaysToRebuild() throws IOException {
    ClassLoader loader = loaderWithIndex("db.migration.V1__gone\t1\tgone\n");
    StrataException e = assertThrows(StrataException.class, () -> MigrationLoader.load(loader));
    assertEquals(ErrorCode.MIGRATION_NOT_LOADABLE, e.code());
    assertTrue(e.getMessage().contains("db.migration.V1__gone") && e.getMessage().contains("rebuild"), e.getMessage());
  }

  @Test
  void aClassThatIsNotAMigrationIsNamed() throws IOException {
    ClassLoader loader = loaderWithIndex(NotAMigration.class.getName() + "\t1\tx\n");
    StrataException e = assertThrows(StrataException.class, () -> MigrationLoader.load(loader));
    assertTrue(e.getMessage().contains("does not implement dev.strata.Migration"), e.getMessage());
  }

  @Test
  void duplicateVersionsAreRefused() throws IOException {
    String prefix = MigrationLoaderTest.class.getName() + "$";
    ClassLoader loader = loaderWithIndex(prefix + "First\t1\ta\n" + prefix + "Second\t1\tb\n");
    StrataException e = assertThrows(StrataException.class, () -> MigrationLoader.load(loader));
    assertEquals(ErrorCode.BAD_VERSION, e.code());
  }
}
