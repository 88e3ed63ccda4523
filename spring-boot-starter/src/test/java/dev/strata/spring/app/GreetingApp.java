package dev.strata.spring.app;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import javax.sql.DataSource;

/**
 * An application whose beans read a migrated table: two while the context starts (through
 * {@link JdbcTemplate}, and through the bare {@link DataSource} with
 * {@link DependsOnDatabaseInitialization}), one after it (a {@link CommandLineRunner} through
 * {@link NamedParameterJdbcTemplate}). No component scan, so the test apps stay apart.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class GreetingApp {

  /** What the command line runner read. */
  public static final class RunnerReads {
    public final List<String> texts = new ArrayList<>();
  }

  @Bean
  Greetings greetings(JdbcTemplate jdbc) {
    return new Greetings(jdbc);
  }

  /** A bean on the bare DataSource, which waits for the migrations because it says so. */
  public record GreetingCount(long count) {}

  @Bean
  @DependsOnDatabaseInitialization
  GreetingCount greetingCount(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet row = s.executeQuery("SELECT COUNT(*) FROM greetings")) {
      row.next();
      return new GreetingCount(row.getLong(1));
    }
  }

  @Bean
  RunnerReads runnerReads() {
    return new RunnerReads();
  }

  @Bean
  CommandLineRunner readGreetings(NamedParameterJdbcTemplate jdbc, RunnerReads reads) {
    return args -> reads.texts.addAll(jdbc.getJdbcTemplate()
        .queryForList("SELECT text FROM greetings ORDER BY id", String.class));
  }
}
