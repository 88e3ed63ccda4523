package dev.strata.spring.app;

import dev.strata.Migrator;
import javax.sql.DataSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** An application that defines its own {@link Migrator}. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class OwnMigratorApp {

  @Bean
  Migrator ownMigrator(DataSource dataSource) {
    return Migrator.configure().dataSource(dataSource).installedBy("own-migrator").build();
  }
}
