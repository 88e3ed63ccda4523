package dev.strata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.internal.operation.Operation;
import dev.strata.internal.operation.OperationRecorder;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ColumnType;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily loop of a Strata user on SQLite, end to end: annotate models, compile, generate a
 * migration, apply it, change a model, generate and apply again.
 */
class DailyLoopTest {

  private static final String USER_V1 = """
      package blog;

      import dev.strata.annotations.*;

      @Model
      public record User(@Key @Auto long id, String name, @Unique String username, @Unique String email) {}
      """;

  private static final String USER_V2 = """
      package blog;

      import dev.strata.annotations.*;
      import java.util.Optional;

      @Model
      public record User(@Key @Auto long id, String name, @Unique String username, @Unique String email,
          Optional<String> bio) {}
      """;

  private static final String POST = """
      package blog;

      import dev.strata.annotations.*;

      @Model
      public record Post(@Key @Auto long id, @References(User.class) long userId, String title,
          String content, boolean published) {}
      """;

  private static final String POST_WITHOUT_PUBLISHED = """
      package blog;

      import dev.strata.annotations.*;

      @Model
      public record Post(@Key @Auto long id, @References(User.class) long userId, String title,
          String content) {}
      """;

  private static final String ROLE = """
      package blog;

      import dev.strata.annotations.*;
      import java.util.Optional;

      @Model
      public record Role(@Key @Auto long id, @Unique String name, Optional<String> description) {}
      """;

  private static final String USER_ROLE = """
      package blog;

      import dev.strata.annotations.*;

      @Model
      public record UserRole(@Key @Auto long id, @References(User.class) long userId,
          @References(Role.class) long roleId) {}
      """;

  @TempDir Path dir;

  @Test
  void annotateGenerateApplyChangeAndApplyAgain() throws Exception {
    UserProject project = new UserProject(dir);
    project.write("blog/User.java", USER_V1);
    project.write("blog/Post.java", POST);
    project.write("blog/Role.java", ROLE);
    project.write("blog/UserRole.java", USER_ROLE);
    project.compile();
    String db = "sqlite:" + dir.resolve("blog.db");
    String classes = project.classes.toString();
    String migrations = project.migrations.toString();

    // v1: one migration creating the four tables, keys and unique indexes
    assertFalse(Files.exists(project.migrations), "the migrations folder does not exist yet");
    UserProject.Run first = project.strata("generate", "--classes", classes, "--dir", migrations, "--message", "create blog tables");
    assertEquals(0, first.exitCode(), first.toString());
    assertEquals(1, project.migrationFiles().size());
    project.compile();
    List<Operation> created = recordUp(project, 0);
    assertEquals(4, created.size(), created.toString());
    assertTrue(created.stream().allMatch(op -> op instanceof Operation.CreateTable), created.toString());

    UserProject.Run up = project.strata("up", "--url", db, "--classes", classes);
    assertEquals(0, up.exitCode(), up.toString());
    try (Connection c = open(dir.resolve("blog.db"))) {
      assertEquals(List.of("id", "name", "username", "email"), columns(c, "users"));
      assertEquals(List.of("id", "user_id", "title", "content", "published"), columns(c, "posts"));
      assertEquals(List.of("id", "name", "description"), columns(c, "roles"));
      assertEquals(List.of("id", "user_id", "role_id"), columns(c, "user_roles"));
      assertEquals(Map.of("uq_users_email", true, "uq_users_username", true), indexes(c, "users"));
      assertEquals(Map.of("uq_roles_name", true), indexes(c, "roles"));
      assertEquals(List.of("id"), primaryKey(c, "users"));
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO users (name, username, email) VALUES ('Ada', 'ada', 'ada@example.com')");
        s.executeUpdate("INSERT INTO posts (user_id, title, content, published) VALUES (1, 'Hello', 'First post', 1)");
      }
    }

    // add Optional<String> bio: exactly one nullable addColumn, dropped again by down()
    project.write("blog/User.java", USER_V2);
    project.compile();
    UserProject.Run second = project.strata("generate", "--classes", classes, "--dir", migrations, "--message", "add user bio");
    assertEquals(0, second.exitCode(), second.toString());
    assertEquals(2, project.migrationFiles().size());
    project.compile();
    assertEquals(List.of(new Operation.AddColumn("users", new ColumnDef("bio", ColumnType.varchar(255), true, null, false, null))),
        recordUp(project, 1));
    assertEquals(List.of(new Operation.DropColumn("users", "bio")), recordDown(project, 1));

    UserProject.Run upAgain = project.strata("up", "--url", db, "--classes", classes);
    assertEquals(0, upAgain.exitCode(), upAgain.toString());
    try (Connection c = open(dir.resolve("blog.db")); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT name, username, email, bio FROM users")) {
      assertEquals(List.of("id", "name", "username", "email", "bio"), columns(c, "users"));
      assertTrue(rows.next());
      assertEquals("Ada", rows.getString(1));
      assertEquals("ada@example.com", rows.getString(3));
      assertEquals(null, rows.getString(4));
      assertFalse(rows.next());
    }

