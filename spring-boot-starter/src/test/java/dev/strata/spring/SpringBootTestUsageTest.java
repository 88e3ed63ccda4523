package dev.strata.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.MigrationState;
import dev.strata.Migrator;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import dev.strata.spring.app.GreetingApp;
import dev.strata.spring.app.Greetings;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The starter as an application's own {@code @SpringBootTest} sees it. */
@SpringBootTest(classes = GreetingApp.class, properties = "spring.main.banner-mode=off")
@DirtiesContext
class SpringBootTestUsageTest {
  private static TestDatabase db;

  @Autowired
  private Greetings greetings;

  @Autowired
  private Migrator migrator;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    db = TestDatabases.open(Kind.SQLITE);
    registry.add("spring.datasource.url", db::url);
  }

  @AfterAll
  static void drop() throws Exception {
    db.close();
  }

  @Test
  void theContextSeesTheMigratedSchema() {
    assertEquals(List.of("hello/en"), greetings.texts());
    assertEquals(2, migrator.status().inState(MigrationState.APPLIED).size());
    assertEquals(0, migrator.status().pending().size());
  }
}
