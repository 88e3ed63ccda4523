package dev.strata.generator;

import dev.strata.Database;
import dev.strata.internal.database.Dialects;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.replay.Replayer;
import dev.strata.internal.schema.model.SchemaDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The SQL that operations run on one database, without a database: each operation is rendered
 * against the schema as the operations before it left it (SQLite rebuilds a table from its
 * definition at that point), then folded into that schema. Shared by {@code sql --dialect} and
 * {@code generate --dry-run}.
 *
 * <p>Lines are statements ending with {@code ;}, and {@code --} comments for what runs no SQL: a
 * code step ({@code run(connection -> ...)}). Not thread-safe: a script is one walk through a
 * list of operations.
 */
public final class SqlScript {

  /** The line standing for a code step, which the runner runs on the connection. */
  public static final String CODE_STEP = "-- (code step: runs Java on the connection)";

  private final SqlDialect dialect;
  private SchemaDef state;

  /**
   * A script for {@code database} starting from {@code start} (the schema before the first
   * operation; {@link SchemaDef#EMPTY} for all migrations).
   */
  public SqlScript(Database database, SchemaDef start) {
    this.dialect = Dialects.forDatabase(Objects.requireNonNull(database, "database"));
    this.state = Objects.requireNonNull(start, "start");
  }

  /**
   * The lines of {@code op}, after which it is part of the schema.
   *
   * @throws dev.strata.StrataException {@link dev.strata.ErrorCode#INVALID_OPERATION} when the
   *     database cannot express it, or it does not apply to the schema so far
   */
  public List<String> render(Operation op) {
    SchemaDef before = state;
    List<String> lines = new ArrayList<>();
    String note = op.accept(NOTE);
    if (note != null) {
      lines.add(note);
    }
    for (String statement : dialect.render(op, before::table)) {
      lines.add(statement + ";");
    }
    state = Replayer.apply(before, op);
    return lines;
  }

  /**
   * The lines of each of {@code ops}, in order.
   *
   * @throws dev.strata.StrataException as {@link #render(Operation)}
   */
  public List<String> render(List<Operation> ops) {
    List<String> lines = new ArrayList<>();
    ops.forEach(op -> lines.addAll(render(op)));
    return lines;
  }

  /**
   * Folds {@code op} into the schema without rendering it (an operation of a migration that is
   * not printed, but that later ones build on).
   *
   * @throws dev.strata.StrataException when it does not apply to the schema so far
   */
  public void skip(Operation op) {
    state = Replayer.apply(state, op);
  }

  /** The schema after the operations so far. */
  public SchemaDef state() {
    return state;
  }

  /** A comment line for an operation that runs no SQL of its own, or null. */
  private static final Operation.Visitor<String> NOTE = new Operation.Partial<>() {
    @Override
    public String visitRunCode(Operation.RunCode op) {
      return CODE_STEP;
    }

    @Override
    protected String otherwise(Operation op) {
      return null;
    }
  };
}
