package dev.strata.bench;

import java.nio.file.Path;
import java.sql.Connection;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * Child process: Liquibase's {@code update} on one changelog, as an application runs it at
 * start-up. Arguments: JDBC URL, the folder holding {@code changelog.sql}. The parent checks the
 * rows of {@code DATABASECHANGELOG} afterwards.
 */
public final class LiquibaseMain {
  static final String CHANGELOG = "changelog.sql";

  private LiquibaseMain() {}

  public static void main(String[] args) throws Exception {
    try (Connection connection = ChildConnections.connect(args[0])) {
      Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
      try (Liquibase liquibase = new Liquibase(CHANGELOG, new DirectoryResourceAccessor(Path.of(args[1])), database)) {
        liquibase.update(new Contexts(), new LabelExpression());
      }
    }
  }
}
