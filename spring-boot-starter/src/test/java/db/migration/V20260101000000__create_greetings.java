package db.migration;

import static dev.strata.ddl.Ddl.*;

import dev.strata.Migration;
import dev.strata.MigrationContext;

@dev.strata.annotations.Migration(version = "20260101000000", description = "create greetings")
public final class V20260101000000__create_greetings implements Migration {
  @Override
  public void up(MigrationContext db) {
    db.createTable(table("greetings")
        .column(column("id", BIGINT).auto())
        .column(column("text", varchar(100)))
        .primaryKey("id"));
    db.executeSql("INSERT INTO greetings (text) VALUES ('hello')");
  }

  @Override
  public void down(MigrationContext db) {
    db.dropTable("greetings");
  }
}
