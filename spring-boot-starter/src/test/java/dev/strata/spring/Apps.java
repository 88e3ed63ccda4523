package dev.strata.spring;

import dev.strata.StrataException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

/** Starts the test applications as {@code SpringApplication.run} does, and reads what they left. */
final class Apps {

  private Apps() {}

  /** Starts {@code app} with {@code properties} ({@code key=value}), finding migrations on the test class path. */
  static ConfigurableApplicationContext start(Class<?> app, String... properties) {
    return start(app, null, properties);
  }

  /** Starts {@code app}, finding migrations through {@code loader} (null: the test class path). */
  static ConfigurableApplicationContext start(Class<?> app, ClassLoader loader, String... properties) {
    SpringApplicationBuilder builder = new SpringApplicationBuilder(app)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .properties(properties);
    if (loader != null) {
      builder.resourceLoader(new DefaultResourceLoader(loader));
    }
    return builder.run();
  }

  /** The {@link StrataException} among the causes of {@code failure}. */
  static StrataException strataCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof StrataException e) {
        return e;
      }
    }
    throw new AssertionError("no StrataException among the causes of " + failure, failure);
  }

  /** The versions in the history table, in order; empty when there is no history table. */
  static List<String> history(Connection connection) throws SQLException {
    List<String> versions = new ArrayList<>();
    if (!hasTable(connection, "strata_schema_history")) {
      return versions;
    }
    try (Statement s = connection.createStatement();
        ResultSet rows = s.executeQuery("SELECT version FROM strata_schema_history ORDER BY version")) {
      while (rows.next()) {
        versions.add(rows.getString(1));
      }
    }
    return versions;
  }

  /** Whether the current schema has {@code table}. */
  static boolean hasTable(Connection connection, String table) throws SQLException {
    String schema = connection.getSchema();
    try (ResultSet tables = connection.getMetaData().getTables(null, schema, table, null)) {
      return tables.next();
    }
  }
}
