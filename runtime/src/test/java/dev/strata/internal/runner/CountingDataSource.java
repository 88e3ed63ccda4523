package dev.strata.internal.runner;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connections record the statements they execute: every {@code execute*}
 * call on a statement made from them, which is what reaches the database as a statement.
 */
final class CountingDataSource implements DataSource {
  private final DataSource target;
  private final List<String> executed = Collections.synchronizedList(new ArrayList<>());

  CountingDataSource(DataSource target) {
    this.target = target;
  }

  /** The SQL of every statement executed so far, in order. */
  List<String> executed() {
    synchronized (executed) {
      return List.copyOf(executed);
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    return connection(target.getConnection());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return connection(target.getConnection(user, password));
  }

  private Connection connection(Connection real) {
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          Object result = invoke(real, method, args);
          String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
          if (result instanceof CallableStatement s) {
            return statement(CallableStatement.class, s, sql);
          }
          if (result instanceof PreparedStatement s) {
            return statement(PreparedStatement.class, s, sql);
          }
          if (result instanceof Statement s) {
            return statement(Statement.class, s, null);
          }
          return result;
        });
  }

  private <T extends Statement> T statement(Class<T> type, T real, String preparedSql) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      if (method.getName().startsWith("execute")) {
        executed.add(args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql);
      }
      return invoke(real, method, args);
    }));
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getGlobal();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return target.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return target.isWrapperFor(iface);
  }
}
