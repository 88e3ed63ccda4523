package dev.strata.internal.runner;

import dev.strata.Database;
import dev.strata.StrataException;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.replay.Replayer;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the applied migrations say the database holds, as far as that can be known: their
 * operations replayed in memory, and the names whose shape the replay cannot vouch for, each with
 * the reason. A name is unknown when
 * <ul>
 *   <li>raw SQL ({@code executeSql}) that may change the schema names it (every word of the SQL
 *       counts, so table, index and foreign key names are all caught; SQL for another database and
 *       SQL that only reads or writes rows do not count);
 *   <li>with a baseline, it is a table no migration above the baseline created: its shape comes
 *       from before Strata. Such a table is taken from the live schema when a later migration
 *       changes or references it, so the replay can go on;
 *   <li>an operation on it does not replay (a migration edited after it ran).
 * </ul>
 * A renamed unknown table stays unknown under its new name. Code steps ({@code run}) are taken to
 * change rows only; the migrations that have them are listed, since a schema change made in one
 * shows up as drift.
 */
final class ExpectedSchema {
  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");
  private static final Set<String> DATA_STATEMENTS = Set.of("insert", "update", "delete", "select", "merge",
      "replace", "with", "values", "truncate", "copy", "lock", "grant", "revoke", "analyze", "vacuum", "set",
      "comment");
  private static final Pattern SCHEMA_WORDS = Pattern.compile("(?i)\\b(create|alter|drop|rename)\\b");
  private static final Pattern COMMENTS = Pattern.compile("--[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

  private final Database database;
  private final String baseline;
  private final SchemaDef live;
  private final Set<String> carried;
  private final Map<String, String> unknown = new LinkedHashMap<>();
  private final List<String> codeSteps = new ArrayList<>();
  private SchemaDef state = SchemaDef.EMPTY;

  private ExpectedSchema(Database database, String baseline, SchemaDef live, Set<String> carried) {
    this.database = database;
    this.baseline = baseline;
    this.live = live;
    this.carried = carried;
  }

  /**
   * Replays {@code applied} (in version order) for {@code database}.
   *
   * @param baseline the baseline version, or null: with one, tables from before it are unknown
   * @param live the live schema, where tables from before the baseline are taken from
   */
  static ExpectedSchema replay(List<ResolvedMigration> applied, Database database, String baseline, SchemaDef live) {
    return replay(applied, database, baseline, live, Set.of());
  }

  /**
   * {@link #replay(List, Database, String, SchemaDef)}, where raw SQL that is, word for word, the
   * SQL recreating an object the live database holds and introspection leaves out of the schema
   * it compares ({@code carried}: {@link dev.strata.internal.dialect.LiveSchema#verbatim()}) names
   * no unknown table: it recreates that object only, which is not compared.
   */
  static ExpectedSchema replay(List<ResolvedMigration> applied, Database database, String baseline, SchemaDef live,
      Set<String> carried) {
    ExpectedSchema expected = new ExpectedSchema(database, baseline, live, carried);
    for (ResolvedMigration m : applied) {
      Step step = expected.new Step(m);
      for (Operation op : m.upOperations()) {
        op.accept(step);
      }
    }
    return expected;
  }

  /** The replayed schema, unknown tables included. */
  SchemaDef schema() {
    return state;
  }

  /** Whether the baseline hides the history before it. */
  boolean hasBaseline() {
    return baseline != null;
  }

  /** The versions of applied migrations with code steps, in order. */
  List<String> codeSteps() {
    return codeSteps;
  }

  /**
   * Why {@code table} cannot be checked (its name, or the name of one of its indexes or foreign
   * keys in {@code others}, is unknown), or null when it can.
   */
  String whyUnknown(String table, List<TableDef> others) {
    String reason = unknown.get(key(table));
    if (reason != null) {
      return reason;
    }
    for (TableDef t : others) {
      if (t == null) {
        continue;
      }
      for (String name : objectNames(t)) {
        reason = unknown.get(key(name));
        if (reason != null) {
          return reason;
        }
      }
    }
    return null;
  }

  private static List<String> objectNames(TableDef table) {
    List<String> names = new ArrayList<>();
    table.indexes().forEach(i -> names.add(i.name()));
    table.foreignKeys().forEach(f -> names.add(f.name()));
    table.checks().forEach(c -> names.add(c.name()));
    return names;
  }

  /** What one operation of migration {@code m} tells about the schema. */
  private final class Step implements Operation.Visitor<Void> {
    private final ResolvedMigration m;

    Step(ResolvedMigration m) {
      this.m = m;
    }

    @Override
    public Void visitCreateTable(Operation.CreateTable op) {
      // The new table needs only the tables its foreign keys reference.
      return typed(op, op.definition().foreignKeys().stream().map(ForeignKeyDef::referencedTable).toList(), null);
    }

    @Override
    public Void visitDropTable(Operation.DropTable op) {
      return typed(op, List.of(op.table()), null);
    }

    @Override
    public Void visitRenameTable(Operation.RenameTable op) {
      return typed(op, List.of(op.table()), op.newName());
    }

    @Override
    public Void visitAddColumn(Operation.AddColumn op) {
      return typed(op, List.of(op.table()), null);
    }

    @Override
    public Void visitDropColumn(Operation.DropColumn op) {
      return typed(op, List.of(op.table()), null);
    }

    @Override
    public Void visitRenameColumn(Operation.RenameColumn op) {
      return typed(op, List.of(op.table()), null);
    }

    @Override
    public Void visitAlterColumn(Operation.AlterColumn op) {
      return typed(op, List.of(op.table()), null);
    }

    @Override
    public Void visitCreateIndex(Operation.CreateIndex op) {
      return typed(op, List.of(op.table()), null);
    }

    @Override
    public Void visitDropIndex(Operation.DropIndex op) {
      return typed(op, List.of(op.table()), null);
    }

    @Override
    public Void visitAddForeignKey(Operation.AddForeignKey op) {
      return typed(op, List.of(op.table(), op.foreignKey().referencedTable()), null);
    }

    @Override
    public Void visitDropForeignKey(Operation.DropForeignKey op) {
      return typed(op, List.of(op.table()), null);
    }

    @Override
    public Void visitAddPrimaryKey(Operation.AddPrimaryKey op) {
      return typed(op, List.of(op.table()), null);
    }

    @Override
    public Void visitDropPrimaryKey(Operation.DropPrimaryKey op) {
      return typed(op, List.of(op.table()), null);
    }

    @Override
    public Void visitAddCheck(Operation.AddCheck op) {
      return typed(op, List.of(op.table()), null);
    }

    @Override
    public Void visitDropCheck(Operation.DropCheck op) {
      return typed(op, List.of(op.table()), null);
    }

    @Override
    public Void visitExecuteSql(Operation.ExecuteSql op) {
      if ((op.database() == null || database.accepts(op.database())) && mayChangeSchema(op.sql())
          && !carried.contains(op.sql().strip())) {
        Matcher words = WORD.matcher(op.sql());
        while (words.find()) {
          mark(words.group(), "raw SQL in migration " + m.version() + " (executeSql) may change it");
        }
      }
      return null;
    }

    @Override
    public Void visitRunCode(Operation.RunCode op) {
      if (codeSteps.isEmpty() || !codeSteps.get(codeSteps.size() - 1).equals(m.version())) {
        codeSteps.add(m.version());
      }
      return null;
    }

    /**
     * Replays a typed operation that works on or references the existing tables {@code needed};
     * {@code renamedTo} is the new name of a renamed table, else null.
     */
    private Void typed(Operation op, List<String> needed, String renamedTo) {
      if (baseline != null) {
        for (String name : needed) {
          takeFromLive(name);
        }
      }
      String reason = unknown.get(key(op.table()));
      if (reason != null && renamedTo != null) {
        mark(renamedTo, reason);
      }
      try {
        state = Replayer.apply(state, op);
      } catch (StrataException e) {
        if (reason == null) {
          String why = "migration " + m.version() + " does not replay in memory (" + op.label() + ": "
              + e.getMessage() + ")";
          mark(op.table(), why);
          mark(renamedTo, why);
        }
      }
      return null;
    }
  }

  /** A table from before the baseline, as the database holds it, unknown from here on. */
  private void takeFromLive(String name) {
    if (state.hasTable(name)) {
      return;
    }
    live.table(name).ifPresent(t -> {
      // Its foreign keys may point at tables the replay does not hold; it is not compared anyway.
      state = state.withTable(t.withForeignKeys(t.foreignKeys().stream()
          .filter(fk -> state.hasTable(fk.referencedTable()) || fk.referencedTable().equals(name))
          .toList()));
      mark(name, "it was created before the baseline " + baseline);
    });
  }

  private void mark(String name, String reason) {
    if (name != null) {
      unknown.putIfAbsent(key(name), reason);
    }
  }

  private static String key(String name) {
    return name == null ? "" : name.toLowerCase(Locale.ROOT);
  }

  /**
   * Whether raw SQL may change the schema: anything but statements that read or write rows, and
   * anything that mentions CREATE, ALTER, DROP or RENAME.
   */
  static boolean mayChangeSchema(String sql) {
    String text = COMMENTS.matcher(sql).replaceAll(" ").trim();
    Matcher first = WORD.matcher(text);
    if (!first.lookingAt() || !DATA_STATEMENTS.contains(first.group().toLowerCase(Locale.ROOT))) {
      return true;
    }
    return SCHEMA_WORDS.matcher(text).find();
  }

  /** The table names of both schemas, sorted. */
  static Set<String> names(SchemaDef a, SchemaDef b) {
    Set<String> names = new TreeSet<>();
    a.tables().forEach(t -> names.add(t.name()));
    b.tables().forEach(t -> names.add(t.name()));
    return names;
  }
}
