package dev.strata.internal.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;

/**
 * A driver of Strata's own class loader in front of a driver that another loader found (a jar
 * given to the command line, a project's class path in the Maven plugin). {@link DriverManager}
 * hands out only drivers that its caller's class loader can load, so such a driver is invisible
 * to Strata's code until it is registered again behind one of these.
 */
public final class DelegatingDriver implements Driver {
  private final Driver driver;

  private DelegatingDriver(Driver driver) {
    this.driver = driver;
  }

  /**
   * Registers, behind a delegating driver each, every driver {@code loader} offers that Strata's
   * own loader cannot see.
   *
   * @return the registered drivers, for {@link DriverManager#deregisterDriver} when done
   * @throws SQLException when registering fails
   * @throws java.util.ServiceConfigurationError when a driver jar is broken
   */
  public static synchronized List<Driver> registerFrom(ClassLoader loader) throws SQLException {
    ClassLoader own = DelegatingDriver.class.getClassLoader();
    List<Driver> registered = new ArrayList<>();
    for (Driver found : ServiceLoader.load(Driver.class, loader)) {
      if (!visible(own, found.getClass())) {
        Driver shim = new DelegatingDriver(found);
        DriverManager.registerDriver(shim);
        registered.add(shim);
      }
    }
    return registered;
  }

  private static boolean visible(ClassLoader own, Class<?> type) {
    try {
      return Class.forName(type.getName(), false, own) == type;
    } catch (ClassNotFoundException e) {
      return false;
    }
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
