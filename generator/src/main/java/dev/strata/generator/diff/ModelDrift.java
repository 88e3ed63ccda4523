package dev.strata.generator.diff;

import dev.strata.internal.manifest.SnapshotDrift;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The "missing migration" diagnostics the annotation processor reports (through
 * {@link SnapshotDrift}, found with {@link java.util.ServiceLoader}): the models compared with a
 * trusted snapshot through the same diff {@code generate --check} runs ({@link SchemaDiff},
 * destructive changes refused as there), one difference per change, each worded for its kind and
 * naming table and column. A column's difference belongs to its field; a table's, index's or key's
 * to the model class. A changed index, foreign key, check or primary key (dropped and added again by
 * the diff) is one difference.
 */
public final class ModelDrift implements SnapshotDrift {

  public static final String RUN = "; run `mvn strata:generate` (or `strata generate`) to write the migration";
  public static final String TABLE_ADDED = "table %s is in the model but in no migration" + RUN;
  public static final String TABLE_DROPPED = "table %s is in the migrations but no @Model describes it any more" + RUN
      + " that drops it, or restore its model";
  public static final String TABLE_RENAMED = "table %s is renamed to %s in the model but in no migration" + RUN;
  public static final String COLUMN_ADDED = "column %s.%s is in the model but in no migration" + RUN;
  public static final String COLUMN_DROPPED = "column %s.%s is in the migrations but not in the model" + RUN
      + " that drops it, or restore the field";
  public static final String COLUMN_RENAMED = "column %s.%s is renamed to %s in the model but in no migration" + RUN;
  public static final String COLUMN_CHANGED = "column %s.%s is %s in the model but %s in the migrations" + RUN;
  public static final String INDEX_ADDED = "index %s on %s is in the model but in no migration" + RUN;
  public static final String INDEX_DROPPED = "index %s on %s is in the migrations but not in the model" + RUN;
  public static final String INDEX_CHANGED = "index %s on %s differs between the model and the migrations" + RUN;
  public static final String FOREIGN_KEY_ADDED = "foreign key %s on %s is in the model but in no migration" + RUN;
  public static final String FOREIGN_KEY_DROPPED = "foreign key %s on %s is in the migrations but not in the model" + RUN;
  public static final String FOREIGN_KEY_CHANGED = "foreign key %s on %s differs between the model and the migrations"
      + RUN;
  public static final String CHECK_ADDED = "check %s on %s is in the model but in no migration" + RUN;
  public static final String CHECK_DROPPED = "check %s on %s is in the migrations but not in the model" + RUN;
  public static final String CHECK_CHANGED = "check %s on %s has another expression in the model than in the migrations"
      + RUN;
  public static final String PRIMARY_KEY_CHANGED = "the primary key of %s is %s in the model but %s in the migrations"
      + RUN;
  public static final String REFUSED = "%s: the model and the migrations differ (%s)" + RUN;

  private SchemaDef snapshot;
  private SchemaDef desired;
  private List<Difference> out;

  /** For {@link java.util.ServiceLoader}. */
  public ModelDrift() {}

  @Override
  public List<Difference> differences(SchemaDef snapshot, SchemaDef desired) {
    ModelDrift run = new ModelDrift();
    run.snapshot = snapshot;
    run.desired = desired;
    run.out = new ArrayList<>();
    run.report();
    return List.copyOf(run.out);
  }

  private void report() {
    DiffResult diff = SchemaDiff.compare(snapshot, desired, false);
    List<Change> changes = diff.changes();
    Set<String> added = new HashSet<>();
    for (Change change : changes) {
      change.operation().accept(new Operation.Partial<Void>() {
        @Override
        public Void visitCreateIndex(Operation.CreateIndex op) {
          added.add(op.table() + "\0i\0" + op.index().name());
          return null;
        }

        @Override
        public Void visitAddForeignKey(Operation.AddForeignKey op) {
          added.add(op.table() + "\0f\0" + op.foreignKey().name());
          return null;
        }

        @Override
        public Void visitAddPrimaryKey(Operation.AddPrimaryKey op) {
          added.add(op.table() + "\0p");
          return null;
        }

        @Override
        public Void visitAddCheck(Operation.AddCheck op) {
          added.add(op.table() + "\0c\0" + op.check().name());
          return null;
        }

        @Override
        protected Void otherwise(Operation op) {
          return null;
        }
      });
    }
    for (Change change : changes) {
      change.operation().accept(new Words(added));
    }
    if (changes.isEmpty()) {
      for (Refusal refusal : diff.refusals()) {
        Refusal.Subject subject = refusal.subject();
        print(subject.table(), subject.column(), String.format(REFUSED, subject, refusal.problem()));
      }
    }
  }

  /** Words one change and reports it on its element. */
  private final class Words implements Operation.Visitor<Void> {
    /** The indexes, foreign keys and primary keys that are added: a drop of one of them is a change. */
    private final Set<String> added;

    Words(Set<String> added) {
      this.added = added;
    }

    @Override
    public Void visitCreateTable(Operation.CreateTable op) {
      String name = op.definition().name();
      return print(name, null, String.format(TABLE_ADDED, name));
    }

    @Override
    public Void visitDropTable(Operation.DropTable op) {
      return print(op.table(), null, String.format(TABLE_DROPPED, op.table()));
    }

