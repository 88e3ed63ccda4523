package dev.strata.processor;

import dev.strata.generator.diff.Change;
import dev.strata.generator.diff.DiffResult;
import dev.strata.generator.diff.Refusal;
import dev.strata.generator.diff.SchemaDiff;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * The "missing migration" diagnostics: the models compared with a trusted snapshot through the
 * same diff {@code generate --check} runs ({@link SchemaDiff}, destructive changes refused as
 * there), one diagnostic per change, on the model element that changed: the class for a table,
 * an index or a key, the field for a column. A table no model describes any more has no element;
 * its diagnostic names it. Loaded only when {@link MissingMigrationCheck} trusts a snapshot.
 */
final class MissingMigrations {

  static final String RUN = "; run `mvn strata:generate` (or `strata generate`) to write the migration";
  static final String TABLE_ADDED = "table %s is in the model but in no migration" + RUN;
  static final String TABLE_DROPPED = "table %s is in the migrations but no @Model describes it any more" + RUN
      + " that drops it, or restore its model";
  static final String TABLE_RENAMED = "table %s is renamed to %s in the model but in no migration" + RUN;
  static final String COLUMN_ADDED = "column %s.%s is in the model but in no migration" + RUN;
  static final String COLUMN_DROPPED = "column %s.%s is in the migrations but not in the model" + RUN
      + " that drops it, or restore the field";
  static final String COLUMN_RENAMED = "column %s.%s is renamed to %s in the model but in no migration" + RUN;
  static final String COLUMN_CHANGED = "column %s.%s is %s in the model but %s in the migrations" + RUN;
  static final String INDEX_ADDED = "index %s on %s is in the model but in no migration" + RUN;
  static final String INDEX_DROPPED = "index %s on %s is in the migrations but not in the model" + RUN;
  static final String INDEX_CHANGED = "index %s on %s differs between the model and the migrations" + RUN;
  static final String FOREIGN_KEY_ADDED = "foreign key %s on %s is in the model but in no migration" + RUN;
  static final String FOREIGN_KEY_DROPPED = "foreign key %s on %s is in the migrations but not in the model" + RUN;
  static final String FOREIGN_KEY_CHANGED = "foreign key %s on %s differs between the model and the migrations"
      + RUN;
  static final String PRIMARY_KEY_CHANGED = "the primary key of %s is %s in the model but %s in the migrations"
      + RUN;
  static final String REFUSED = "%s: the model and the migrations differ (%s)" + RUN;

  private final ProcessingEnvironment env;
  private final Messager messager;
  private final Diagnostic.Kind kind;
  private final SchemaDef snapshot;
  private final SchemaDef desired;
  private final Map<String, ModelSpec> models;

  private MissingMigrations(ProcessingEnvironment env, Diagnostic.Kind kind, SchemaDef snapshot, SchemaDef desired,
      Map<String, ModelSpec> models) {
    this.env = env;
    this.messager = env.getMessager();
    this.kind = kind;
    this.snapshot = snapshot;
    this.desired = desired;
    this.models = models;
  }

  /**
   * Reports, as {@code kind}, each change from {@code snapshot} (the schema the migrations give) to
   * {@code desired} (the models, with hints).
   */
  static void report(ProcessingEnvironment env, Diagnostic.Kind kind, SchemaDef snapshot, SchemaDef desired,
      Map<String, ModelSpec> models) {
    new MissingMigrations(env, kind, snapshot, desired, models).report();
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
        Element element = subject.column() == null ? table(subject.table()) : column(subject.table(), subject.column());
        print(element, String.format(REFUSED, subject, refusal.problem()));
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
      return print(table(name), String.format(TABLE_ADDED, name));
    }

    @Override
    public Void visitDropTable(Operation.DropTable op) {
      return print(null, String.format(TABLE_DROPPED, op.table()));
    }

    @Override
    public Void visitRenameTable(Operation.RenameTable op) {
      return print(table(op.newName()), String.format(TABLE_RENAMED, op.table(), op.newName()));
    }

    @Override
    public Void visitAddColumn(Operation.AddColumn op) {
      return print(column(op.table(), op.column().name()), String.format(COLUMN_ADDED, op.table(), op.column().name()));
    }

    @Override
    public Void visitDropColumn(Operation.DropColumn op) {
      return print(table(op.table()), String.format(COLUMN_DROPPED, op.table(), op.column()));
    }

