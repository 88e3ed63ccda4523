package dev.strata.generator.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.annotations.ReferentialAction;
import dev.strata.internal.schema.model.TableDef;
import java.util.List;

/**
 * Java statements for operations, in the migration DSL ({@code import static
 * dev.strata.ddl.Ddl.*}): each statement reads back, through {@code OperationRecorder}, as the
 * operation it came from.
 */
final class OperationCode {

  static final ClassName REFERENTIAL_ACTION = ClassName.get(ReferentialAction.class);

  /** Longest statement line (with method-body indentation) kept on one line. */
  private static final int LINE_LIMIT = 100;

  /** Indentation of a statement inside {@code up} and {@code down}. */
  private static final int BODY_INDENT = 4;

  private OperationCode() {}

  /** The statement for {@code op}, ending with a newline. */
  static CodeBlock statement(Operation op) {
    if (op instanceof Operation.CreateTable o) {
      return createTable(o.definition());
    }
    if (op instanceof Operation.DropTable o) {
      return CodeBlock.of("db.dropTable($S);\n", o.table());
    }
    if (op instanceof Operation.RenameTable o) {
      return CodeBlock.of("db.renameTable($S, $S);\n", o.table(), o.newName());
    }
    if (op instanceof Operation.AddColumn o) {
      return CodeBlock.of("db.addColumn($S, $L);\n", o.table(), column(o.column()));
    }
    if (op instanceof Operation.DropColumn o) {
      return CodeBlock.of("db.dropColumn($S, $S);\n", o.table(), o.column());
    }
    if (op instanceof Operation.RenameColumn o) {
      return CodeBlock.of("db.renameColumn($S, $S, $S);\n", o.table(), o.column(), o.newName());
    }
    if (op instanceof Operation.AlterColumn o) {
      return CodeBlock.of("db.alterColumn($S, $L);\n", o.table(), column(o.column()));
    }
    if (op instanceof Operation.CreateIndex o) {
      return CodeBlock.of("db.createIndex($S, $L);\n", o.table(), index(o.index()));
    }
    if (op instanceof Operation.DropIndex o) {
      return CodeBlock.of("db.dropIndex($S, $S);\n", o.table(), o.index());
    }
    if (op instanceof Operation.AddForeignKey o) {
      return addForeignKey(o.table(), o.foreignKey());
    }
    if (op instanceof Operation.DropForeignKey o) {
      return CodeBlock.of("db.dropForeignKey($S, $S);\n", o.table(), o.foreignKey());
    }
    if (op instanceof Operation.AddPrimaryKey o) {
      return CodeBlock.of("db.addPrimaryKey($S, $L);\n", o.table(), strings(o.columns()));
    }
    if (op instanceof Operation.DropPrimaryKey o) {
      return CodeBlock.of("db.dropPrimaryKey($S);\n", o.table());
    }
    throw new IllegalArgumentException("generated migrations hold no " + op.getClass().getSimpleName()
        + " operation: " + op.canonical());
  }

  /** {@code db.createTable(table(...)} with one builder call a line. */
  private static CodeBlock createTable(TableDef table) {
    CodeBlock.Builder code = CodeBlock.builder().add("db.createTable(table($S)$>$>", table.name());
    for (ColumnDef column : table.columns()) {
      code.add("\n.column($L)", column(column));
    }
    if (!table.primaryKey().isEmpty()) {
      code.add("\n.primaryKey($L)", strings(table.primaryKey()));
    }
    for (IndexDef index : table.indexes()) {
      code.add("\n.index($L)", index(index));
    }
    for (ForeignKeyDef fk : table.foreignKeys()) {
      CodeBlock oneLine = CodeBlock.of(".foreignKey($L)", foreignKey(fk, false));
      if (BODY_INDENT + 4 + width(oneLine) + 3 <= LINE_LIMIT) {
        code.add("\n$L", oneLine);
      } else {
        code.add("\n.foreignKey($L)$<$<", foreignKey(fk, true));
      }
    }
    return code.add(");\n$<$<").build();
  }

  /** One line when it fits, else the key's {@code references} and actions each on a line. */
  private static CodeBlock addForeignKey(String table, ForeignKeyDef fk) {
    CodeBlock oneLine = CodeBlock.of("db.addForeignKey($S, $L);\n", table, foreignKey(fk, false));
    if (BODY_INDENT + width(oneLine) <= LINE_LIMIT) {
      return oneLine;
    }
    return CodeBlock.of("db.addForeignKey($S, $L);\n$<$<", table, foreignKey(fk, true));
  }

  /** The rendered width of a one-line block, with the imported simple name of ReferentialAction. */
  private static int width(CodeBlock block) {
    return block.toString().replace(REFERENTIAL_ACTION.canonicalName(), REFERENTIAL_ACTION.simpleName())
        .stripTrailing().length();
  }

  /** {@code foreignKey(...).references(...)} and the actions that are not NO ACTION. */
  private static CodeBlock foreignKey(ForeignKeyDef fk, boolean multiLine) {
    String next = multiLine ? "$>$>\n" : "";
    CodeBlock.Builder code = CodeBlock.builder()
        .add("foreignKey($S, $L)", fk.name(), strings(fk.columns()))
        .add(next)
        .add(".references($S, $L)", fk.referencedTable(), strings(fk.referencedColumns()));
    String separator = multiLine ? "\n" : "";
    if (fk.onDelete() != ReferentialAction.NO_ACTION) {
      code.add(separator + ".onDelete($T.$L)", REFERENTIAL_ACTION, fk.onDelete().name());
    }
    if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
      code.add(separator + ".onUpdate($T.$L)", REFERENTIAL_ACTION, fk.onUpdate().name());
    }
    return code.build();
  }

  /** {@code column("name", TYPE)} with {@code .nullable()}, {@code .defaultValue(...)}, {@code .auto()}. */
  static CodeBlock column(ColumnDef column) {
    CodeBlock.Builder code = CodeBlock.builder().add("column($S, $L)", column.name(), type(column.type()));
    if (column.nullable()) {
      code.add(".nullable()");
    }
    if (column.defaultValue() != null) {
      code.add(".defaultValue($S)", column.defaultValue());
    }
    if (column.auto()) {
      code.add(".auto()");
    }
    return code.build();
  }

  /** The DSL spelling of a type: a constant of {@code Ddl}, or a factory call for sized types. */
  static CodeBlock type(ColumnType type) {
    switch (type.kind()) {
      case VARCHAR:
        return CodeBlock.of("varchar($L)", type.length());
      case CHAR:
        return CodeBlock.of("character($L)", type.length());
      case DECIMAL:
        return CodeBlock.of("decimal($L, $L)", type.precision(), type.scale());
      case RAW:
        return CodeBlock.of("raw($S)", type.sql());
      default:
        return CodeBlock.of("$L", type.kind().name());
    }
  }

  /** {@code index("name", "a", "b")} or {@code unique(...)}. */
  static CodeBlock index(IndexDef index) {
    return CodeBlock.of("$L($S, $L)", index.unique() ? "unique" : "index", index.name(), strings(index.columns()));
  }

  /** String literals separated by commas. */
  private static CodeBlock strings(List<String> values) {
    return values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
  }
}
