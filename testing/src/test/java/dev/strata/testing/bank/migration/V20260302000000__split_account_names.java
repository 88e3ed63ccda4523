package dev.strata.testing.bank.migration;

import static dev.strata.ddl.Ddl.*;

import dev.strata.Migration;
import dev.strata.MigrationContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/** Moves data: full_name becomes first_name and last_name, split at the first space. */
@dev.strata.annotations.Migration(version = "20260302000000", description = "split account names")
public final class V20260302000000__split_account_names implements Migration {
  @Override
  public void up(MigrationContext db) {
    db.addColumn("accounts", column("first_name", varchar(255)).nullable());
    db.addColumn("accounts", column("last_name", varchar(255)).nullable());
    db.run(connection -> {
      try (Statement read = connection.createStatement();
          ResultSet rows = read.executeQuery("SELECT id, full_name FROM accounts");
          PreparedStatement write = connection.prepareStatement(
              "UPDATE accounts SET first_name = ?, last_name = ? WHERE id = ?")) {
        while (rows.next()) {
          String full = rows.getString(2);
          int space = full.indexOf(' ');
          write.setString(1, space < 0 ? full : full.substring(0, space));
          write.setString(2, space < 0 ? "" : full.substring(space + 1));
          write.setLong(3, rows.getLong(1));
          write.executeUpdate();
        }
      }
    });
    db.alterColumn("accounts", column("first_name", varchar(255)));
    db.alterColumn("accounts", column("last_name", varchar(255)));
    db.dropColumn("accounts", "full_name");
  }

  @Override
  public void down(MigrationContext db) {
    db.addColumn("accounts", column("full_name", varchar(255)).nullable());
    db.run(connection -> {
      try (Statement read = connection.createStatement();
          ResultSet rows = read.executeQuery("SELECT id, first_name, last_name FROM accounts");
          PreparedStatement write = connection.prepareStatement("UPDATE accounts SET full_name = ? WHERE id = ?")) {
        while (rows.next()) {
          String last = rows.getString(3);
          write.setString(1, last.isEmpty() ? rows.getString(2) : rows.getString(2) + " " + last);
          write.setLong(2, rows.getLong(1));
          write.executeUpdate();
        }
      }
    });
    db.alterColumn("accounts", column("full_name", varchar(255)));
    db.dropColumn("accounts", "first_name");
    db.dropColumn("accounts", "last_name");
  }
}
