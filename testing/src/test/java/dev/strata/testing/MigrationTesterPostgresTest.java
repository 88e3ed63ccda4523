package dev.strata.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** {@link MigrationTester} on PostgreSQL: a schema per test. */
@StrataTest(url = Servers.POSTGRES_PLACEHOLDER)
class MigrationTesterPostgresTest extends MigrationTesterContract {

  @Override
  boolean exists(String jdbcUrl) throws Exception {
    String schema = jdbcUrl.substring(jdbcUrl.indexOf("currentSchema=") + "currentSchema=".length());
    try (Connection admin = Servers.admin(Servers.POSTGRES);
        PreparedStatement query = admin.prepareStatement(
            "SELECT 1 FROM information_schema.schemata WHERE schema_name = ?")) {
      query.setString(1, schema);
      try (ResultSet row = query.executeQuery()) {
        return row.next();
      }
    }
  }
}
