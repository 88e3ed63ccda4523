package dev.strata.internal.runner;

import static dev.strata.ddl.Ddl.BIGINT;
import static dev.strata.ddl.Ddl.BOOLEAN;
import static dev.strata.ddl.Ddl.DATE;
import static dev.strata.ddl.Ddl.DOUBLE;
import static dev.strata.ddl.Ddl.INTEGER;
import static dev.strata.ddl.Ddl.REAL;
import static dev.strata.ddl.Ddl.TIME;
import static dev.strata.ddl.Ddl.TIMESTAMP;
import static dev.strata.ddl.Ddl.TIMESTAMP_TZ;
import static dev.strata.ddl.Ddl.character;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.decimal;
import static dev.strata.ddl.Ddl.foreignKey;
import static dev.strata.ddl.Ddl.index;
import static dev.strata.ddl.Ddl.table;
import static dev.strata.ddl.Ddl.unique;
import static dev.strata.ddl.Ddl.varchar;

import dev.strata.Migration;
import dev.strata.MigrationContext;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.fixtures.TestDatabases.Kind;
import java.util.List;

/**
 * A small blog schema in three migrations, for drift tests, and the hand-made changes (per
 * database) that drift detection must report. The classes are public with no-argument
 * constructors so a migration index can name them.
 */
public final class DriftMigrations {
  private DriftMigrations() {}

  /** users, with a unique email. */
  public static final class V1 implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.createTable(table("users")
          .column(column("id", BIGINT).auto())
          .column(column("name", varchar(100)))
          .column(column("email", varchar(200)).nullable())
          .primaryKey("id")
          .index(unique("uq_users_email", "email")));
    }
  }

  /** posts, referencing users, with an index on the title. */
  public static final class V2 implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.createTable(table("posts")
          .column(column("id", BIGINT).auto())
          .column(column("user_id", BIGINT))
          .column(column("title", varchar(200)))
          .column(column("score", INTEGER).defaultValue("0"))
          .primaryKey("id")
          .index(index("idx_posts_title", "title"))
          .foreignKey(foreignKey("fk_posts_user", "user_id").references("users", "id")));
    }
  }

  /** tags. */
  public static final class V3 implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.createTable(table("tags")
          .column(column("id", INTEGER))
          .column(column("label", varchar(50)))
          .column(column("weight", INTEGER))
          .primaryKey("id"));
    }
  }

  /** Columns with the defaults models commonly declare, some written the short way. */
  public static final class CreateEvents implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.createTable(table("events")
          .column(column("id", INTEGER))
          .column(column("starts", TIMESTAMP).defaultValue("'2020-01-02'"))
          .column(column("opens", TIME).defaultValue("'10:11'"))
          .column(column("day", DATE).defaultValue("'2020-01-03'"))
          .column(column("created_at", TIMESTAMP).defaultValue("CURRENT_TIMESTAMP"))
          .column(column("seen_at", TIMESTAMP_TZ).defaultValue("CURRENT_TIMESTAMP"))
          .column(column("at", TIMESTAMP).defaultValue("'2020-01-02 03:04:05.5'"))
          .column(column("active", BOOLEAN).defaultValue("true"))
          .column(column("hidden", BOOLEAN).defaultValue("FALSE"))
          .column(column("price", decimal(10, 2)).defaultValue("0.5"))
          .column(column("delta", INTEGER).defaultValue("-3"))
          .column(column("ratio", DOUBLE).defaultValue("1.25"))
          .column(column("small", REAL).defaultValue("2"))
          .column(column("status", varchar(20)).defaultValue("'draft'"))
          .column(column("quote", varchar(20)).defaultValue("'it''s'"))
          .column(column("empty", varchar(20)).defaultValue("''"))
          .column(column("code", character(2)).defaultValue("'ab'"))
          .column(column("note", varchar(20)).nullable().defaultValue("NULL"))
          .primaryKey("id"));
    }
  }

  /** users.legacy, added by raw SQL. */
  public static final class V4RawSql implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.executeSql("ALTER TABLE users ADD COLUMN legacy VARCHAR(20)");
    }
  }

  /** The three migrations, versions 1 to 3. */
  public static List<ResolvedMigration> all() {
    return List.of(
        new ResolvedMigration("1", "create users", new V1()),
        new ResolvedMigration("2", "create posts", new V2()),
        new ResolvedMigration("3", "create tags", new V3()));
  }

  /** SQL that adds a column users.nickname behind Strata's back (the same everywhere). */
  public static final String ADD_COLUMN = "ALTER TABLE users ADD COLUMN nickname VARCHAR(50)";

  /** SQL that drops the index idx_posts_title. */
  public static String dropIndex(Kind kind) {
    return kind == Kind.MYSQL ? "DROP INDEX idx_posts_title ON posts" : "DROP INDEX idx_posts_title";
  }

  /**
   * SQL that makes tags.weight a floating point column and tags.label nullable (SQLite: by
   * rebuilding the table, as it cannot alter a column).
   */
  public static List<String> changeTags(Kind kind) {
    return switch (kind) {
      case POSTGRESQL -> List.of("ALTER TABLE tags ALTER COLUMN weight TYPE DOUBLE PRECISION",
          "ALTER TABLE tags ALTER COLUMN label DROP NOT NULL");
      case MYSQL -> List.of("ALTER TABLE tags MODIFY COLUMN weight DOUBLE NOT NULL",
          "ALTER TABLE tags MODIFY COLUMN label VARCHAR(50) NULL");
      case SQLITE -> List.of(
          "CREATE TABLE tags_new (id INTEGER NOT NULL, label TEXT, weight REAL NOT NULL, PRIMARY KEY (id))",
          "INSERT INTO tags_new SELECT id, label, weight FROM tags",
          "DROP TABLE tags",
          "ALTER TABLE tags_new RENAME TO tags");
    };
  }

  /** SQL that adds a table no migration knows. */
  public static final String ADD_TABLE = "CREATE TABLE audit_log (id INTEGER PRIMARY KEY, note VARCHAR(100))";

  /** SQL that drops the foreign key fk_posts_user (SQLite: rebuilding posts without it). */
  public static List<String> dropForeignKey(Kind kind) {
    return switch (kind) {
      case POSTGRESQL -> List.of("ALTER TABLE posts DROP CONSTRAINT fk_posts_user");
      case MYSQL -> List.of("ALTER TABLE posts DROP FOREIGN KEY fk_posts_user");
      case SQLITE -> List.of(
          "CREATE TABLE posts_new (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, user_id INTEGER NOT NULL,"
              + " title TEXT NOT NULL, score INTEGER NOT NULL DEFAULT 0)",
          "INSERT INTO posts_new SELECT id, user_id, title, score FROM posts",
          "DROP TABLE posts",
          "ALTER TABLE posts_new RENAME TO posts",
          "CREATE INDEX idx_posts_title ON posts (title)");
    };
  }

  /** SQL that adds an index no migration declares. */
  public static final String ADD_INDEX = "CREATE INDEX idx_users_name ON users (name)";
}
