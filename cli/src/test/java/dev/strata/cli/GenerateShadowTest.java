package dev.strata.cli;

import dev.strata.fixtures.Defs;
import dev.strata.internal.schema.index.MigrationIndex;
import static dev.strata.ddl.Ddl.BIGINT;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.raw;
import static dev.strata.ddl.Ddl.table;
import static dev.strata.ddl.Ddl.varchar;
import static dev.strata.cli.ProjectBuild.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.internal.manifest.ManifestCodec;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.generator.shadow.ShadowMigrations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code strata generate --shadow}: raw SQL in migrations counts; without it, it does not. */
class GenerateShadowTest {
  @TempDir Path dir;
  /** Migrations: users by the DSL, then users.legacy by raw SQL. */
  private Path classes(String folder, SchemaDef manifest) throws Exception {
    Path classes = dir.resolve(folder);
    Files.createDirectories(classes.resolve("META-INF/strata"));
    String prefix = ShadowMigrations.class.getName() + "$";
    Files.writeString(classes.resolve(MigrationIndex.PATH),
        prefix + "CreateUsers\t20260101000000\tcreate users\n" + prefix + "AddLegacyBySql\t20260101000100\tlegacy column\n");
    Files.writeString(classes.resolve(ManifestCodec.MANIFEST_PATH), ManifestCodec.write(manifest));
    return classes;
  }

  private static SchemaDef users(boolean withLegacy) {
    var users = table("users").column(column("id", BIGINT).auto()).column(column("name", varchar(100)));
    if (withLegacy) {
      users = users.column(column("legacy", raw("text")).nullable());
    }
    return new SchemaDef(List.of(Defs.def(users.primaryKey("id"))));
  }

  @Test
  void checkPassesThroughTheShadowDatabaseAndFailsInMemory() throws Exception {
    String classes = classes("with-legacy", users(true)).toString();

    ProjectBuild.Result inMemory = run("generate", "--check", "--classes", classes);
    assertEquals(1, inMemory.code(), inMemory.out() + inMemory.err());
    assertTrue(inMemory.err().contains("The models and the migrations differ (1 change)"), inMemory.err());

    ProjectBuild.Result shadow = run("generate", "--check", "--shadow", "--classes", classes);
    assertEquals(0, shadow.code(), shadow.out() + shadow.err());
    assertTrue(shadow.out().contains("Replaying 2 migration(s) into a shadow database"), shadow.out());
    assertTrue(shadow.out().contains("No schema changes detected"), shadow.out());
  }

  @Test
  void theShadowDatabaseShowsAColumnOnlyRawSqlMadeToDrop() throws Exception {
    String classes = classes("without-legacy", users(false)).toString();

    ProjectBuild.Result shadow = run("generate", "--dry-run", "--allow-destructive", "--shadow", "--classes", classes,
        "--dir", dir.resolve("src").toString(), "-m", "drop legacy");
    assertEquals(0, shadow.code(), shadow.out() + shadow.err());
    assertTrue(shadow.out().contains("db.dropColumn(\"users\", \"legacy\");"), shadow.out());
    assertTrue(shadow.out().contains("ALTER TABLE \"users\" DROP COLUMN \"legacy\";"), shadow.out());
    assertTrue(Files.notExists(dir.resolve("src")), "a dry run writes nothing");

    ProjectBuild.Result inMemory = run("generate", "--check", "--classes", classes);
    assertEquals(0, inMemory.code(), inMemory.out() + inMemory.err());
  }

  @Test
  void fromDbFollowsTheDatabaseWhereATypedOperationWorksOnWhatRawSqlMade() throws Exception {
    Path classes = classes("from-db", users(false));
    String prefix = ShadowMigrations.class.getName() + "$";
    Files.writeString(classes.resolve(MigrationIndex.PATH), Files.readString(
        classes.resolve(MigrationIndex.PATH)) + prefix + "DropLegacy\t20260101000200\tdrop legacy\n");
    String url = "sqlite:" + dir.resolve("app.db");
    assertEquals(0, run("up", "--url", url, "--classes", classes.toString()).code());

    ProjectBuild.Result fromDb = run("generate", "--check", "--from-db", url, "--classes", classes.toString());

    assertEquals(0, fromDb.code(), fromDb.out() + fromDb.err());
    assertTrue(fromDb.out().contains("No schema changes detected"), fromDb.out());
  }
}
