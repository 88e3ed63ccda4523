package dev.strata;

import java.sql.Connection;
import java.sql.SQLException;

/** Code run inside a migration, on its connection and within its transaction where there is one. */
@FunctionalInterface
public interface DataMigration {
  /** Runs the step; do not commit, roll back or close the connection. */
  void run(Connection connection) throws SQLException;
}
