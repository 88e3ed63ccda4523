package dev.strata.sample;

import dev.strata.MigrateResult;
import dev.strata.Migrator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.sqlite.SQLiteDataSource;

/**
 * A small blog on Strata: applies pending migrations at start-up, then writes and reads a few rows
 * over plain JDBC and prints the migration status.
 *
 * <p>The database is {@code jdbc:sqlite:sample.db} unless {@code --url URL} (a SQLite JDBC URL) says
 * otherwise. The data source is the driver's own, as an application's would be (a connection
 * pool such as HikariCP, or Spring's); Strata only needs a {@link DataSource}.
 */
public final class SampleApp {

  private SampleApp() {}

  /** Starts the app; {@code --url URL} chooses the database. */
  public static void main(String[] args) throws SQLException {
    String url = "jdbc:sqlite:sample.db";
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals("--url")) {
        url = args[i + 1];
      }
    }
    SQLiteDataSource sqlite = new SQLiteDataSource();
    sqlite.setUrl(url);
    DataSource dataSource = sqlite;
    System.out.println("Database: " + url);

    MigrateResult migrated = Migrator.applyPending(dataSource);
    System.out.println("Applied " + migrated.appliedCount() + " migration(s); schema at version "
        + migrated.currentVersion());

    try (Connection connection = dataSource.getConnection()) {
      long userId = upsertUser(connection, "Ada Lovelace", "ada", "ada@example.com");
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO posts (user_id, title, content, published) VALUES (?, ?, ?, ?)")) {
        insert.setLong(1, userId);
        insert.setString(2, "Notes on the Analytical Engine");
        insert.setString(3, "The engine weaves algebraic patterns.");
        insert.setBoolean(4, true);
        insert.executeUpdate();
      }
      try (Statement query = connection.createStatement();
          ResultSet rows = query.executeQuery(
              "SELECT u.username, COUNT(p.id) FROM users u LEFT JOIN posts p ON p.user_id = u.id "
                  + "GROUP BY u.username ORDER BY u.username")) {
        while (rows.next()) {
          System.out.println("User " + rows.getString(1) + " has " + rows.getLong(2) + " post(s)");
        }
      }
    }

    System.out.println();
    System.out.println(Migrator.configure().dataSource(dataSource).build().status());
  }

  private static long upsertUser(Connection connection, String name, String username, String email)
      throws SQLException {
    try (PreparedStatement find = connection.prepareStatement("SELECT id FROM users WHERE username = ?")) {
      find.setString(1, username);
      try (ResultSet row = find.executeQuery()) {
        if (row.next()) {
          return row.getLong(1);
        }
      }
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO users (name, username, email) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, name);
      insert.setString(2, username);
      insert.setString(3, email);
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }
}
