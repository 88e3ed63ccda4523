package dev.strata.internal.runner.indexed;

import static dev.strata.ddl.Ddl.BIGINT;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.table;

import dev.strata.Migration;
import dev.strata.MigrationContext;

/** Listed only in the index {@code StartupPathTest} writes. */
public class V20260101000100__create_beta implements Migration {
  @Override
  public void up(MigrationContext db) {
    db.createTable(table("beta").column(column("id", BIGINT)).primaryKey("id"));
  }

  @Override
  public void down(MigrationContext db) {
    db.dropTable("beta");
  }
}
