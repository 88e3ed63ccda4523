package dev.strata.cli;

import static dev.strata.ddl.Ddl.BIGINT;
import static dev.strata.ddl.Ddl.TIMESTAMP;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.table;
import static dev.strata.ddl.Ddl.varchar;
import static dev.strata.cli.ProjectBuild.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.fixtures.Defs;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import dev.strata.internal.manifest.ManifestCodec;
import dev.strata.internal.schema.index.MigrationIndex;
import dev.strata.internal.schema.model.SchemaDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate --check --from-db} and {@code validate} on MariaDB right after {@code up}: no
 * change and no drift (ENUM values, CURRENT_DATE and CURRENT_TIME read as written), and what
 * Strata does not model (a FULLTEXT index, ON UPDATE) named in the output of both.
 */
class FromDbTest {
  @TempDir Path dir;
  @Test
  void noChangeAndNoDriftRightAfterUpAndWhatIsNotModelledIsNamed() throws Exception {
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes.resolve("META-INF/strata"));
    String prefix = FromDbMigrations.class.getName() + "$";
    Files.writeString(classes.resolve(MigrationIndex.PATH),
        prefix + "CreateFilm\t20260101000000\tcreate film\n" + prefix + "CreateNote\t20260101000100\tcreate note\n");
    SchemaDef models = new SchemaDef(List.of(Defs.def(FromDbMigrations.film()),
        Defs.def(table("note").column(column("id", BIGINT).auto()).column(column("body", varchar(200)))
            .column(column("changed", TIMESTAMP).defaultValue("CURRENT_TIMESTAMP")).primaryKey("id"))));
    Files.writeString(classes.resolve(ManifestCodec.MANIFEST_PATH), ManifestCodec.write(models));

    try (TestDatabase db = TestDatabases.open(Kind.MYSQL)) {
      String url = db.url();
      ProjectBuild.Result up = run("up", "--url", url, "--classes", classes.toString());
      assertEquals(0, up.code(), up.out() + up.err());
      db.execute("INSERT INTO film (title, rating) VALUES ('Academy Dinosaur', 'PG-13')", "INSERT INTO note (body)"
          + " VALUES ('first')");

      ProjectBuild.Result check = run("generate", "--check", "--from-db", url, "--classes", classes.toString());
      assertEquals(0, check.code(), check.out() + check.err());
      assertTrue(check.out().contains("No schema changes detected"), check.out());
      String on = db.connection().getMetaData().getDatabaseProductVersion().toLowerCase().contains("mariadb")
          ? "MariaDB" : "MySQL";
      assertTrue(check.out().contains("The database holds 3 things Strata does not model exactly; they are not"
          + " compared with the models:\n"
          + "  applies on " + on + " only: film.rating enum('G','PG','PG-13')\n"
          + "  carried verbatim on " + on + " only: note.changed, column ON UPDATE current_timestamp(6)\n"
          + "  carried verbatim on " + on + " only: note.ft_body, FULLTEXT index (`body`)\n"), check.out());

      ProjectBuild.Result validate = run("validate", "--url", url, "--classes", classes.toString());
      assertEquals(0, validate.code(), validate.out() + validate.err());
      assertTrue(validate.out().contains("no drift"), validate.out());
      assertFalse(validate.out().contains("drift not checked for table film"), "film is checked: " + validate.out());
      assertTrue(validate.out().contains("Note: drift not checked for what Strata does not model: carried verbatim on "
          + on + " only: note.ft_body, FULLTEXT index (`body`)."), validate.out());
    }
  }
}
