package dev.strata.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * A JDBC proxy that counts the statements sent to the database: every {@code execute*} call of a
 * {@link Statement}, {@link PreparedStatement} or {@link CallableStatement} (a batch counts as
 * one call), with its SQL kept in order. Commits and rollbacks of the connection are counted
 * apart, and so are {@link DatabaseMetaData} calls that return a result set ({@code getTables},
 * {@code getColumns}, ...), which some drivers answer with queries of their own.
 */
final class CountingDataSource {
  private final List<String> statements = Collections.synchronizedList(new ArrayList<>());
  private int commits;
  private int metadataQueries;

  /** A data source over {@code target} that counts into this object. */
  DataSource wrap(DataSource target) {
    return proxy(DataSource.class, target, NOTHING, (method, args, result) ->
        method.getName().equals("getConnection") ? connection((Connection) result) : result);
  }

  /** The SQL of every statement executed so far, in order. */
  List<String> statements() {
    return List.copyOf(statements);
  }

  /** How many {@code commit()} and {@code rollback()} calls were made on connections. */
  int commits() {
    return commits;
  }

  /** How many {@link DatabaseMetaData} calls returning a result set were made. */
  int metadataQueries() {
    return metadataQueries;
  }

  private Connection connection(Connection target) {
    return proxy(Connection.class, target, (method, args) -> {
      if (method.getName().equals("commit") || method.getName().equals("rollback")) {
        commits++;
      }
    }, (method, args, result) -> {
      switch (method.getName()) {
        case "createStatement":
          return statement(Statement.class, (Statement) result, null);
        case "prepareStatement":
          return statement(PreparedStatement.class, (PreparedStatement) result, (String) args[0]);
        case "prepareCall":
          return statement(CallableStatement.class, (CallableStatement) result, (String) args[0]);
        case "getMetaData":
          return proxy(DatabaseMetaData.class, (DatabaseMetaData) result, (m, a) -> {
            if (m.getReturnType() == ResultSet.class) {
              metadataQueries++;
            }
          }, (m, a, r) -> r);
        default:
          return result;
      }
    });
  }

  private <T extends Statement> T statement(Class<T> type, T target, String preparedSql) {
    return proxy(type, target, (method, args) -> {
      if (method.getName().startsWith("execute")) {
        statements.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql
            : preparedSql != null ? preparedSql : method.getName());
      }
    }, (method, args, result) -> result);
  }

  /** What to note before a call reaches the target (also when the call then fails). */
  @FunctionalInterface
  private interface Before {
    void accept(Method method, Object[] args);
  }

  private static final Before NOTHING = (method, args) -> {};

  /** What to return instead of the target's result. */
  @FunctionalInterface
  private interface After {
    Object apply(Method method, Object[] args, Object result) throws SQLException;
  }

  private static <T> T proxy(Class<T> type, T target, Before before, After after) {
    InvocationHandler handler = (proxy, method, args) -> {
      before.accept(method, args);
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      return after.apply(method, args, result);
    };
    return type.cast(Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
