package dev.strata.ddl;

import dev.strata.internal.ddl.DdlValues;
import dev.strata.internal.schema.model.CheckDef;

/**
 * An immutable CHECK constraint description for migrations: {@code check("ck_orders_total", "total >= 0")}.
 * The expression is SQL used verbatim on every database.
 */
public final class CheckBuilder {
  static {
    DdlValues.register(CheckBuilder.class, b -> b.def);
  }

  private final CheckDef def;

  CheckBuilder(CheckDef def) {
    this.def = def;
  }

  CheckDef def() {
    return def;
  }

  @Override
  public String toString() {
    return "check " + def.name() + " (" + def.expression() + ")";
  }
}
