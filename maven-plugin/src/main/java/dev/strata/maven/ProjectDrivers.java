package dev.strata.maven;

import dev.strata.internal.jdbc.DelegatingDriver;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.ServiceConfigurationError;

/**
 * Makes the JDBC drivers on the project's class path usable by Strata's code in the plugin.
 * {@link DriverManager} hands out only drivers that its caller's class loader can see, and the
 * plugin's loader cannot see the project's: each such driver is registered through a
 * {@link DelegatingDriver} loaded by the plugin, for as long as the goal runs.
 */
final class ProjectDrivers implements AutoCloseable {
  private final List<Driver> registered;

  ProjectDrivers(ClassLoader projectLoader) throws SQLException {
    try {
      registered = DelegatingDriver.registerFrom(projectLoader);
    } catch (ServiceConfigurationError e) {
      throw new SQLException("cannot load a JDBC driver from the project's class path: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    for (Driver shim : registered) {
      try {
        DriverManager.deregisterDriver(shim);
      } catch (SQLException e) {
        // the goal is over; a shim left behind only delegates
      }
    }
  }
}
