package dev.strata.ddl;

import dev.strata.internal.ddl.DdlValues;
import dev.strata.internal.schema.model.IndexDef;

/**
 * An immutable index or unique constraint description for migrations:
 * {@code index("idx_posts_user_id", "user_id")} or {@code unique("uq_users_email", "email")}.
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

  @Override
  public String toString() {
    return (def.unique() ? "unique " : "index ") + def.name() + " " + def.columns();
  }
}
