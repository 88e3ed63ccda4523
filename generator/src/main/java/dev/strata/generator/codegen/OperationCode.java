package dev.strata.generator.codegen;

import dev.strata.annotations.Dialect;
import java.util.Map;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.strata.Database;
import dev.strata.EmptyTableCheck;
import dev.strata.RequireDatabase;
import dev.strata.annotations.ReferentialAction;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Java statements for operations, in the migration DSL of {@code dev.strata.ddl.Ddl}: each
 * statement reads back, through {@code OperationRecorder}, as the operation it came from.
 *
 * <p>DSL members are written {@code $T.member} so that JavaPoet shortens them to the member's
 * name once the file statically imports it; {@link #ddlMembers()} names the members used, which
 * is what the file imports.
 */
final class OperationCode implements Operation.Visitor<CodeBlock> {

  static final ClassName DDL = ClassName.get("dev.strata.ddl", "Ddl");

  static final ClassName REFERENTIAL_ACTION = ClassName.get(ReferentialAction.class);

  /** Longest statement line (with method-body indentation) kept on one line. */
  private static final int LINE_LIMIT = 100;

  /** Indentation of a statement inside {@code up} and {@code down}. */
  private static final int BODY_INDENT = 4;

  private final Set<String> ddlMembers = new TreeSet<>();

  /** The statement for {@code op}, ending with a newline. */
  CodeBlock statement(Operation op) {
    return op.accept(this);
  }

  /** The members of {@code Ddl} the statements so far use, sorted. */
  Set<String> ddlMembers() {
    return ddlMembers;
  }

  @Override
  public CodeBlock visitCreateTable(Operation.CreateTable op) {
    TableDef table = op.definition();
    CodeBlock.Builder code = CodeBlock.builder().add("db.createTable($L$>$>", ddl("table", "$S", table.name()));
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
    for (CheckDef check : table.checks()) {
      code.add("\n.check($L)", check(check));
    }
    return code.add(");\n$<$<").build();
  }

  @Override
  public CodeBlock visitDropTable(Operation.DropTable op) {
    return CodeBlock.of("db.dropTable($S);\n", op.table());
  }

  @Override
  public CodeBlock visitRenameTable(Operation.RenameTable op) {
    return CodeBlock.of("db.renameTable($S, $S);\n", op.table(), op.newName());
  }

  @Override
  public CodeBlock visitAddColumn(Operation.AddColumn op) {
    return CodeBlock.of("db.addColumn($S, $L);\n", op.table(), column(op.column()));
  }

  @Override
  public CodeBlock visitDropColumn(Operation.DropColumn op) {
    return CodeBlock.of("db.dropColumn($S, $S);\n", op.table(), op.column());
  }

  @Override
  public CodeBlock visitRenameColumn(Operation.RenameColumn op) {
    return CodeBlock.of("db.renameColumn($S, $S, $S);\n", op.table(), op.column(), op.newName());
  }

  @Override
  public CodeBlock visitAlterColumn(Operation.AlterColumn op) {
    return CodeBlock.of("db.alterColumn($S, $L);\n", op.table(), column(op.column()));
  }

  @Override
  public CodeBlock visitCreateIndex(Operation.CreateIndex op) {
    return CodeBlock.of("db.createIndex($S, $L);\n", op.table(), index(op.index()));
  }

  @Override
  public CodeBlock visitDropIndex(Operation.DropIndex op) {
    return CodeBlock.of("db.dropIndex($S, $S);\n", op.table(), op.index());
  }

  /** One line when it fits, else the key's {@code references} and actions each on a line. */
  @Override
  public CodeBlock visitAddForeignKey(Operation.AddForeignKey op) {
    CodeBlock oneLine = CodeBlock.of("db.addForeignKey($S, $L);\n", op.table(), foreignKey(op.foreignKey(), false));
    if (BODY_INDENT + width(oneLine) <= LINE_LIMIT) {
      return oneLine;
    }
    return CodeBlock.of("db.addForeignKey($S, $L);\n$<$<", op.table(), foreignKey(op.foreignKey(), true));
  }

  @Override
  public CodeBlock visitDropForeignKey(Operation.DropForeignKey op) {
    return CodeBlock.of("db.dropForeignKey($S, $S);\n", op.table(), op.foreignKey());
  }

  @Override
  public CodeBlock visitAddPrimaryKey(Operation.AddPrimaryKey op) {
    return CodeBlock.of("db.addPrimaryKey($S, $L);\n", op.table(), strings(op.columns()));
  }

  @Override
  public CodeBlock visitDropPrimaryKey(Operation.DropPrimaryKey op) {
    return CodeBlock.of("db.dropPrimaryKey($S);\n", op.table());
  }

  @Override
  public CodeBlock visitAddCheck(Operation.AddCheck op) {
    return CodeBlock.of("db.addCheck($S,$W$L);\n", op.table(), check(op.check()));
  }

  @Override
  public CodeBlock visitDropCheck(Operation.DropCheck op) {
    return CodeBlock.of("db.dropCheck($S, $S);\n", op.table(), op.check());
  }

  @Override
  public CodeBlock visitExecuteSql(Operation.ExecuteSql op) {
    if (op.database() == null) {
      throw notGenerated(op);
    }
    return CodeBlock.of("db.executeSql($T.$L,$W$S);\n", Database.class, op.database().name(), op.sql());
  }

  /**
   * The code steps generated migrations hold: the check that a table is empty before a column is
   * restored, and the check that the database is the one a migration applies on.
   */
  @Override
  public CodeBlock visitRunCode(Operation.RunCode op) {
    if (op.action() instanceof EmptyTableCheck check) {
      return CodeBlock.of("db.run(new $T($S,$W$S));\n", EmptyTableCheck.class, check.table(), check.reason());
    }
    if (op.action() instanceof RequireDatabase require) {
      return CodeBlock.of("db.run(new $T($T.$L,$W$S));\n", RequireDatabase.class, Database.class,
          require.database().name(), require.reason());
    }
    throw notGenerated(op);
  }

  private static IllegalArgumentException notGenerated(Operation op) {
    return new IllegalArgumentException("generated migrations hold no " + op.getClass().getSimpleName()
        + " operation: " + op.canonical());
  }

  /**
   * A call of {@code Ddl.member} (or the constant, when {@code arguments} is null) with the
   * arguments {@code format} lays out; {@code member} is a Java name, so it is safe in a format.
   */
  private CodeBlock ddl(String member, String arguments, Object... args) {
    ddlMembers.add(member);
    Object[] all = new Object[args.length + 1];
    all[0] = DDL;
    System.arraycopy(args, 0, all, 1, args.length);
    return CodeBlock.of("$T." + member + (arguments == null ? "" : "(" + arguments + ")"), all);
  }

  /**
   * The rendered width of a one-line block once imports shorten it: a block on its own prints
   * types and static members fully qualified.
   */
  private static int width(CodeBlock block) {
    return block.toString()
        .replace(DDL.canonicalName() + ".", "")
        .replace(REFERENTIAL_ACTION.canonicalName(), REFERENTIAL_ACTION.simpleName())
        .stripTrailing().length();
  }

  /** {@code foreignKey(...).references(...)} and the actions that are not NO ACTION. */
  private CodeBlock foreignKey(ForeignKeyDef fk, boolean multiLine) {
    String next = multiLine ? "$>$>\n" : "";
    CodeBlock.Builder code = CodeBlock.builder()
        .add("$L", ddl("foreignKey", "$S, $L", fk.name(), strings(fk.columns())))
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
  private CodeBlock column(ColumnDef column) {
    CodeBlock.Builder code = CodeBlock.builder().add("$L", ddl("column", "$S, $L", column.name(), type(column.type())));
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
  private CodeBlock type(ColumnType type) {
    switch (type.kind()) {
      case VARCHAR:
        return ddl("varchar", "$L", type.length());
      case CHAR:
        return ddl("character", "$L", type.length());
      case DECIMAL:
        return ddl("decimal", "$L, $L", type.precision(), type.scale());
      case RAW:
        return type.perDialect() ? perDialect(type) : ddl("raw", "$S", type.sql());
      default:
        return ddl(type.kind().name(), null);
    }
  }

  /**
   * {@code raw("TEXT").on(Dialect.POSTGRESQL, "jsonb")}, or without SQL for the other databases
   * {@code raw(Dialect.POSTGRESQL, "jsonb").on(Dialect.MYSQL, "JSON")}: families in a fixed order.
   */
  private CodeBlock perDialect(ColumnType type) {
    CodeBlock.Builder code = CodeBlock.builder();
    boolean first = true;
    if (type.sql() != null) {
      code.add("$L", ddl("raw", "$S", type.sql()));
      first = false;
    }
    for (Map.Entry<Dialect, String> own : type.dialectSql().entrySet()) {
      if (first) {
        code.add("$L", ddl("raw", "$T.$L, $S", Dialect.class, own.getKey().name(), own.getValue()));
        first = false;
      } else {
        code.add(".on($T.$L, $S)", Dialect.class, own.getKey().name(), own.getValue());
      }
    }
    return code.build();
  }

  /** {@code check("name", "expression")}. */
  private CodeBlock check(CheckDef check) {
    return ddl("check", "$S,$W$S", check.name(), check.expression());
  }

  /** {@code index("name", "a", "b")} or {@code unique(...)}, with {@code .where("...")} when partial. */
  private CodeBlock index(IndexDef index) {
    CodeBlock call = ddl(index.unique() ? "unique" : "index", "$S, $L", index.name(), strings(index.columns()));
    return index.where() == null ? call : CodeBlock.of("$L.where($S)", call, index.where());
  }

  /** String literals separated by commas. */
  private static CodeBlock strings(List<String> values) {
    return values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
  }
}
