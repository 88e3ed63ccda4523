package dev.strata.cli;

import dev.strata.internal.jdbc.DelegatingDriver;
import java.sql.SQLException;
import java.util.ServiceConfigurationError;

/** Makes JDBC drivers from {@code --classpath} jars usable through {@code DriverManager}. */
final class JdbcDrivers {
  private JdbcDrivers() {}

  /** Registers every driver {@code loader} offers that Strata's own loader cannot see. */
  static void register(ClassLoader loader) {
    try {
      DelegatingDriver.registerFrom(loader);
    } catch (ServiceConfigurationError | SQLException e) {
      // A broken driver jar: the connection attempt that needs it says "No suitable driver".
    }
  }
}
