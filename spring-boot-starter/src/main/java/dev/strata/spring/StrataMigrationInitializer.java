package dev.strata.spring;

import dev.strata.MigrateResult;
import dev.strata.Migrator;
import dev.strata.StrataException;
import dev.strata.ValidateResult;
import java.util.Objects;
import org.springframework.beans.factory.InitializingBean;

/**
 * Applies pending migrations when the context creates this bean. Through Boot's database
 * initialization ordering, every bean that Boot knows to use the database ({@code JdbcTemplate},
 * {@code NamedParameterJdbcTemplate}, {@code JdbcClient}, and with Boot's JPA or jOOQ support
 * {@code EntityManagerFactory} and {@code DSLContext}) and every bean annotated
 * {@code @DependsOnDatabaseInitialization} is created after it, so it sees the migrated schema.
 *
 * <p>Define a bean of this type to replace the auto-configured one.
 */
public class StrataMigrationInitializer implements InitializingBean {
  private final Migrator migrator;
  private final boolean validateOnStart;
  private MigrateResult result;

  /**
   * An initializer that runs {@code migrator.migrate()}.
   *
   * @param validateOnStart whether {@link Migrator#validate()} runs after migrating and any
   *     problem (drift included) fails the start
   */
  public StrataMigrationInitializer(Migrator migrator, boolean validateOnStart) {
    this.migrator = Objects.requireNonNull(migrator, "migrator");
    this.validateOnStart = validateOnStart;
  }

  /**
   * Migrates, then validates when asked to.
   *
   * @throws StrataException what {@link Migrator#migrate()} throws, or what
   *     {@link ValidateResult#throwIfInvalid()} throws; either stops the context
   */
  @Override
  public void afterPropertiesSet() {
    result = migrator.migrate();
    if (validateOnStart) {
      migrator.validate().throwIfInvalid();
    }
  }

  /** What the start-up migration did, or null before the bean is initialised. */
  public MigrateResult result() {
    return result;
  }
}
