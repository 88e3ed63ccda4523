package dev.strata.maven;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.logging.Logger;

/**
 * Makes the JDBC drivers on the project's class path usable by Strata's code in the plugin.
 * {@link DriverManager} hands out only drivers that its caller's class loader can see, and the
 * plugin's loader cannot see the project's: each such driver is registered through a
 * {@link Shim} loaded by the plugin, for as long as the goal runs.
 */
final class ProjectDrivers implements AutoCloseable {
  private final List<Shim> registered = new ArrayList<>();

  ProjectDrivers(ClassLoader projectLoader) throws SQLException {
    ClassLoader own = ProjectDrivers.class.getClassLoader();
    try {
      for (Driver driver : ServiceLoader.load(Driver.class, projectLoader)) {
        if (!visibleFrom(own, driver)) {
          Shim shim = new Shim(driver);
          DriverManager.registerDriver(shim);
          registered.add(shim);
        }
      }
    } catch (ServiceConfigurationError e) {
      throw new SQLException("cannot load a JDBC driver from the project's class path: " + e.getMessage(), e);
    }
  }

  private static boolean visibleFrom(ClassLoader loader, Driver driver) {
    try {
      return Class.forName(driver.getClass().getName(), false, loader) == driver.getClass();
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  @Override
  public void close() {
    for (Shim shim : registered) {
      try {
        DriverManager.deregisterDriver(shim);
      } catch (SQLException e) {
        // the goal is over; a shim left behind only delegates
      }
    }
  }

  /** A driver loaded by the plugin that hands everything to a driver of the project. */
  private record Shim(Driver driver) implements Driver {
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
