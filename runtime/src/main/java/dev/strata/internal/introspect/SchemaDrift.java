package dev.strata.internal.introspect;

import dev.strata.internal.schema.model.ReferentialActions;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.model.CheckExpressions;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.IndexPredicates;
import dev.strata.internal.schema.model.NamedMerge;
import dev.strata.annotations.ReferentialAction;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Says in plain words how a database differs from what its migrations describe, for drift reports:
 * "column users.nickname exists in the database but in no migration", "index idx_posts_title is
 * missing", "column users.name is VARCHAR(100) in the database but VARCHAR(255) in the
 * migrations". The expected schema is compared as the database can hold it
 * ({@link SqlDialect#project}), so only real differences are reported.
 */
public final class SchemaDrift {
  private final SqlDialect dialect;

  /** A comparison for schemas introspected from {@code dialect}'s database. */
  public SchemaDrift(SqlDialect dialect) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
  }

  /**
   * The differences between {@code expected} (what the migrations describe) and {@code actual}
   * (what introspection read), sorted by table, one sentence each; empty exactly when
   * {@code dialect.project(expected).equals(actual)}, except that checks are compared by name and
   * {@linkplain CheckExpressions#equivalent normalised expression}, since each database keeps its
   * own spelling of the expression.
   */
  public List<String> differences(SchemaDef expected, SchemaDef actual) {
    SchemaDef wanted = dialect.project(expected);
    List<String> out = new ArrayList<>();
    for (NamedMerge.Entry<TableDef> table : NamedMerge.merge(wanted.tables(), actual.tables(), TableDef::name)) {
      if (table.onlyRight()) {
        out.add("table " + table.name() + " exists in the database but in no migration");
      } else if (table.onlyLeft()) {
        out.add("table " + table.name() + " is missing");
      } else {
        compare(table.left(), table.right().withoutHints(), out);
      }
    }
    return out;
  }

  private static void compare(TableDef w, TableDef a, List<String> out) {
    String t = w.name();
    for (ColumnDef column : a.columns()) {
      if (w.column(column.name()).isEmpty()) {
        out.add("column " + t + "." + column.name() + " exists in the database but in no migration");
      }
    }
    for (ColumnDef want : w.columns()) {
      ColumnDef have = a.column(want.name()).orElse(null);
      if (have == null) {
        out.add("column " + t + "." + want.name() + " is missing");
        continue;
      }
      String c = "column " + t + "." + want.name();
      if (!have.type().equals(want.type())) {
        out.add(c + " is " + have.type() + " in the database but " + want.type() + " in the migrations");
      }
      if (have.nullable() != want.nullable()) {
        out.add(c + " is " + nullability(have) + " in the database but " + nullability(want) + " in the migrations");
      }
      if (!Objects.equals(have.defaultValue(), want.defaultValue())) {
        out.add(c + " has " + defaultText(have) + " in the database but " + defaultText(want) + " in the migrations");
      }
      if (have.auto() != want.auto()) {
        out.add(c + " is " + generated(have) + " in the database but " + generated(want) + " in the migrations");
      }
    }
    List<String> common = a.columnNames().stream().filter(n -> w.column(n).isPresent()).toList();
    List<String> wantedOrder = w.columnNames().stream().filter(n -> a.column(n).isPresent()).toList();
    if (!common.equals(wantedOrder)) {
      out.add("columns of " + t + " are in the order " + common + " in the database but " + wantedOrder
          + " in the migrations");
    }
    if (!w.primaryKey().equals(a.primaryKey())) {
      out.add("primary key of " + t + " is " + key(a.primaryKey()) + " in the database but "
          + key(w.primaryKey()) + " in the migrations");
    }
    // What the database has comes first (extra, then different, in name order), then what it lacks.
    List<NamedMerge.Entry<IndexDef>> indexes = NamedMerge.merge(w.indexes(), a.indexes(), IndexDef::name);
    for (NamedMerge.Entry<IndexDef> index : indexes) {
      if (index.onlyRight()) {
        out.add("index " + index.name() + " on " + t + " exists in the database but in no migration");
      } else if (index.inBoth() && !IndexPredicates.sameIndex(index.left(), index.right())) {
        out.add("index " + index.name() + " on " + t + " is " + describe(index.right()) + " in the database but "
            + describe(index.left()) + " in the migrations");
      }
    }
    for (NamedMerge.Entry<IndexDef> index : indexes) {
      if (index.onlyLeft()) {
        out.add("index " + index.name() + " is missing");
      }
    }
    List<NamedMerge.Entry<ForeignKeyDef>> keys =
        NamedMerge.merge(w.foreignKeys(), a.foreignKeys(), ForeignKeyDef::name);
    for (NamedMerge.Entry<ForeignKeyDef> fk : keys) {
      if (fk.onlyRight()) {
        out.add("foreign key " + fk.name() + " on " + t + " exists in the database but in no migration");
      } else if (fk.inBoth() && !fk.same()) {
        out.add("foreign key " + fk.name() + " on " + t + " is " + describe(fk.right()) + " in the database but "
            + describe(fk.left()) + " in the migrations");
      }
    }
    for (NamedMerge.Entry<ForeignKeyDef> fk : keys) {
      if (fk.onlyLeft()) {
        out.add("foreign key " + fk.name() + " is missing");
      }
    }
    List<NamedMerge.Entry<CheckDef>> checks = NamedMerge.merge(w.checks(), a.checks(), CheckDef::name);
    for (NamedMerge.Entry<CheckDef> check : checks) {
      if (check.onlyRight()) {
        out.add("check " + check.name() + " on " + t + " exists in the database but in no migration");
      } else if (check.inBoth()
          && !CheckExpressions.equivalent(check.left().expression(), check.right().expression())) {
        out.add("check " + check.name() + " on " + t + " is (" + check.right().expression() + ") in the database but ("
            + check.left().expression() + ") in the migrations");
      }
    }
    for (NamedMerge.Entry<CheckDef> check : checks) {
      if (check.onlyLeft()) {
        out.add("check " + check.name() + " is missing");
      }
    }
  }

  private static String nullability(ColumnDef c) {
    return c.nullable() ? "nullable" : "NOT NULL";
  }

  private static String generated(ColumnDef c) {
    return c.auto() ? "generated (identity/auto-increment)" : "not generated";
  }

  private static String defaultText(ColumnDef c) {
    return c.defaultValue() == null ? "no default" : "default " + c.defaultValue();
  }

  private static String key(List<String> columns) {
    return columns.isEmpty() ? "absent" : "(" + String.join(", ", columns) + ")";
  }

  private static String describe(IndexDef index) {
    return (index.unique() ? "unique " : "") + "(" + String.join(", ", index.columns()) + ")"
        + (index.where() == null ? "" : " WHERE " + index.where());
  }

  private static String describe(ForeignKeyDef fk) {
    String text = "(" + String.join(", ", fk.columns()) + ") -> " + fk.referencedTable() + "("
        + String.join(", ", fk.referencedColumns()) + ")";
    if (fk.onDelete() != ReferentialAction.NO_ACTION) {
      text += " ON DELETE " + ReferentialActions.sql(fk.onDelete());
    }
    if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
      text += " ON UPDATE " + ReferentialActions.sql(fk.onUpdate());
    }
    return text;
  }
}
