package dev.strata.processor;

import static dev.strata.processor.Compiled.compile;
import static dev.strata.processor.ErrorAssertions.assertError;
import static dev.strata.processor.Sources.MIGRATION_API;
import static dev.strata.processor.Sources.java;
import static dev.strata.processor.Sources.migration;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per error of a {@code @Migration} class. */
class MigrationErrorTest {

  @Test
  void twoMigrationsWithTheSameVersion() {
    JavaFileObject first = migration("V1__create", "1", "create");
    JavaFileObject second = migration("V1__again", "1", "again");
    Compilation compilation = compile(MIGRATION_API, first, second);

    assertError(compilation, first, "@Migration", Messages.DUPLICATE_VERSION, "1", "test.V1__create", "test.V1__again");
    assertError(compilation, second, "@Migration", Messages.DUPLICATE_VERSION, "1", "test.V1__again", "test.V1__create");
  }

  @Test
  void versionsThatOrderAsEqualAreDuplicates() {
    JavaFileObject first = migration("First", "1.0", "");
    JavaFileObject second = migration("Second", "1", "");

    assertError(compile(MIGRATION_API, first, second), second, "@Migration", Messages.DUPLICATE_VERSION,
        "1", "test.Second", "test.First");
  }

  @Test
  void notAMigration() {
    JavaFileObject source = java("V1__create",
        "@Migration(version = \"1\")",
        "class V1__create {}");

    assertError(compile(MIGRATION_API, source), source, "@Migration", Messages.MIGRATION_NOT_MIGRATION,
        "test.V1__create");
  }

  @Test
  void abstractMigration() {
    JavaFileObject source = java("V1__create",
        "@Migration(version = \"1\")",
        "abstract class V1__create implements dev.strata.Migration {}");

    assertError(compile(MIGRATION_API, source), source, "@Migration", Messages.MIGRATION_NOT_CONCRETE,
        "test.V1__create");
  }

  @Test
  void migrationWithoutNoArgumentConstructor() {
    JavaFileObject source = java("V1__create",
        "@Migration(version = \"1\")",
        "class V1__create implements dev.strata.Migration {",
        "  V1__create(String name) {}",
        "  public void up(Object db) {}",
        "}");

    assertError(compile(MIGRATION_API, source), source, "@Migration", Messages.MIGRATION_NO_CONSTRUCTOR,
        "test.V1__create");
  }

  @Test
  void innerClassMigrationNeedsAnEnclosingInstance() {
    JavaFileObject source = java("Holder",
        "class Holder {",
        "  @Migration(version = \"1\")",
        "  class V1__create implements dev.strata.Migration {",
        "    public void up(Object db) {}",
        "  }",
        "}");

    assertError(compile(MIGRATION_API, source), source, "@Migration", Messages.MIGRATION_NO_CONSTRUCTOR,
        "test.Holder$V1__create");
  }

  @Test
  void emptyVersion() {
    JavaFileObject source = migration("V1__create", " ", "create");

    assertError(compile(MIGRATION_API, source), source, "@Migration", Messages.VERSION_EMPTY, "test.V1__create");
  }

  @Test
  void versionWithWhitespace() {
    JavaFileObject source = migration("V1__create", "1 2", "create");

    assertError(compile(MIGRATION_API, source), source, "@Migration", Messages.VERSION_WHITESPACE,
        "test.V1__create", "1 2");
  }
}
