package dev.strata.internal.runner;

import dev.strata.EmptyTableCheck;
import dev.strata.ErrorCode;
import dev.strata.ExecutedMigration;
import dev.strata.StrataException;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.dialect.TableLookup;
import dev.strata.internal.history.HistoryRow;
import dev.strata.internal.history.HistoryTable;
import dev.strata.internal.history.StepJournal;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.operation.Operation;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Runs one migration's operations as one unit of a {@link LockedRun}: each operation rendered by
 * the dialect and executed (a code step called on the connection), then the history row written,
 * then the unit committed. That is the DDL, one history statement and the commit, nothing more.
 *
 * <p>On failure the unit is rolled back. Where DDL is transactional (PostgreSQL, SQLite) that
 * undoes the migration entirely. Elsewhere (MySQL, MariaDB) each statement commits, so the
 * migration's row is written through a {@link StepJournal} instead: before its first statement
 * and before each further one, then finished with the last count and success; a failure, or a
 * killed process, leaves the row saying how many statements ran. A migration that
 * {@code repair} marked to resume skips the statements done and runs the rest.
 */
final class MigrationExecutor {
  private final LockedRun run;
  private final Connection connection;
  private final SqlDialect dialect;
  /** While a migration runs where DDL is not transactional: its journal and version; else null. */
  private StepJournal journal;
  private String journaled;

  MigrationExecutor(LockedRun run) {
    this.run = run;
    this.connection = run.session().connection();
    this.dialect = run.session().dialect();
  }

  /**
   * Applies {@code migration} and records it.
   *
   * @param indexDigest the index digest its history row carries, or null
   * @param clearDigest whether to clear the index digest stored by an earlier run first, in this
   *     unit before its DDL (the first migration a run applies does)
   * @throws StrataException {@link ErrorCode#MIGRATION_FAILED} naming the migration, the
   *     operation, the statement and the database's message
   */
  ExecutedMigration up(ResolvedMigration migration, String indexDigest, boolean clearDigest) {
    return up(migration, indexDigest, clearDigest, null);
  }

  /**
   * Applies {@code migration} and records it, as {@link #up(ResolvedMigration, String, boolean)};
   * when {@code resumed} is its row marked to resume ({@link HistoryRow#isResumable()}), skips the
   * {@code steps_done} statements it counts.
   */
  ExecutedMigration up(ResolvedMigration migration, String indexDigest, boolean clearDigest, HistoryRow resumed) {
    List<Operation> operations = migration.upOperations();
    int skip = resumed == null ? 0 : resumed.stepsDone();
    Position at = new Position(operations.size(), skip);
    long start = System.nanoTime();
    journal = dialect.transactionalDdl() ? null : StepJournal.of(dialect.historySql());
    journaled = migration.version();
    try {
      run.lock().begin(connection, onlyDdl(operations));
      if (clearDigest) {
        run.session().history().clearDigest(connection);
      }
      if (journal != null) {
        if (resumed == null) {
          journal.start(connection, new HistoryRow(migration.version(), migration.description(),
              migration.checksum(), now(), 0, false, run.session().installedBy(), null));
        } else {
          journal.progress(connection, migration.version(), skip);
        }
      }
      execute(operations, at);
      at.verifying();
      run.lock().verify(connection);
      long ms = elapsedMs(start);
      at.recording();
      if (journal != null) {
        journal.finish(connection, migration.version(), at.steps(), now(), ms, indexDigest);
      } else {
        run.session().history().insert(connection, new HistoryRow(migration.version(), migration.description(),
            migration.checksum(), now(), ms, true, run.session().installedBy(), null, indexDigest));
      }
      at.committing();
      run.lock().commit(connection);
      return new ExecutedMigration(migration.version(), migration.description(), ms);
    } catch (SQLException | RuntimeException e) {
      StrataException error = failure(migration.label(), at, e, false);
      if (journal != null) {
        StepJournal steps = journal;
        record(error, () -> {
          if (clearDigest) {
            run.session().history().clearDigest(connection);
          }
          if (!steps.fail(connection, migration.version(), at.steps(), at.failedStatement(e), now(),
              elapsedMs(start))) {
            // The row was rolled back with the statement that failed (DML, before any DDL).
            run.session().history().insert(connection, new HistoryRow(migration.version(), migration.description(),
                migration.checksum(), now(), elapsedMs(start), false, run.session().installedBy(),
                at.failedStatement(e), null, at.steps()));
          }
        });
      }
      throw error;
    } finally {
      journal = null;
      journaled = null;
    }
  }

