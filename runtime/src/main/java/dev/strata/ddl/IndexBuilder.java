package dev.strata.ddl;

import dev.strata.internal.ddl.DdlValues;
import dev.strata.internal.schema.model.IndexDef;

/**
 * An immutable index or unique constraint description for migrations:
 * {@code index("idx_posts_user_id", "user_id")} or {@code unique("uq_users_email", "email")}, made
 * partial with {@link #where(String)}: {@code index("idx_orders_open", "customer_id").where("status = 'open'")}.
 */
public final class IndexBuilder {
  static {
    DdlValues.register(IndexBuilder.class, b -> b.def);
  }

  private final IndexDef def;

  IndexBuilder(IndexDef def) {
    this.def = def;
  }

  IndexDef def() {
    return def;
  }

  /**
   * This index made partial: only rows for which {@code predicate} holds are indexed (and, for a
   * unique index, must be unique). The predicate is SQL used verbatim after {@code WHERE}, on
   * PostgreSQL and SQLite; MySQL and MariaDB have no partial indexes, so a migration creating one
   * fails there.
   *
   * @param predicate an SQL boolean expression over the table's columns, without {@code WHERE}
   * @throws IllegalArgumentException when {@code predicate} is null or blank
   */
  public IndexBuilder where(String predicate) {
    if (predicate == null || predicate.isBlank()) {
      throw new IllegalArgumentException("index " + def.name() + ": where needs an SQL predicate, was "
          + (predicate == null ? "null" : "blank") + "; leave where out for an index over every row");
    }
    return new IndexBuilder(def.withWhere(predicate));
  }

  @Override
  public String toString() {
    return (def.unique() ? "unique " : "index ") + def.name() + " " + def.columns()
        + (def.where() == null ? "" : " where " + def.where());
  }
}
