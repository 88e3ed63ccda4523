package dev.strata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renames on SQLite, end to end: a table and a column renamed with {@code @RenamedFrom} become
 * renameTable / renameColumn, and every row survives; without the hint generate refuses to guess.
 */
class RenameLoopTest {

  private static final String WRITER = """
      package blog;

      import dev.strata.annotations.*;

      @Model
      public record Writer(@Key @Auto long id, String fullName, int books) {}
      """;

  private static final String AUTHOR_HINTED = """
      package blog;

      import dev.strata.annotations.*;

      @Model
      @RenamedFrom("writers")
      public record Author(@Key @Auto long id, @RenamedFrom("full_name") String name, int books) {}
      """;

  private static final String WRITER_UNHINTED = """
      package blog;

      import dev.strata.annotations.*;

      @Model
      public record Writer(@Key @Auto long id, String name, int books) {}
      """;

  @TempDir Path dir;

  @Test
  void renamedTableAndColumnKeepEveryRow() throws Exception {
    UserProject project = new UserProject(dir);
    project.write("blog/Writer.java", WRITER);
    project.compile();
    String classes = project.classes.toString();
    String migrations = project.migrations.toString();
    Path file = dir.resolve("blog.db");
    String db = "sqlite:" + file;

    assertEquals(0, project.strata("generate", "--classes", classes, "--dir", migrations, "-m", "create writers").exitCode());
    project.compile();
    assertEquals(0, project.strata("up", "--url", db, "--classes", classes).exitCode());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      for (int i = 1; i <= 50; i++) {
        s.executeUpdate("INSERT INTO writers (full_name, books) VALUES ('Writer " + i + "', " + i + ")");
      }
    }

    project.delete("blog/Writer.java");
    project.write("blog/Author.java", AUTHOR_HINTED);
    Files.walk(project.classes.resolve("blog")).filter(p -> p.toString().endsWith(".class")).forEach(p -> p.toFile().delete());
    project.compile();
    UserProject.Run rename = project.strata("generate", "--classes", classes, "--dir", migrations, "-m", "rename writers to authors");
    assertEquals(0, rename.exitCode(), rename.toString());
    String source = Files.readString(project.migrationFiles().get(1));
    assertTrue(source.contains("db.renameTable(\"writers\", \"authors\");"), source);
    assertTrue(source.contains("db.renameColumn(\"authors\", \"full_name\", \"name\");"), source);
    assertFalse(source.contains("dropTable") || source.contains("dropColumn") || source.contains("addColumn"), source);
    project.compile();
    UserProject.Run up = project.strata("up", "--url", db, "--classes", classes);
    assertEquals(0, up.exitCode(), up.toString());

    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, name, books FROM authors ORDER BY id")) {
      while (rs.next()) {
        rows.add(rs.getLong(1) + ":" + rs.getString(2) + ":" + rs.getInt(3));
      }
    }
    assertEquals(50, rows.size());
    assertEquals("1:Writer 1:1", rows.get(0));
    assertEquals("50:Writer 50:50", rows.get(49));

    // the hints are stale now, and harmless
    UserProject.Run again = project.strata("generate", "--classes", classes, "--dir", migrations, "-m", "nothing");
    assertTrue(again.out().contains("No schema changes detected"), again.toString());
  }

  @Test
  void anUnhintedRenameIsRefusedWithTheHintToAdd() throws Exception {
    UserProject project = new UserProject(dir);
    project.write("blog/Writer.java", WRITER);
    project.compile();
    String classes = project.classes.toString();
    String migrations = project.migrations.toString();
    assertEquals(0, project.strata("generate", "--classes", classes, "--dir", migrations, "-m", "create writers").exitCode());
    project.compile();

    project.write("blog/Writer.java", WRITER_UNHINTED);
    project.compile();
    UserProject.Run refused = project.strata("generate", "--classes", classes, "--dir", migrations, "-m", "rename");
    assertEquals(1, refused.exitCode(), refused.toString());
    assertTrue(refused.err().contains("did you rename `full_name` to `name`?"), refused.toString());
    assertTrue(refused.err().contains("@RenamedFrom(\"full_name\")"), refused.toString());
    assertEquals(1, project.migrationFiles().size());
  }
}