  /**
   * Whether every operation is DDL the dialect renders (no raw SQL, no code step): on a database
   * that commits DDL as it runs, such a unit needs no transaction of its own.
   */
  private static boolean onlyDdl(List<Operation> operations) {
    for (Operation operation : operations) {
      if (operation instanceof Operation.ExecuteSql || operation instanceof Operation.RunCode) {
        return false;
      }
    }
    return true;
  }

  /**
   * Runs {@code operations} (the migration's {@code down()}) and removes its history row.
   *
   * @throws StrataException {@link ErrorCode#MIGRATION_FAILED} as for {@link #up}; on MySQL the
   *     history row is marked failed
   */
  ExecutedMigration down(ResolvedMigration migration, List<Operation> operations) {
    Position at = new Position(operations.size());
    long start = System.nanoTime();
    try {
      run.lock().begin(connection);
      execute(operations, at);
      at.verifying();
      run.lock().verify(connection);
      long ms = elapsedMs(start);
      at.recording();
      run.session().history().delete(connection, migration.version());
      at.committing();
      run.lock().commit(connection);
      return new ExecutedMigration(migration.version(), migration.description(), ms);
    } catch (SQLException | RuntimeException e) {
      StrataException error = failure("rollback of " + migration.label(), at, e, true);
      // A down() stopped by an EmptyTableCheck before its first statement changed nothing: the
      // migration stays applied and its row as it was.
      if (!dialect.transactionalDdl() && !at.nothingRan()) {
        record(error, () -> run.session().history().markFailed(connection, migration.version(), at.failedStatement(e)));
      }
      throw error;
    }
  }

  /** Work on the history table alone, as one unit. */
  @FunctionalInterface
  interface HistoryWork {
    void run() throws SQLException;
  }

  /** Runs {@code work} as one unit, rolled back on failure. */
  void unit(HistoryWork work) {
    try {
      run.lock().begin(connection);
      work.run();
      run.lock().commit(connection);
    } catch (SQLException e) {
      rollbackQuietly(e);
      throw Session.historyFailed("update", e);
    } catch (RuntimeException e) {
      rollbackQuietly(e);
      throw e;
    }
  }

  private void execute(List<Operation> operations, Position at) throws SQLException {
    Actions actions = new Actions(run.session().lookup());
    // Operations starting before the resume point render without the database, as when the
    // migration was checked to be resumable (MigrationSteps), so they count the same statements.
    Actions skipping = new Actions(MigrationSteps.NO_LIVE_SCHEMA);
    try (Statement statement = connection.createStatement()) {
      for (int i = 0; i < operations.size(); i++) {
        Operation operation = operations.get(i);
        at.operation(i, operation);
        try {
          operation.accept(at.skipping() ? skipping : actions).run(statement, at);
        } catch (MigrationSteps.NeedsLiveSchema e) {
          throw new StrataException(ErrorCode.VALIDATION_FAILED, "cannot resume at statement " + (at.skip + 1)
              + ": operation " + (i + 1) + " (" + operation.label() + ") builds its SQL from the live table");
        }
      }
    }
  }

  /** One step of a migration: a statement or a code step. */
  @FunctionalInterface
  private interface Step {
    void run() throws SQLException;
  }

  /**
   * Runs one step, or skips it before the resume point. Where DDL is not transactional, the row is
   * moved on first (the step before it is done); a DDL statement commits that write implicitly. A
   * statement that may not (raw SQL, a code step) right after a DDL statement gets it committed
   * first, as the DDL before it is committed already; after a data change, the write and that change
   * commit or roll back together. Either way a killed run leaves the count of what is committed.
   */
  private void step(Position at, boolean commitsImplicitly, Step step) throws SQLException {
    if (at.skipping()) {
      at.stepDone();
      return;
    }
    if (journal != null) {
      if (at.steps() > at.skip) {
        journal.progress(connection, journaled, at.steps());
      }
      if (!commitsImplicitly && at.afterDdl) {
        run.lock().commit(connection);
      }
    }
    step.run();
    at.stepDone();
    at.ran();
    at.afterDdl = commitsImplicitly;
  }

