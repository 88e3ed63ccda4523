package dev.strata.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code strata.*} properties of the Strata auto-configuration.
 *
 * <pre>
 * strata.enabled=true
 * strata.url=jdbc:postgresql://db:5432/app
 * strata.user=migrator
 * strata.password=...
 * strata.out-of-order=false
 * strata.lock-timeout=30s
 * strata.validate-on-start=false
 * </pre>
 *
 * <p>{@code strata.url} accepts the same forms as the {@code strata} command line:
 * {@code jdbc:...}, {@code sqlite:path}, {@code postgresql://user:pass@host:port/db} and
 * {@code mysql://user:pass@host:port/db}.
 */
@ConfigurationProperties("strata")
public class StrataProperties {

  /** Whether pending migrations are applied at start-up. */
  private boolean enabled = true;

  /**
   * JDBC URL (or Strata URL such as sqlite:app.db) of a separate connection for migrations. When
   * unset, the application's DataSource is used.
   */
  private String url;

  /**
   * User for the migration connection: with strata.url, the user to connect to it as; without it,
   * the application's database is migrated over a connection of its own as this user.
   */
  private String user;

  /** Password of strata.user. */
  private String password;

  /** Whether a pending migration older than the newest applied one is applied instead of stopping the start. */
  private boolean outOfOrder = false;

  /** How long to wait for another instance's migration lock before failing. */
  private Duration lockTimeout = Duration.ofMinutes(10);

  /**
   * Whether the database is compared with its applied migrations after migrating, failing the
   * start on drift (a column, index or table changed by hand).
   */
  private boolean validateOnStart = false;

  /** Whether pending migrations are applied at start-up. */
  public boolean isEnabled() {
    return enabled;
  }

  /** Sets {@code strata.enabled}. */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** {@code strata.url}, or null when the application's DataSource is used. */
  public String getUrl() {
    return url;
  }

  /** Sets {@code strata.url}. */
  public void setUrl(String url) {
    this.url = url;
  }

  /** {@code strata.user}, or null. */
  public String getUser() {
    return user;
  }

  /** Sets {@code strata.user}. */
  public void setUser(String user) {
    this.user = user;
  }

  /** {@code strata.password}, or null. Never logged. */
  public String getPassword() {
    return password;
  }

  /** Sets {@code strata.password}. */
  public void setPassword(String password) {
    this.password = password;
  }

  /** {@code strata.out-of-order}. */
  public boolean isOutOfOrder() {
    return outOfOrder;
  }

  /** Sets {@code strata.out-of-order}. */
  public void setOutOfOrder(boolean outOfOrder) {
    this.outOfOrder = outOfOrder;
  }

  /** {@code strata.lock-timeout}. */
  public Duration getLockTimeout() {
    return lockTimeout;
  }

  /** Sets {@code strata.lock-timeout}; must be positive (checked when the migrator is built). */
  public void setLockTimeout(Duration lockTimeout) {
    this.lockTimeout = lockTimeout;
  }

  /** {@code strata.validate-on-start}. */
  public boolean isValidateOnStart() {
    return validateOnStart;
  }

  /** Sets {@code strata.validate-on-start}. */
  public void setValidateOnStart(boolean validateOnStart) {
    this.validateOnStart = validateOnStart;
  }
}
