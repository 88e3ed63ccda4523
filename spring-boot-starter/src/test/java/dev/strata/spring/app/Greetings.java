package dev.strata.spring.app;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the greetings table, which only a migration creates, while the context creates it. */
public final class Greetings {
  private final List<String> texts;

  public Greetings(JdbcTemplate jdbc) {
    this.texts = jdbc.queryForList("SELECT text || '/' || language FROM greetings ORDER BY id", String.class);
  }

  public List<String> texts() {
    return texts;
  }
}