    @Override
    public Void visitRenameTable(Operation.RenameTable op) {
      return print(op.newName(), null, String.format(TABLE_RENAMED, op.table(), op.newName()));
    }

    @Override
    public Void visitAddColumn(Operation.AddColumn op) {
      return print(op.table(), op.column().name(), String.format(COLUMN_ADDED, op.table(), op.column().name()));
    }

    @Override
    public Void visitDropColumn(Operation.DropColumn op) {
      return print(op.table(), null, String.format(COLUMN_DROPPED, op.table(), op.column()));
    }

    @Override
    public Void visitRenameColumn(Operation.RenameColumn op) {
      return print(op.table(), op.newName(),
          String.format(COLUMN_RENAMED, op.table(), op.column(), op.newName()));
    }

    @Override
    public Void visitAlterColumn(Operation.AlterColumn op) {
      ColumnDef now = op.column();
      String before = before(op.table(), now).map(ModelDrift::describe).orElse("otherwise");
      return print(op.table(), now.name(),
          String.format(COLUMN_CHANGED, op.table(), now.name(), describe(now), before));
    }

    @Override
    public Void visitCreateIndex(Operation.CreateIndex op) {
      String name = op.index().name();
      boolean changed = snapshot.table(op.table()).flatMap(t -> t.index(name)).isPresent();
      return print(op.table(), null, String.format(changed ? INDEX_CHANGED : INDEX_ADDED, name, op.table()));
    }

    @Override
    public Void visitDropIndex(Operation.DropIndex op) {
      if (added.contains(op.table() + "\0i\0" + op.index())) {
        return null;
      }
      return print(op.table(), null, String.format(INDEX_DROPPED, op.index(), op.table()));
    }

    @Override
    public Void visitAddForeignKey(Operation.AddForeignKey op) {
      String name = op.foreignKey().name();
      boolean changed = snapshot.table(op.table()).flatMap(t -> t.foreignKey(name)).isPresent();
      return print(op.table(), null,
          String.format(changed ? FOREIGN_KEY_CHANGED : FOREIGN_KEY_ADDED, name, op.table()));
    }

    @Override
    public Void visitDropForeignKey(Operation.DropForeignKey op) {
      if (added.contains(op.table() + "\0f\0" + op.foreignKey())) {
        return null;
      }
      return print(op.table(), null, String.format(FOREIGN_KEY_DROPPED, op.foreignKey(), op.table()));
    }

    @Override
    public Void visitAddPrimaryKey(Operation.AddPrimaryKey op) {
      return print(op.table(), null, String.format(PRIMARY_KEY_CHANGED, op.table(), op.columns(),
          snapshotTable(op.table()).map(t -> t.primaryKey().toString()).orElse("[]")));
    }

    @Override
    public Void visitDropPrimaryKey(Operation.DropPrimaryKey op) {
      if (added.contains(op.table() + "\0p")) {
        return null;
      }
      return print(op.table(), null, String.format(PRIMARY_KEY_CHANGED, op.table(), "[]",
          snapshotTable(op.table()).map(t -> t.primaryKey().toString()).orElse("[]")));
    }

    @Override
    public Void visitAddCheck(Operation.AddCheck op) {
      String name = op.check().name();
      boolean changed = snapshotTable(op.table()).flatMap(t -> t.check(name)).isPresent();
      return print(op.table(), null, String.format(changed ? CHECK_CHANGED : CHECK_ADDED, name, op.table()));
    }

    @Override
    public Void visitDropCheck(Operation.DropCheck op) {
      if (added.contains(op.table() + "\0c\0" + op.check())
          || desired.tables().stream().anyMatch(t -> t.check(op.check()).isPresent()
              && snapshotTable(t.name()).flatMap(s -> s.check(op.check())).isPresent())) {
        return null;
      }
      return print(op.table(), null, String.format(CHECK_DROPPED, op.check(), op.table()));
    }

    @Override
    public Void visitExecuteSql(Operation.ExecuteSql op) {
      return print("", null, String.format(REFUSED, "SQL", op.label()));
    }

    @Override
    public Void visitRunCode(Operation.RunCode op) {
      return print("", null, String.format(REFUSED, "code", op.label()));
    }
  }

  /** The snapshot's table that {@code table} (a name in the models) was, following a rename hint. */
  private Optional<TableDef> snapshotTable(String table) {
    Optional<TableDef> same = snapshot.table(table);
    if (same.isPresent()) {
      return same;
    }
    return desired.table(table).map(TableDef::renamedFrom).flatMap(snapshot::table);
  }

  /** The snapshot's column that {@code now} was, following rename hints. */
  private Optional<ColumnDef> before(String table, ColumnDef now) {
    return snapshotTable(table).flatMap(t -> t.column(now.name())
        .or(() -> now.renamedFrom() == null ? Optional.empty() : t.column(now.renamedFrom())));
  }

  /** A column's type and constraints as the messages show them: {@code VARCHAR(100) NOT NULL DEFAULT 'x'}. */
  static String describe(ColumnDef column) {
    return column.type() + (column.nullable() ? " NULL" : " NOT NULL")
        + (column.defaultValue() == null ? "" : " DEFAULT " + column.defaultValue())
        + (column.auto() ? " AUTO" : "");
  }

  private Void print(String table, String column, String message) {
    out.add(new Difference(table, column, message));
    return null;
  }
}
