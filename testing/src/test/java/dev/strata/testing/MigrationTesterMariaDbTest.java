package dev.strata.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link MigrationTester} on MariaDB (through the MySQL driver): a database per test. */
@StrataTest(url = Servers.MARIADB_PLACEHOLDER)
class MigrationTesterMariaDbTest extends MigrationTesterContract {
  private static final Pattern DATABASE = Pattern.compile("^jdbc:(?:mysql|mariadb)://[^/]+/([^?]+)");

  @Override
  boolean exists(String jdbcUrl) throws Exception {
    Matcher m = DATABASE.matcher(jdbcUrl);
    if (!m.find()) {
      throw new AssertionError("no database in " + jdbcUrl);
    }
    try (Connection admin = Servers.admin(Servers.MARIADB);
        PreparedStatement query = admin.prepareStatement(
            "SELECT 1 FROM information_schema.schemata WHERE schema_name = ?")) {
      query.setString(1, m.group(1));
      try (ResultSet row = query.executeQuery()) {
        return row.next();
      }
    }
  }
}
