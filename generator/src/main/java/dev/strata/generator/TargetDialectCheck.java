package dev.strata.generator;

import dev.strata.Database;
import dev.strata.internal.jdbc.DatabaseUrls;
import dev.strata.internal.loader.ProjectDialects;
import java.util.List;
import java.util.Locale;

/**
 * Refuses a database URL whose database the project left out of its target dialects
 * ({@code -Astrata.dialects}, recorded in the migration index), from the URL alone, so nothing is
 * created or read on it.
 */
final class TargetDialectCheck {

  private TargetDialectCheck() {}

  /**
   * @param targets the project's dialect names ({@link ProjectDialects#of})
   * @param url the database URL in any form the command line accepts
   * @param what what would have run there, for the message
   * @throws dev.strata.StrataException {@link dev.strata.ErrorCode#UNSUPPORTED_DATABASE} when the
   *     project does not target that database
   */
  static void require(List<String> targets, String url, String what) {
    String jdbc = DatabaseUrls.toJdbc(url).toLowerCase(Locale.ROOT);
    Database database;
    if (jdbc.startsWith("jdbc:sqlite:")) {
      database = Database.SQLITE;
    } else if (jdbc.startsWith("jdbc:postgresql:")) {
      database = Database.POSTGRESQL;
    } else if (jdbc.startsWith("jdbc:mariadb:")) {
      database = Database.MARIADB;
    } else if (jdbc.startsWith("jdbc:mysql:")) {
      database = Database.MYSQL;
    } else {
      return; // not a database Strata knows: the shadow database or the connection says so
    }
    ProjectDialects.require(database, targets, what);
  }
}
