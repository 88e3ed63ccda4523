package db.migration;

import static dev.strata.ddl.Ddl.*;

import dev.strata.Migration;
import dev.strata.MigrationContext;

@dev.strata.annotations.Migration(version = "20260101000100", description = "add greeting language")
public final class V20260101000100__add_greeting_language implements Migration {
  @Override
  public void up(MigrationContext db) {
    db.addColumn("greetings", column("language", varchar(10)).nullable());
    db.executeSql("UPDATE greetings SET language = 'en'");
  }

  @Override
  public void down(MigrationContext db) {
    db.dropColumn("greetings", "language");
  }
}
