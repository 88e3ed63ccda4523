package dev.strata.processor;

import dev.strata.internal.schema.index.MigrationIndex;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.strata.processor.Compiled.compile;
import static dev.strata.processor.Compiled.generated;
import static dev.strata.processor.Compiled.migrationsOf;
import static dev.strata.processor.Sources.MIGRATION_API;
import static dev.strata.processor.Sources.java;
import static dev.strata.processor.Sources.migration;
import static dev.strata.processor.Sources.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.strata.internal.manifest.ManifestCodec;
import dev.strata.internal.schema.index.MigrationIndex.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The migration index. */
class MigrationIndexManifestTest {

  @Test
  void listsEveryMigrationSortedByClassName() {
    List<Entry> entries = migrationsOf(MIGRATION_API,
        migration("V20260102000000__add_email", "20260102000000", "add email"),
        migration("V20260101000000__create_users", "20260101000000", "create users"));

    assertEquals(List.of(
            new Entry("test.V20260101000000__create_users", "20260101000000", "create users"),
            new Entry("test.V20260102000000__add_email", "20260102000000", "add email")),
        entries);
  }

  @Test
  void nestedMigrationsAreListedByBinaryName() {
    List<Entry> entries = migrationsOf(MIGRATION_API, java("Migrations",
        "class Migrations {",
        "  @Migration(version = \"1.1\")",
        "  static class AddIndex implements dev.strata.Migration {",
        "    private AddIndex() {}",
        "    public void up(Object db) {}",
        "  }",
        "}"));

    assertEquals(List.of(new Entry("test.Migrations$AddIndex", "1.1", "")), entries);
  }

  @Test
  void indirectImplementationsCount() {
    List<Entry> entries = migrationsOf(MIGRATION_API,
        java("Base", "abstract class Base implements dev.strata.Migration {}"),
        java("V1__seed",
            "@Migration(version = \"1\", description = \"seed\")",
            "class V1__seed extends Base {",
            "  public void up(Object db) {}",
            "}"));

    assertEquals(List.of(new Entry("test.V1__seed", "1", "seed")), entries);
  }

  @Test
  void eachFileIsWrittenOnlyWhenItHasEntries() {
    Compilation modelsOnly = compile(model("User", "@Key long id;"));
    assertThat(modelsOnly).succeededWithoutWarnings();
    assertTrue(generated(modelsOnly, ManifestCodec.MANIFEST_PATH).isPresent());
    assertTrue(generated(modelsOnly, MigrationIndex.PATH).isEmpty());

    Compilation migrationsOnly = compile(MIGRATION_API, migration("V1__init", "1", "init"));
    assertThat(migrationsOnly).succeededWithoutWarnings();
    assertTrue(generated(migrationsOnly, ManifestCodec.MANIFEST_PATH).isEmpty());
    assertTrue(generated(migrationsOnly, MigrationIndex.PATH).orElseThrow()
        .matches("#digest\t[0-9a-f]{64}\ntest\\.V1__init\t1\tinit\t[0-9a-f]{64}\n"));
  }
}
