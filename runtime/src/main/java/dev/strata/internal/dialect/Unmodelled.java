package dev.strata.internal.dialect;

import dev.strata.Database;
import java.util.Objects;

/**
 * Something a live database holds that the schema model cannot express exactly, found by an
 * {@link Introspector} so that it is never read as something else without a word.
 *
 * <ul>
 *   <li>{@link Kind#VERBATIM}: left out of the schema read (an index, an exclusion
 *       constraint, a generated column, a domain), or read without the part the model lacks (a column's
 *       {@code ON UPDATE CURRENT_TIMESTAMP} or collation); {@link #sql} recreates it on
 *       {@link #database}, to be carried as {@code executeSql(database, sql)}: before the tables
 *       for a schema-level object ({@link #table} null: a type or a domain the tables use), once
 *       they exist for the others.
 *   <li>{@link Kind#ENGINE_SPECIFIC}: a column read with a raw type only {@link #database} knows
 *       ({@code enum('G','PG')}, {@code int unsigned}); a migration creating it applies on that
 *       database only. {@link #sql} is null.
 *   <li>{@link Kind#NOT_CARRIED}: left out of the schema read, and no statement can add it to an
 *       existing table on that database (SQLite cannot add a stored generated column or a
 *       collation to a table); a copy made from the migrations lacks it. {@link #sql} is null.
 * </ul>
 *
 * @param kind what Strata does with it
 * @param database the database it was read from, and the one its SQL runs on
 * @param table the table it belongs to, or null for a schema-level object (a type, a domain)
 * @param name the object's name: an index or constraint name, a column name, a type name
 * @param what a short description: {@code FULLTEXT index (title, description)},
 *     {@code column ON UPDATE current_timestamp()}, {@code enum('G','PG')}
 * @param sql for {@link Kind#VERBATIM}, the statement that recreates it; else null
 */
public record Unmodelled(Kind kind, Database database, String table, String name, String what, String sql) {

  /** What Strata does with an object it cannot model. */
  public enum Kind {
    /** Carried as per-dialect SQL, left out of what is compared. */
    VERBATIM,
    /** Modelled with a raw type that only one database knows. */
    ENGINE_SPECIFIC,
    /** Left out of what is compared; no statement recreates it. */
    NOT_CARRIED
  }

  public Unmodelled {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(what, "what");
    if (kind == Kind.VERBATIM) {
      Objects.requireNonNull(sql, "sql");
    }
  }

  /** A verbatim object. */
  public static Unmodelled verbatim(Database database, String table, String name, String what, String sql) {
    return new Unmodelled(Kind.VERBATIM, database, table, name, what, sql);
  }

  /** A column with a type only {@code database} knows. */
  public static Unmodelled engineSpecific(Database database, String table, String column, String type) {
    return new Unmodelled(Kind.ENGINE_SPECIFIC, database, table, column, type, null);
  }

  /** An object left out that no statement on {@code database} can add to an existing table. */
  public static Unmodelled notCarried(Database database, String table, String name, String what) {
    return new Unmodelled(Kind.NOT_CARRIED, database, table, name, what, null);
  }

  /**
   * One line for the output of the commands that read a live database: "carried verbatim on
   * MariaDB only: film.ft, FULLTEXT index (title, description)", "applies on MariaDB only:
   * film.rating enum('G','PG')", "not carried on SQLite: film.price_with_tax, generated column (virtual); a
   * copy made from the migrations lacks it".
   */
  public String describe() {
    String where = database.displayName() + " only: " + (table == null ? "" : table + ".") + name;
    return switch (kind) {
      case VERBATIM -> "carried verbatim on " + where + ", " + what;
      case ENGINE_SPECIFIC -> "applies on " + where + " " + what;
      case NOT_CARRIED -> "not carried on " + database.displayName() + ": " + (table == null ? "" : table + ".") + name
          + ", " + what + "; a copy made from the migrations lacks it";
    };
  }
}
