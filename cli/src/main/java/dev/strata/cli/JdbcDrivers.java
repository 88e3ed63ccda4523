package dev.strata.cli;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.logging.Logger;

/**
 * Makes JDBC drivers from {@code --classpath} jars usable through {@link DriverManager}.
 *
 * <p>{@code DriverManager} hands out only drivers that its caller's class loader can load, so a
 * driver a {@link java.net.URLClassLoader} found is invisible to Strata's code even once it has
 * registered itself. Each such driver is registered again behind a {@link Shim}, a class of
 * Strata's own loader that delegates to it.
 */
final class JdbcDrivers {
  private JdbcDrivers() {}

  /** Registers every driver {@code loader} offers that Strata's own loader cannot see. */
  static synchronized void register(ClassLoader loader) {
    ClassLoader own = JdbcDrivers.class.getClassLoader();
    try {
      for (Driver driver : ServiceLoader.load(Driver.class, loader)) {
        if (!visible(own, driver.getClass())) {
          DriverManager.registerDriver(new Shim(driver));
        }
      }
    } catch (ServiceConfigurationError | SQLException e) {
      // A broken driver jar: the connection attempt that needs it says "No suitable driver".
    }
  }

  private static boolean visible(ClassLoader own, Class<?> type) {
    try {
      return Class.forName(type.getName(), false, own) == type;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** A driver of Strata's own class loader in front of one from {@code --classpath}. */
  private static final class Shim implements Driver {
    private final Driver driver;

    Shim(Driver driver) {
      this.driver = driver;
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
      return driver.connect(url, info);
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
      return driver.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
      return driver.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
      return driver.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
      return driver.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
      return driver.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      return driver.getParentLogger();
    }
  }
}
