package dev.strata.cli;

import static dev.strata.ddl.Ddl.BIGINT;
import static dev.strata.ddl.Ddl.DATE;
import static dev.strata.ddl.Ddl.TIME;
import static dev.strata.ddl.Ddl.TIMESTAMP;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.raw;
import static dev.strata.ddl.Ddl.table;
import static dev.strata.ddl.Ddl.varchar;

import dev.strata.Database;
import dev.strata.Migration;
import dev.strata.MigrationContext;
import dev.strata.ddl.TableBuilder;

/**
 * Migrations for {@code generate --from-db} and {@code validate} on MySQL/MariaDB, public with
 * no-argument constructors so a migration index can name them.
 */
public final class FromDbMigrations {
  private FromDbMigrations() {}

  /** film, with the defaults and the ENUM MySQL/MariaDB print in their own way. */
  static TableBuilder film() {
    return table("film")
        .column(column("id", BIGINT).auto())
        .column(column("title", varchar(100)))
        .column(column("rating", raw("enum('G','PG','PG-13')")).defaultValue("'PG'"))
        .column(column("added", DATE).defaultValue("CURRENT_DATE"))
        .column(column("added_at", TIME).defaultValue("CURRENT_TIME"))
        .column(column("created", TIMESTAMP).defaultValue("CURRENT_TIMESTAMP"))
        .primaryKey("id");
  }

  /** Creates film. */
  public static final class CreateFilm implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.createTable(film());
    }
  }

  /** note, with a FULLTEXT index and ON UPDATE CURRENT_TIMESTAMP by SQL for MySQL. */
  public static final class CreateNote implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.createTable(table("note").column(column("id", BIGINT).auto()).column(column("body", varchar(200)))
          .column(column("changed", TIMESTAMP).defaultValue("CURRENT_TIMESTAMP")).primaryKey("id"));
      db.executeSql(Database.MYSQL, "ALTER TABLE note ADD FULLTEXT KEY ft_body (body)");
      db.executeSql(Database.MYSQL, "ALTER TABLE note MODIFY COLUMN changed datetime(6) NOT NULL"
          + " DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)");
    }
  }
}