    @Override
    public Void visitRenameColumn(Operation.RenameColumn op) {
      return print(column(op.table(), op.newName()),
          String.format(COLUMN_RENAMED, op.table(), op.column(), op.newName()));
    }

    @Override
    public Void visitAlterColumn(Operation.AlterColumn op) {
      ColumnDef now = op.column();
      String before = before(op.table(), now).map(MissingMigrations::describe).orElse("otherwise");
      return print(column(op.table(), now.name()),
          String.format(COLUMN_CHANGED, op.table(), now.name(), describe(now), before));
    }

    @Override
    public Void visitCreateIndex(Operation.CreateIndex op) {
      String name = op.index().name();
      boolean changed = snapshot.table(op.table()).flatMap(t -> t.index(name)).isPresent();
      return print(table(op.table()), String.format(changed ? INDEX_CHANGED : INDEX_ADDED, name, op.table()));
    }

    @Override
    public Void visitDropIndex(Operation.DropIndex op) {
      if (added.contains(op.table() + "\0i\0" + op.index())) {
        return null;
      }
      return print(table(op.table()), String.format(INDEX_DROPPED, op.index(), op.table()));
    }

    @Override
    public Void visitAddForeignKey(Operation.AddForeignKey op) {
      String name = op.foreignKey().name();
      boolean changed = snapshot.table(op.table()).flatMap(t -> t.foreignKey(name)).isPresent();
      return print(table(op.table()),
          String.format(changed ? FOREIGN_KEY_CHANGED : FOREIGN_KEY_ADDED, name, op.table()));
    }

    @Override
    public Void visitDropForeignKey(Operation.DropForeignKey op) {
      if (added.contains(op.table() + "\0f\0" + op.foreignKey())) {
        return null;
      }
      return print(table(op.table()), String.format(FOREIGN_KEY_DROPPED, op.foreignKey(), op.table()));
    }

    @Override
    public Void visitAddPrimaryKey(Operation.AddPrimaryKey op) {
      return print(table(op.table()), String.format(PRIMARY_KEY_CHANGED, op.table(), op.columns(),
          snapshotTable(op.table()).map(t -> t.primaryKey().toString()).orElse("[]")));
    }

    @Override
    public Void visitDropPrimaryKey(Operation.DropPrimaryKey op) {
      if (added.contains(op.table() + "\0p")) {
        return null;
      }
      return print(table(op.table()), String.format(PRIMARY_KEY_CHANGED, op.table(), "[]",
          snapshotTable(op.table()).map(t -> t.primaryKey().toString()).orElse("[]")));
    }

    @Override
    public Void visitExecuteSql(Operation.ExecuteSql op) {
      return print(null, String.format(REFUSED, "SQL", op.label()));
    }

    @Override
    public Void visitRunCode(Operation.RunCode op) {
      return print(null, String.format(REFUSED, "code", op.label()));
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

  private Void print(Element element, String message) {
    if (element == null) {
      messager.printMessage(kind, message);
    } else {
      messager.printMessage(kind, message, element);
    }
    return null;
  }

  /** The class of the model of {@code table}: compiled now, else from the class output; or null. */
  private Element table(String table) {
    ModelSpec model = model(table);
    if (model != null) {
      return model.element();
    }
    Optional<TableDef> def = desired.table(table);
    if (def.isPresent() && def.get().sourceClass() != null) {
      return env.getElementUtils().getTypeElement(def.get().sourceClass());
    }
    return null;
  }

  /** The field of {@code table}'s column {@code column}, or the model's class when it is not compiled now. */
  private Element column(String table, String column) {
    ModelSpec model = model(table);
    if (model == null) {
      return table(table);
    }
    for (FieldSpec field : model.fields()) {
      if (field.column().equalsIgnoreCase(column)) {
        return positioned(field.element());
      }
    }
    return model.element();
  }

  private ModelSpec model(String table) {
    for (ModelSpec model : models.values()) {
      if (model.table().equalsIgnoreCase(table)) {
        return model;
      }
    }
    return null;
  }

  /**
   * javac finds no source position for a record component; its private field has the same one, so
   * the diagnostic goes there.
   */
  private static Element positioned(Element element) {
    if (element.getKind() != ElementKind.RECORD_COMPONENT) {
      return element;
    }
    for (VariableElement field : ElementFilter.fieldsIn(element.getEnclosingElement().getEnclosedElements())) {
      if (field.getSimpleName().equals(element.getSimpleName())) {
        return field;
      }
    }
    return element;
  }
}