  /** What running one operation does. */
  @FunctionalInterface
  private interface Action {
    void run(Statement statement, Position at) throws SQLException;
  }

  /** Each operation's action: a code step runs on the connection, the rest as the dialect's SQL. */
  private final class Actions implements Operation.Visitor<Action> {
    private final TableLookup live;

    Actions(TableLookup live) {
      this.live = live;
    }

    @Override
    public Action visitCreateTable(Operation.CreateTable op) {
      return statements(op);
    }

    @Override
    public Action visitDropTable(Operation.DropTable op) {
      return statements(op);
    }

    @Override
    public Action visitRenameTable(Operation.RenameTable op) {
      return statements(op);
    }

    @Override
    public Action visitAddColumn(Operation.AddColumn op) {
      return statements(op);
    }

    @Override
    public Action visitDropColumn(Operation.DropColumn op) {
      return statements(op);
    }

    @Override
    public Action visitRenameColumn(Operation.RenameColumn op) {
      return statements(op);
    }

    @Override
    public Action visitAlterColumn(Operation.AlterColumn op) {
      return statements(op);
    }

    @Override
    public Action visitCreateIndex(Operation.CreateIndex op) {
      return statements(op);
    }

    @Override
    public Action visitDropIndex(Operation.DropIndex op) {
      return statements(op);
    }

    @Override
    public Action visitAddForeignKey(Operation.AddForeignKey op) {
      return statements(op);
    }

    @Override
    public Action visitDropForeignKey(Operation.DropForeignKey op) {
      return statements(op);
    }

    @Override
    public Action visitAddPrimaryKey(Operation.AddPrimaryKey op) {
      return statements(op);
    }

    @Override
    public Action visitDropPrimaryKey(Operation.DropPrimaryKey op) {
      return statements(op);
    }

    @Override
    public Action visitAddCheck(Operation.AddCheck op) {
      return statements(op);
    }

    @Override
    public Action visitDropCheck(Operation.DropCheck op) {
      return statements(op);
    }

    @Override
    public Action visitExecuteSql(Operation.ExecuteSql op) {
      return statements(op, false);
    }

    @Override
    public Action visitRunCode(Operation.RunCode op) {
      return (statement, at) -> {
        at.inCodeStep();
        step(at, false, () -> op.action().run(connection));
      };
    }

    private Action statements(Operation op) {
      return statements(op, true);
    }

    /** @param ddl whether the statements are DDL the dialect rendered, which commit implicitly */
    private Action statements(Operation op, boolean ddl) {
      return (statement, at) -> {
        for (String sql : dialect.render(op, live)) {
          at.statement(sql);
          step(at, ddl, () -> statement.execute(sql));
        }
      };
    }
  }

  private StrataException failure(String subject, Position at, Exception cause, boolean rollingBack) {
    rollbackQuietly(cause);
    String reason = cause instanceof SQLException ? "the database says: " + cause.getMessage()
        : cause instanceof StrataException ? cause.getMessage() : cause.toString();
    String outcome;
    if (!dialect.transactionalDdl() && rollingBack && at.nothingRan()) {
      outcome = "Nothing of its down() had run: the migration is still applied and recorded as it was.";
    } else if (dialect.transactionalDdl()) {
      outcome = rollingBack
          ? "Its transaction was rolled back: the migration is still applied. Fix down() and run the rollback again."
          : "Its transaction was rolled back: nothing of it is applied and it is not recorded in "
              + HistoryTable.NAME + ". Fix the migration (or the data it trips on) and run again.";
    } else if (rollingBack) {
      outcome = dialect.displayName() + " commits DDL as it runs, so the statements before this one stay applied;"
          + " the failure is recorded in " + HistoryTable.NAME + " (success = false, failed_statement)"
          + " and migrations stop until it is repaired. Undo or complete those statements by hand,"
          + " fix the migration, then run repair() (strata repair) and try again.";
    } else {
      int done = at.steps();
      outcome = dialect.displayName() + " commits DDL as it runs, so the " + done + " statement" + (done == 1 ? "" : "s")
          + " of this migration before the failing one stay applied; " + HistoryTable.NAME + " records it as stopped"
          + " (success = false, steps_done = " + done + ", failed_statement) and migrations stop until it is repaired."
          + " To resume: make the database hold exactly those " + done + " statement" + (done == 1 ? "" : "s")
          + " (fix what made statement " + (done + 1) + " fail, undo any part of it that is applied), then run"
          + " repair() (strata repair): the next migrate runs it from statement " + (done + 1) + " on. Or undo"
          + " all of them by hand, change the migration, run repair() (which then removes the row), and migrate.";
    }
    String statement = at.statement() == null ? "" : "\n  statement: " + at.statement();
    return new StrataException(ErrorCode.MIGRATION_FAILED, subject + " failed " + at.describe() + ": "
        + reason + statement + "\n" + outcome, cause);
  }

