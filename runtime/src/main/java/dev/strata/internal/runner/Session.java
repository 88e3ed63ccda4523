package dev.strata.internal.runner;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.internal.database.Dialects;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.dialect.TableLookup;
import dev.strata.internal.history.HistoryRow;
import dev.strata.internal.history.HistoryTable;
import dev.strata.internal.jdbc.Secrets;
import dev.strata.internal.loader.ProjectDialects;
import dev.strata.internal.lock.RunLock;
import dev.strata.internal.dialect.Introspector;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * One command's connection, taken from the data source and given back (closed) at the end with
 * its auto-commit mode restored. The dialect, history table SQL and user name are worked out only
 * when a command needs them, so a no-op start sends nothing but the history probe.
 */
public final class Session implements AutoCloseable {
  private final RunnerSettings settings;
  private final Connection connection;
  private final boolean initialAutoCommit;
  private SqlDialect dialect;
  private HistoryTable history;
  private Introspector introspector;
  private String installedBy;

  private Session(RunnerSettings settings, Connection connection, boolean initialAutoCommit) {
    this.settings = settings;
    this.connection = connection;
    this.initialAutoCommit = initialAutoCommit;
  }

  /**
   * Opens a connection with auto-commit on. A connection that cannot open because another
   * connection holds the database (SQLite, when the data source sets a pragma such as
   * {@code journal_mode} that needs a write lock at open) is tried again until the lock timeout,
   * as the runner lock would be.
   *
   * @throws StrataException {@link ErrorCode#CONNECTION_FAILED} when the data source fails;
   *     {@link ErrorCode#LOCK_FAILED} when it stays busy for longer than the lock timeout
   */
  public static Session open(RunnerSettings settings) {
    Connection connection = connect(settings);
    try {
      boolean autoCommit = connection.getAutoCommit();
      if (!autoCommit) {
        connection.setAutoCommit(true);
      }
      return new Session(settings, connection, autoCommit);
    } catch (SQLException e) {
      closeQuietly(connection, e);
      throw new StrataException(ErrorCode.CONNECTION_FAILED, "cannot use the connection: "
          + Secrets.redact(e.getMessage()), Secrets.scrub(e, null));
    }
  }

  private static Connection connect(RunnerSettings settings) {
    long deadline = System.nanoTime() + settings.lockTimeout().toNanos();
    long pause = 5;
    while (true) {
      try {
        return settings.dataSource().getConnection();
      } catch (SQLException e) {
        // A data source's driver may echo its URL: the password stays out of message and cause.
        if (!Dialects.isBusy(e)) {
          throw new StrataException(ErrorCode.CONNECTION_FAILED, "cannot connect to the database: "
              + Secrets.redact(e.getMessage()) + "; check the data source's URL, user and password",
              Secrets.scrub(e, null));
        }
        if (System.nanoTime() > deadline) {
          throw new StrataException(ErrorCode.LOCK_FAILED, "cannot open a connection: the database stayed locked"
              + " by another connection for more than " + RunLock.describe(settings.lockTimeout()) + " ("
              + Secrets.redact(e.getMessage()) + "). Wait for the other runner or process writing to it to finish,"
              + " then run again", Secrets.scrub(e, null));
        }
        try {
          Thread.sleep(pause);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new StrataException(ErrorCode.LOCK_FAILED, "interrupted while waiting for the database lock", e);
        }
        pause = Math.min(100, pause * 2);
      }
    }
  }

  /** The settings of the command. */
  public RunnerSettings settings() {
    return settings;
  }

  /** The connection; auto-commit is on except inside a locked run's units. Do not close it. */
  public Connection connection() {
    return connection;
  }

  /**
   * The configured dialect, else the one the connection's metadata names.
   *
   * @throws StrataException {@link ErrorCode#UNSUPPORTED_DATABASE} when the project's migration
   *     index leaves this database out of its target dialects ({@link ProjectDialects}): every
   *     command asks for the dialect before it changes anything
   */
  public SqlDialect dialect() {
    if (dialect == null) {
      SqlDialect found = settings.dialect() != null ? settings.dialect() : Dialects.detect(connection);
      if (settings.indexLoader() != null) {
        ProjectDialects.require(found.database(), ProjectDialects.of(settings.indexLoader()), "Strata");
      }
      dialect = found;
    }
    return dialect;
  }

  /** The history table of this database. */
  public HistoryTable history() {
    if (history == null) {
      history = HistoryTable.of(dialect().historySql());
    }
    return history;
  }

  /** The live tables, read on demand (only dialects that rebuild tables ask). */
  public TableLookup lookup() {
    return name -> {
      if (introspector == null) {
        introspector = Dialects.introspector(connection);
      }
      return introspector.table(name);
    };
  }

  /**
   * The name recorded in {@code installed_by}: the configured one, else the database user, else
   * (SQLite has no users) the operating system user.
   */
  public String installedBy() throws SQLException {
    if (installedBy == null) {
      String name = settings.installedBy();
      if (name == null || name.isBlank()) {
        name = connection.getMetaData().getUserName();
      }
      if (name == null || name.isBlank()) {
        name = System.getProperty("user.name", "unknown");
      }
      installedBy = name;
    }
    return installedBy;
  }

  /** Reads every history row; empty when the table does not exist. */
  public Optional<List<HistoryRow>> readHistory() {
    try {
      return history().readAll(connection);
    } catch (SQLException e) {
      throw historyFailed("read", e);
    }
  }

  /** The error for a failed read or write of the history table. */
  static StrataException historyFailed(String what, SQLException e) {
    return new StrataException(ErrorCode.MIGRATION_FAILED, "cannot " + what + " " + HistoryTable.NAME
        + ": " + e.getMessage() + "; check the connection and that the user may read and write that table", e);
  }

  @Override
  public void close() {
    try {
      if (!connection.isClosed() && connection.getAutoCommit() != initialAutoCommit) {
        connection.setAutoCommit(initialAutoCommit);
      }
    } catch (SQLException ignored) {
      // Closing below matters more; a pool resets the mode of a broken connection anyway.
    } finally {
      closeQuietly(connection, null);
    }
  }

  private static void closeQuietly(Connection connection, Exception cause) {
    try {
      connection.close();
    } catch (SQLException e) {
      if (cause != null) {
        cause.addSuppressed(e);
      }
    }
  }
}
