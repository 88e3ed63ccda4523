package dev.strata.generator.shadow;

import static dev.strata.ddl.Ddl.BIGINT;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.table;
import static dev.strata.ddl.Ddl.varchar;

import dev.strata.Migration;
import dev.strata.MigrationContext;

/**
 * Migrations for shadow database tests, public with no-argument constructors so a migration index
 * can name them.
 */
public final class ShadowMigrations {
  private ShadowMigrations() {}

  /** users (id, name). */
  public static final class CreateUsers implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.createTable(table("users").column(column("id", BIGINT).auto()).column(column("name", varchar(100)))
          .primaryKey("id"));
    }
  }

  /** users.legacy, by hand-written SQL the in-memory replay cannot see. */
  public static final class AddLegacyBySql implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.executeSql("ALTER TABLE users ADD COLUMN legacy TEXT");
    }
  }

  /** Drops users.legacy with a typed operation. */
  public static final class DropLegacy implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.dropColumn("users", "legacy");
    }
  }

  /** A table, then SQL that fails on every database. */
  public static final class Broken implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.createTable(table("other").column(column("id", BIGINT)).primaryKey("id"));
      db.executeSql("INSERT INTO no_such_table (id) VALUES (1)");
    }
  }
}
