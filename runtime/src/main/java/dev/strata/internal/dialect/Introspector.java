package dev.strata.internal.dialect;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Reads the live schema of a database: tables, columns with logical types, primary keys, indexes
 * and unique constraints, foreign keys. Only the current schema is read (PostgreSQL
 * {@code current_schema()}, MySQL {@code DATABASE()}, SQLite {@code main}); Strata's history
 * table {@code strata_schema_history} and the database's internal objects are left out.
 *
 * <p>Each database's dialect reads its own catalog ({@link SqlDialect#introspector}). What is read
 * back equals {@link SqlDialect#project} of the schema Strata created, so the two can be compared
 * with {@code equals}. An introspector reads on each call (nothing is cached) and
 * does not close the connection.
 */
public interface Introspector extends TableLookup {

  /** The name of the history table, never reported. */
  String HISTORY_TABLE = "strata_schema_history";

  /** The dialect of the database read. */
  SqlDialect dialect();

  /**
   * Every table of the current schema.
   *
   * @throws StrataException {@link ErrorCode#CONNECTION_FAILED} when the catalog cannot be read
   */
  SchemaDef schema();

  /**
   * Every table of the current schema, and everything the schema model cannot hold exactly
   * (indexes of another kind, generated columns, types only this database
   * knows, ...), named: {@link LiveSchema#schema()} leaves those out, or reads a column without
   * the part the model lacks, and {@link LiveSchema#unmodelled()} says which, with the SQL that
   * recreates each where there is one. {@link #schema()} is its schema.
   *
   * @throws StrataException {@link ErrorCode#CONNECTION_FAILED} when the catalog cannot be read
   */
  default LiveSchema read() {
    return new LiveSchema(schema(), java.util.List.of());
  }

  /**
   * One table of the current schema, or empty when there is none of that name.
   *
   * @throws StrataException {@link ErrorCode#CONNECTION_FAILED} when the catalog cannot be read
   */
  @Override
  Optional<TableDef> table(String name);

  /** The error for a failed catalog read. */
  static StrataException readFailed(SqlDialect dialect, SQLException e) {
    return new StrataException(ErrorCode.CONNECTION_FAILED, "cannot read the schema of the "
        + dialect.database() + " database: " + e.getMessage() + "; check the connection and its privileges", e);
  }
}