  /** {@code error} with {@code note} appended to its message, same code, cause and suppressed. */
  static StrataException withNote(StrataException error, String note) {
    StrataException noted = new StrataException(error.code(), error.getMessage() + "\n" + note, error.getCause());
    for (Throwable suppressed : error.getSuppressed()) {
      noted.addSuppressed(suppressed);
    }
    return noted;
  }

  private void record(StrataException error, HistoryWork write) {
    try {
      write.run();
      run.lock().commit(connection);
    } catch (SQLException | RuntimeException e) {
      error.addSuppressed(e);
    }
  }

  private void rollbackQuietly(Exception cause) {
    try {
      run.lock().rollback(connection);
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static long elapsedMs(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }

  /** Where in a migration the work is, for the error message and the failure row. */
  private static final class Position {
    private enum Phase { OPERATIONS, VERIFYING, RECORDING, COMMITTING }

    private final int count;
    /** Steps done before this run, to skip (a resumed migration); else 0. */
    final int skip;
    private int steps;
    /** Whether the last step this run executed was DDL, which committed on its own. */
    boolean afterDdl;
    private Phase phase = Phase.OPERATIONS;
    private int index = -1;
    private Operation operation;
    private boolean codeStep;
    private boolean ran;
    private String statement;

    Position(int count) {
      this(count, 0);
    }

    Position(int count, int skip) {
      this.count = count;
      this.skip = skip;
    }

    /** Whether the step about to run was done before this run. */
    boolean skipping() {
      return steps < skip;
    }

    void stepDone() {
      steps++;
    }

    /** The steps done: skipped ones and completed ones. */
    int steps() {
      return steps;
    }

    void operation(int index, Operation operation) {
      this.index = index;
      this.operation = operation;
      this.codeStep = false;
      this.statement = null;
    }

    void inCodeStep() {
      this.codeStep = true;
    }

    /** A statement or code step of the migration has completed. */
    void ran() {
      this.ran = true;
    }

    /**
     * Whether the work stopped at an {@link EmptyTableCheck} before any statement or code step of
     * it completed: then it changed nothing, also where DDL commits as it runs. (A failing
     * statement may have changed something, and a code step may have run DDL before it failed.)
     */
    boolean nothingRan() {
      return !ran && phase == Phase.OPERATIONS && operation instanceof Operation.RunCode code
          && code.action() instanceof EmptyTableCheck;
    }

    void statement(String sql) {
      this.statement = sql;
    }

    void verifying() {
      enter(Phase.VERIFYING);
    }

    void recording() {
      enter(Phase.RECORDING);
    }

    void committing() {
      enter(Phase.COMMITTING);
    }

    private void enter(Phase next) {
      phase = next;
      statement = null;
    }

    String describe() {
      switch (phase) {
        case COMMITTING:
          return "at commit";
        case RECORDING:
          return "while writing its row to " + HistoryTable.NAME;
        case VERIFYING:
          return "after its operations, when its changes were checked";
        default:
          if (operation == null) {
            return "before its first operation";
          }
          String where = "at operation " + (index + 1) + " of " + count + " (" + operation.label() + ")";
          return codeStep ? where + ", in its code step" : where;
      }
    }

    /** The statement that was running, or null. */
    String statement() {
      return statement;
    }

    /** What goes into {@code failed_statement}: the statement, then the error as an SQL comment. */
    String failedStatement(Exception cause) {
      String what = phase == Phase.OPERATIONS && statement != null ? statement : "-- " + describe();
      return what + "\n-- " + String.valueOf(cause.getMessage()).replace("\n", " ");
    }
  }
}
