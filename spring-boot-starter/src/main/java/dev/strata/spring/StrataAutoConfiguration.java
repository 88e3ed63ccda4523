package dev.strata.spring;

import dev.strata.ErrorCode;
import dev.strata.Migrator;
import dev.strata.StrataException;
import dev.strata.internal.jdbc.DatabaseUrls;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Applies pending Strata migrations while a Spring Boot application starts.
 *
 * <p>Active when the context has a {@code DataSource} bean or {@code strata.url} is set, unless
 * {@code strata.enabled=false}. Defines a {@link Migrator} (unless the application defines one)
 * over the migration data source, and a {@link StrataMigrationInitializer} that runs
 * {@code migrate()} when it is created. Through Boot's database initialization ordering
 * ({@link DatabaseInitializationDependencyConfigurer}), beans that use the database are created
 * after it, as with Boot's Flyway support. Migrations are found through the application's class
 * loader ({@code META-INF/strata/migrations}); a failure stops the start with the
 * {@link StrataException} as the cause.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@Conditional(StrataAutoConfiguration.MigrationDataSourceCondition.class)
@ConditionalOnBooleanProperty(name = "strata.enabled", matchIfMissing = true)
@EnableConfigurationProperties(StrataProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class StrataAutoConfiguration {

  /** Used by Spring. */
  public StrataAutoConfiguration() {}

  /**
   * The migrator: over {@code strata.url} when set, else over the application's data source (as
   * {@code strata.user} when set), with {@code strata.out-of-order} and {@code strata.lock-timeout}.
   *
   * @throws StrataException {@link ErrorCode#USAGE} when no single data source can be chosen, or
   *     for a {@code strata.url} of no accepted form or a lock timeout that is not positive
   */
  @Bean
  @ConditionalOnMissingBean
  public Migrator strataMigrator(StrataProperties properties, ObjectProvider<DataSource> dataSource,
      ResourceLoader resourceLoader) {
    ClassLoader classLoader = resourceLoader.getClassLoader();
    Migrator.Builder builder = Migrator.configure()
        .dataSource(migrationDataSource(properties, dataSource, classLoader))
        .outOfOrder(properties.isOutOfOrder());
    if (classLoader != null) {
      builder.classLoader(classLoader);
    }
    if (properties.getLockTimeout() != null) {
      builder.lockTimeout(properties.getLockTimeout());
    }
    return builder.build();
  }

  /** Migrates (and, with {@code strata.validate-on-start}, validates) when created. */
  @Bean
  @ConditionalOnMissingBean
  public StrataMigrationInitializer strataMigrationInitializer(Migrator migrator, StrataProperties properties) {
    return new StrataMigrationInitializer(migrator, properties.isValidateOnStart());
  }

  private static DataSource migrationDataSource(StrataProperties properties, ObjectProvider<DataSource> dataSource,
      ClassLoader classLoader) {
    if (hasText(properties.getUrl())) {
      DataSourceBuilder<?> builder = DataSourceBuilder.create(classLoader).type(SimpleDriverDataSource.class)
          .url(DatabaseUrls.toJdbc(properties.getUrl()));
      return credentials(builder, properties).build();
    }
    DataSource application = dataSource.getIfUnique();
    if (application == null) {
      throw new StrataException(ErrorCode.USAGE, "Strata cannot tell which DataSource to migrate: the context has "
          + "several and none is @Primary. Mark one @Primary, set strata.url, or define a Migrator bean");
    }
    if (hasText(properties.getUser())) {
      DataSourceBuilder<?> builder = DataSourceBuilder.derivedFrom(application).type(SimpleDriverDataSource.class);
      return credentials(builder, properties).build();
    }
    return application;
  }

  private static DataSourceBuilder<?> credentials(DataSourceBuilder<?> builder, StrataProperties properties) {
    if (hasText(properties.getUser())) {
      builder.username(properties.getUser());
    }
    if (properties.getPassword() != null) {
      builder.password(properties.getPassword());
    }
    return builder;
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }

  /** A data source to migrate: a {@code DataSource} bean, or {@code strata.url}. */
  static final class MigrationDataSourceCondition extends AnyNestedCondition {

    MigrationDataSourceCondition() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnBean(DataSource.class)
    private static final class DataSourceBean {}

    @ConditionalOnProperty(prefix = "strata", name = "url")
    private static final class StrataUrl {}
  }
}
