package dev.strata.testing.bank.migration;

import static dev.strata.ddl.Ddl.*;

import dev.strata.Migration;
import dev.strata.MigrationContext;
import dev.strata.annotations.ReferentialAction;

@dev.strata.annotations.Migration(version = "20260301000000", description = "create accounts")
public final class V20260301000000__create_accounts implements Migration {
  @Override
  public void up(MigrationContext db) {
    db.createTable(table("accounts")
        .column(column("id", BIGINT).auto())
        .column(column("full_name", varchar(255)))
        .primaryKey("id"));
    db.createTable(table("transfers")
        .column(column("id", BIGINT).auto())
        .column(column("account_id", BIGINT))
        .column(column("amount_cents", BIGINT))
        .primaryKey("id")
        .foreignKey(foreignKey("fk_transfers_account_id", "account_id")
            .references("accounts", "id")
            .onDelete(ReferentialAction.CASCADE)));
  }

  @Override
  public void down(MigrationContext db) {
    db.dropTable("transfers");
    db.dropTable("accounts");
  }
}
