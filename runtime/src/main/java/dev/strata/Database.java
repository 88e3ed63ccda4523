package dev.strata;

/** The databases Strata supports, as named in {@link MigrationContext#executeSql(Database, String)}. */
public enum Database {
  SQLITE,
  POSTGRESQL,
  /** MySQL; SQL given for MYSQL also runs on MariaDB. */
  MYSQL,
  /** MariaDB only. */
  MARIADB;

  /** The database's name as its vendor writes it: {@code SQLite}, {@code PostgreSQL}, {@code MySQL}, {@code MariaDB}. */
  public String displayName() {
    return switch (this) {
      case SQLITE -> "SQLite";
      case POSTGRESQL -> "PostgreSQL";
      case MYSQL -> "MySQL";
      case MARIADB -> "MariaDB";
    };
  }

  /** Whether SQL given for {@code target} runs on this database. */
  public boolean accepts(Database target) {
    return this == target || (this == MARIADB && target == MYSQL);
  }
}
