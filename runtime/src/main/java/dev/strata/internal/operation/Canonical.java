package dev.strata.internal.operation;

import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.stream.Collectors;

/** Stable text forms of model values, for checksums. Changing them changes every checksum. */
final class Canonical {
  private Canonical() {}

  static String column(ColumnDef c) {
    return c.name() + ":" + c.type() + (c.nullable() ? " null" : " notnull")
        + (c.defaultValue() == null ? "" : " default=" + c.defaultValue())
        + (c.auto() ? " auto" : "");
  }

  /**
   * The text of an index; a partial index appends {@code " where=<predicate>"}, so an index
   * without a predicate keeps the text (and the checksums) it had before predicates existed.
   */
  static String index(IndexDef i) {
    return (i.unique() ? "unique " : "index ") + i.name() + i.columns()
        + (i.where() == null ? "" : " where=" + i.where());
  }

  static String foreignKey(ForeignKeyDef f) {
    return f.name() + f.columns() + "->" + f.referencedTable() + f.referencedColumns()
        + " onDelete=" + f.onDelete() + " onUpdate=" + f.onUpdate();
  }

  static String check(CheckDef c) {
    return c.name() + " (" + c.expression() + ")";
  }

  /** A table; its checks follow only when it has some, so a table without keeps its earlier form. */
  static String table(TableDef t) {
    return t.name() + "{"
        + t.columns().stream().map(Canonical::column).collect(Collectors.joining(", "))
        + "; pk=" + t.primaryKey()
        + "; " + t.indexes().stream().map(Canonical::index).collect(Collectors.joining(", "))
        + "; " + t.foreignKeys().stream().map(Canonical::foreignKey).collect(Collectors.joining(", "))
        + (t.checks().isEmpty() ? "" : "; checks=" + t.checks().stream().map(Canonical::check)
            .collect(Collectors.joining(", ")))
        + "}";
  }
}
