package dev.strata.internal.dialect;

import dev.strata.Database;
import dev.strata.internal.history.HistorySql;
import dev.strata.internal.lock.RunLock;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.SchemaDef;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Everything Strata knows about one database: how it is recognised, how it spells identifiers,
 * literals, types and DDL, how its catalog is read back, the SQL of its history table and the lock
 * that keeps runners apart. One public class per database implements it, in a package of its own
 * under {@code dev.strata.internal.database}; {@code dev.strata.internal.database.Dialects} lists them. Implementations hold no
 * state and are shared.
 */
public interface SqlDialect {

  /** The database this dialect speaks to. */
  Database database();

  /** The database's name as messages write it: "PostgreSQL", "MariaDB". */
  String displayName();

  /** The oldest release Strata supports ("8", "10.5"), or empty when it names none. */
  default String minimumVersion() {
    return "";
  }

  /**
   * The names that select this dialect in options such as {@code sql --dialect}, lower case; the
   * first is the one messages suggest.
   */
  List<String> names();

  /**
   * Whether a JDBC connection reporting this product is this database. Both texts come from
   * {@link java.sql.DatabaseMetaData}, trimmed and lower case. No two dialects claim one product.
   */
  boolean isProduct(String productName, String productVersion);

  /** {@code identifier} quoted for this database (reserved words such as {@code user} work). */
  String quote(String identifier);

  /** {@code text} as a string literal of this database, quotes (and escapes it reads) doubled. */
  String literal(String text);

  /** Whether DDL runs inside transactions (PostgreSQL, SQLite) or commits implicitly (MySQL). */
  boolean transactionalDdl();

  /** The SQL type of a column type on this database, as used in DDL. */
  String sqlType(ColumnType type);

  /**
   * What changing a column's type from {@code from} to {@code to} may lose on this database
   * although every value of {@code from} fits {@code to} as a logical type, or null when the
   * database keeps every value. Both types are in their canonical form (a raw type that names a
   * logical one is that logical type). The text completes "on MySQL, where ...", such as
   * {@code "TIMESTAMP(6) holds only 1970-01-01 00:00:01 to 2038-01-19 03:14:07 UTC: other values
   * make the migration fail"}. The generator calls it for each supported database and refuses the
   * change as destructive where any answers.
   *
   * <p>By default null: the database holds every value of a widened logical type.
   */
  default String typeChangeLoss(ColumnType from, ColumnType to) {
    return null;
  }

  /**
   * The spellings of logical types in this database's SQL, for comparing raw types written for
   * any database.
   */
  TypeSpellings typeSpellings();

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

  /**
   * A reader of the current schema of the database behind {@code connection}, which must be this
   * database. It reads on each call and does not close the connection.
   */
  Introspector introspector(Connection connection);

  /** The DDL of the history table and how its timestamp is written and read. */
  HistorySql historySql();

  /** A new lock for one run; it remembers what it took until it is released. */
  RunLock newRunLock();

  /**
   * Whether {@code e} says another connection holds the database, so that waiting for the run
   * lock is the answer rather than failing (SQLite's SQLITE_BUSY). By default never.
   */
  default boolean isBusy(SQLException e) {
    return false;
  }
}
