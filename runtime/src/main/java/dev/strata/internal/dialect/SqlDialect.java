package dev.strata.internal.dialect;

import dev.strata.Database;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.SchemaDef;
import java.util.List;

/**
 * Renders operations as SQL for one database. Implementations are stateless.
 */
public interface SqlDialect {

  /** The database this dialect speaks to. */
  Database database();

  /** {@code identifier} quoted for this database (reserved words such as {@code user} work). */
  String quote(String identifier);

  /** Whether DDL runs inside transactions (PostgreSQL, SQLite) or commits implicitly (MySQL). */
  boolean transactionalDdl();

  /** The SQL type of a column type on this database, as used in DDL. */
  String sqlType(ColumnType type);

  /**
   * The statements that carry out {@code operation}, in order. {@code live} describes the tables
   * as they are just before it runs; dialects that rebuild tables (SQLite) read it, others may
   * ignore it. A code step ({@link Operation.RunCode}) renders as no statements: the runner runs
   * it. Raw SQL for another database renders as no statements.
   *
   * @throws dev.strata.StrataException {@link dev.strata.ErrorCode#INVALID_OPERATION} when the
   *     operation cannot be expressed on this database, naming the table and column
   */
  List<String> render(Operation operation, TableLookup live);

  /**
   * {@code schema} as this database can hold it: what introspection reads back after the schema
   * is created here (types the database cannot tell apart merged, defaults in the database's own
   * spelling, identity only where the database keeps it). Without hints; idempotent:
   * {@code project(project(s)).equals(project(s))}.
   *
   * <p>The default is the schema without hints, for a database that keeps everything.
   */
  default SchemaDef project(SchemaDef schema) {
    return schema.withoutHints();
  }
}
