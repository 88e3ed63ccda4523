package dev.strata.spring;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Boot's database initialization ordering that {@link StrataMigrationInitializer} beans
 * initialize the database, so beans that depend on database initialization are created after
 * them. Registered in {@code META-INF/spring.factories}, as Boot's own Flyway support does.
 */
final class StrataMigrationInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

  @Override
  protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
    return Set.of(StrataMigrationInitializer.class);
  }

  @Override
  public int getOrder() {
    return 1;
  }
}