    // nothing changed: no file, exit 0
    UserProject.Run none = project.strata("generate", "--classes", classes, "--dir", migrations, "--message", "nothing");
    assertEquals(0, none.exitCode(), none.toString());
    assertTrue(none.out().contains("No schema changes detected"), none.toString());
    assertEquals(2, project.migrationFiles().size());

    // applying on an up-to-date database applies nothing and changes nothing
    String before = dump(dir.resolve("blog.db"));
    UserProject.Run noop = project.strata("up", "--url", db, "--classes", classes);
    assertEquals(0, noop.exitCode(), noop.toString());
    assertTrue(noop.out().contains("up to date"), noop.toString());
    assertEquals(before, dump(dir.resolve("blog.db")));

    // removing a field is refused, naming the column, unless --allow-destructive
    project.write("blog/Post.java", POST_WITHOUT_PUBLISHED);
    project.compile();
    UserProject.Run refused = project.strata("generate", "--classes", classes, "--dir", migrations, "--message", "drop published");
    assertEquals(1, refused.exitCode(), refused.toString());
    assertTrue(refused.err().contains("posts.published"), refused.toString());
    assertEquals(2, project.migrationFiles().size());
    UserProject.Run allowed = project.strata("generate", "--classes", classes, "--dir", migrations, "--message", "drop published",
        "--allow-destructive");
    assertEquals(0, allowed.exitCode(), allowed.toString());
    assertEquals(3, project.migrationFiles().size());
    assertTrue(Files.readString(project.migrationFiles().get(2)).contains("db.dropColumn(\"posts\", \"published\")"));
  }

  @Test
  void aMissingManifestSaysTheProcessorDidNotRun() throws Exception {
    UserProject project = new UserProject(dir);
    UserProject.Run run = project.strata("generate", "--classes", project.classes.toString(), "--dir", project.migrations.toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("annotation processor did not run") && run.err().contains("annotationProcessorPaths"), run.toString());
    assertFalse(Files.exists(project.migrations));
  }

  @Test
  void aStaleMigrationIndexSaysToRebuild() throws Exception {
    UserProject project = new UserProject(dir);
    Path index = project.classes.resolve("META-INF/strata/migrations");
    Files.createDirectories(index.getParent());
    Files.writeString(index, "db.migration.V20260101000000__gone\t20260101000000\tgone\n");
    UserProject.Run run = project.strata("up", "--url", "sqlite:" + dir.resolve("x.db"), "--classes", project.classes.toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("V20260101000000__gone") && run.err().contains("rebuild"), run.toString());
  }

  @Test
  void aDatabaseThatCannotBeOpenedIsNamed() throws Exception {
    UserProject project = new UserProject(dir);
    String url = "sqlite:" + dir.resolve("no/such/folder/x.db");
    UserProject.Run run = project.strata("status", "--url", url, "--classes", project.classes.toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains(url), run.toString());
    assertFalse(Files.exists(dir.resolve("no")));
  }

  private static List<Operation> recordUp(UserProject project, int index) throws Exception {
    return OperationRecorder.up(load(project, index));
  }

  private static List<Operation> recordDown(UserProject project, int index) throws Exception {
    return OperationRecorder.down(load(project, index));
  }

  private static dev.strata.Migration load(UserProject project, int index) throws Exception {
    String simpleName = project.migrationFiles().get(index).getFileName().toString().replace(".java", "");
    URLClassLoader loader = new URLClassLoader(new URL[] {project.classes.toUri().toURL()}, DailyLoopTest.class.getClassLoader());
    Object instance = loader.loadClass("db.migration." + simpleName).getDeclaredConstructor().newInstance();
    return (dev.strata.Migration) instance;
  }

  private static Connection open(Path file) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + file);
  }

  private static List<String> columns(Connection c, String table) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
      while (rs.next()) {
        names.add(rs.getString("name"));
      }
    }
    return names;
  }

  private static List<String> primaryKey(Connection c, String table) throws SQLException {
    Map<Integer, String> key = new TreeMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
      while (rs.next()) {
        if (rs.getInt("pk") > 0) {
          key.put(rs.getInt("pk"), rs.getString("name"));
        }
      }
    }
    return List.copyOf(key.values());
  }

  /** Index name → unique, for indexes Strata created (not SQLite's automatic ones). */
  private static Map<String, Boolean> indexes(Connection c, String table) throws SQLException {
    Map<String, Boolean> found = new TreeMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA index_list(" + table + ")")) {
      while (rs.next()) {
        if (!rs.getString("name").startsWith("sqlite_autoindex")) {
          found.put(rs.getString("name"), rs.getInt("unique") == 1);
        }
      }
    }
    return found;
  }

  /** Every schema object's SQL and every history row: what "changes nothing" compares. */
  private static String dump(Path file) throws SQLException, IOException {
    StringBuilder out = new StringBuilder();
    try (Connection c = open(file); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")) {
        while (rs.next()) {
          out.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getString(3)).append('\n');
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT * FROM strata_schema_history ORDER BY version")) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int i = 1; i <= n; i++) {
            out.append(rs.getString(i)).append('|');
          }
          out.append('\n');
        }
      }
    }
    return out.toString();
  }
}
