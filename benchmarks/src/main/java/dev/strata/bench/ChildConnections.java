package dev.strata.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * How the child processes of the benchmarks reach their database, the same for every tool: a
 * {@link DataSource} over {@link DriverManager} ({@link SimpleDataSource}), or, when the system
 * property {@value #COUNTS} names a file, the same wrapped in a {@link CountingDataSource} whose
 * totals are written to that file when the JVM exits. Only the untimed, counted runs set the
 * property, so the timed runs carry no proxy.
 */
final class ChildConnections {
  /** The system property naming the file the counts go to. */
  static final String COUNTS = "bench.counts";

  private static CountingDataSource counter;

  private ChildConnections() {}

  /**
   * The data source for {@code url}: plain, or counted when {@value #COUNTS} is set.
   */
  static synchronized DataSource dataSource(String url) {
    DataSource plain = new SimpleDataSource(url);
    String file = System.getProperty(COUNTS);
    if (file == null) {
      return plain;
    }
    if (counter == null) {
      counter = new CountingDataSource();
      CountingDataSource c = counter;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> write(c, Path.of(file))));
    }
    return counter.wrap(plain);
  }

  /** A connection to {@code url}, through {@link #dataSource}. */
  static Connection connect(String url) throws SQLException {
    return dataSource(url).getConnection();
  }

  /**
   * Writes {@code statements}, {@code metadata} and {@code commits} lines, then every statement's
   * SQL (one a line, newlines as spaces).
   */
  private static void write(CountingDataSource counter, Path file) {
    List<String> statements = counter.statements();
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      out.println("statements\t" + statements.size());
      out.println("metadata\t" + counter.metadataQueries());
      out.println("commits\t" + counter.commits());
      for (String sql : statements) {
        out.println("sql\t" + sql.replace('\n', ' ').replace('\r', ' '));
      }
    } catch (IOException e) {
      System.err.println("cannot write the counts to " + file + ": " + e.getMessage());
    }
  }

  /** The data source every tool gets: {@code DriverManager.getConnection(url)}, nothing else. */
  static final class SimpleDataSource implements DataSource {
    private final String url;

    SimpleDataSource(String url) {
      this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    public java.io.PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(java.io.PrintWriter out) {
      // not used
    }

    @Override
    public void setLoginTimeout(int seconds) {
      // not used
    }

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public java.util.logging.Logger getParentLogger() {
      return java.util.logging.Logger.getLogger("dev.strata.bench");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      if (type.isInstance(this)) {
        return type.cast(this);
      }
      throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return type.isInstance(this);
    }
  }
}
