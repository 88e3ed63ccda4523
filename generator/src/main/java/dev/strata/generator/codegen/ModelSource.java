package dev.strata.generator.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.LogicalType;
import dev.strata.annotations.ReferentialAction;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import dev.strata.internal.schema.naming.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * Writes one {@code @Model} record per table of a schema read from a database, with JavaPoet,
 * such that the annotation processor reads back the same table: the Java type of each column from
 * the type table ({@code @Column(type = ...)} where none fits), {@code @Column} only where a
 * default does not already give the name, length, precision, scale, nullability or default,
 * {@code @Key} on the primary key columns, {@code @Auto}, {@code @Index}/{@code @Unique} (on the
 * field for the first one-column index of a kind, else on the class, named only when the default
 * name differs; a partial index as {@code @Index(where = ...)} with the predicate as the database
 * prints it, {@code unique = true} for a partial unique one), {@code @References} with its actions
 * and name for a one-column foreign key, a class-level {@code @ForeignKey} for a composite one or a
 * second one on the same column, and {@code @Check} on the class for each check, with the
 * expression as the database spells it (named unless the name is the default
 * {@code ck_<table>_<n>} of its place).
 *
 * <p>What a model cannot say is left out of the model, and of the {@link Rendered#table() table}
 * the model gives, and named in {@link Rendered#notModelled()}: a foreign key to columns that are
 * not, column for column in order, the target's key or one of its unique indexes, or whose
 * column types differ from the referenced ones, or to a table that was not read; a primary key whose order is not the columns' order, {@code CHAR(n)} for n &gt; 1 (a
 * model's {@code char} is {@code CHAR(1)}; the column becomes {@code @Column(type = "CHAR(n)")}).
 * Same schema, same bytes.
 */
public final class ModelSource {

  /** The package of adopted models unless told otherwise. */
  public static final String DEFAULT_PACKAGE = "db.model";

  /** The first lines of every model file. */
  public static final String HEADER = "Written by strata init --from-db from the database's schema.\n"
      + "It is yours from now on: change a model, then run strata generate for the migration.";

  private static final String ANNOTATIONS = "dev.strata.annotations";
  private static final ClassName MODEL = ClassName.get(ANNOTATIONS, "Model");
  private static final ClassName KEY = ClassName.get(ANNOTATIONS, "Key");
  private static final ClassName AUTO = ClassName.get(ANNOTATIONS, "Auto");
  private static final ClassName COLUMN = ClassName.get(ANNOTATIONS, "Column");
  private static final ClassName INDEX = ClassName.get(ANNOTATIONS, "Index");
  private static final ClassName UNIQUE = ClassName.get(ANNOTATIONS, "Unique");
  private static final ClassName REFERENCES = ClassName.get(ANNOTATIONS, "References");
  private static final ClassName FOREIGN_KEY = ClassName.get(ANNOTATIONS, "ForeignKey");
  private static final ClassName CHECK = ClassName.get(ANNOTATIONS, "Check");
  private static final ClassName ACTION = ClassName.get(ANNOTATIONS, "ReferentialAction");

  /**
   * One model.
   *
   * @param className the fully qualified class name
   * @param source the Java source text
   * @param table the table the annotation processor reads from it
   * @param notModelled what of the database's table it leaves out, one sentence each
   */
  public record Rendered(String className, String source, TableDef table, List<String> notModelled) {}

  private ModelSource() {}

  /** The models of every table of {@code schema}, in table order, in package {@code packageName}. */
  public static List<Rendered> render(SchemaDef schema, String packageName) {
    String pkg = packageName == null || packageName.isBlank() ? DEFAULT_PACKAGE : packageName.trim();
    Map<String, String> classes = classNames(schema);
    List<Rendered> out = new ArrayList<>();
    for (TableDef table : schema.tables()) {
      out.add(new Table(schema, table, pkg, classes).render());
    }
    return out;
  }

  /** A class name per table: the singular in PascalCase when that names the table by default. */
  private static Map<String, String> classNames(SchemaDef schema) {
    Map<String, String> out = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (TableDef table : schema.tables()) {
      String plural = pascal(table.name(), "Table");
      String name = plural;
      for (String candidate : singulars(plural)) {
        if (Names.tableName(candidate).equals(table.name())) {
          name = candidate;
          break;
        }
      }
      String unique = name;
      for (int i = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); i++) {
        unique = name + i;
      }
      out.put(table.name(), unique);
    }
    return out;
  }

  private static List<String> singulars(String plural) {
    List<String> out = new ArrayList<>();
    if (plural.endsWith("ies")) {
      out.add(plural.substring(0, plural.length() - 3) + "y");
    }
    if (plural.endsWith("es")) {
      out.add(plural.substring(0, plural.length() - 2));
    }
    if (plural.endsWith("s")) {
      out.add(plural.substring(0, plural.length() - 1));
    }
    out.add(plural);
    return out;
  }

  /** {@code order_items} → {@code OrderItems}; a Java identifier, never a keyword. */
  static String pascal(String sqlName, String fallback) {
    String camel = camel(sqlName, fallback);
    return Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
  }

  /** {@code created_at} → {@code createdAt}; a Java identifier, never a keyword. */
  static String camel(String sqlName, String fallback) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : sqlName.toCharArray()) {
      if (!Character.isJavaIdentifierPart(c) || c == '_' || c == '$') {
        upper = out.length() > 0;
        continue;
      }
      if (out.length() == 0) {
        out.append(Character.toLowerCase(c));
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
      }
      upper = false;
    }
    String name = out.length() == 0 ? fallback.toLowerCase(Locale.ROOT) : out.toString();
    if (!Character.isJavaIdentifierStart(name.charAt(0))) {
      name = fallback.toLowerCase(Locale.ROOT) + name;
    }
    return SourceVersion.isKeyword(name) || name.equals("record") || name.equals("var") ? name + "_" : name;
  }

  /** The model of one table. */
  private static final class Table {
    private final SchemaDef schema;
    private final TableDef table;
    private final String pkg;
    private final Map<String, String> classes;
    private final List<String> notModelled = new ArrayList<>();
    private final Map<String, List<AnnotationSpec>> fieldAnnotations = new HashMap<>();
    private final List<AnnotationSpec> classAnnotations = new ArrayList<>();
    private final List<IndexDef> indexes = new ArrayList<>();
    private final List<ForeignKeyDef> foreignKeys = new ArrayList<>();

    Table(SchemaDef schema, TableDef table, String pkg, Map<String, String> classes) {
      this.schema = schema;
      this.table = table;
      this.pkg = pkg;
      this.classes = classes;
    }

    Rendered render() {
      String simpleName = classes.get(table.name());
      AnnotationSpec.Builder model = AnnotationSpec.builder(MODEL);
      if (!Names.tableName(simpleName).equals(table.name())) {
        model.addMember("table", "$S", table.name());
      }
      List<String> key = table.columnNames().stream().filter(table.primaryKey()::contains).toList();
      if (!key.equals(table.primaryKey())) {
        note("primary key (" + String.join(", ", table.primaryKey()) + ") is not in column order; the model's"
            + " @Key fields make it (" + String.join(", ", key) + ")");
      }
      indexes();
      foreignKeys();
      checks();

      List<ColumnDef> columns = new ArrayList<>();
      List<ParameterSpec> components = new ArrayList<>();
      Set<String> fields = new HashSet<>();
      for (ColumnDef column : table.columns()) {
        String field = camel(column.name(), "column");
        for (int i = 2; !fields.add(field); i++) {
          field = camel(column.name(), "column") + i;
        }
        ColumnDef modelled = column(column, field, key, components);
        columns.add(modelled);
      }
      TypeSpec.Builder type = TypeSpec.recordBuilder(simpleName)
          .addModifiers(Modifier.PUBLIC)
          .addJavadoc("Table {@code $L}.\n", table.name())
          .addAnnotation(model.build())
          .addAnnotations(classAnnotations);
      type.recordConstructor(MethodSpec.constructorBuilder()
          .addParameters(components).build());
      JavaFile file = JavaFile.builder(pkg, type.build())
          .addFileComment("$L", HEADER)
          .skipJavaLangImports(true)
          .indent("  ")
          .build();
      TableDef yielded = new TableDef(table.name(), pkg + "." + simpleName, columns, key, indexes, foreignKeys,
          table.checks(), null);
      return new Rendered(pkg + "." + simpleName, file.toString(), yielded, List.copyOf(notModelled));
    }

    private ColumnDef column(ColumnDef column, String field, List<String> key, List<ParameterSpec> components) {
      ColumnType type = column.type();
      AnnotationSpec.Builder columnAnnotation = AnnotationSpec.builder(COLUMN);
      boolean annotate = false;
      if (!Names.columnName(field).equals(column.name())) {
        columnAnnotation.addMember("name", "$S", column.name());
        annotate = true;
      }
      TypeName javaType;
      boolean primitive = false;
      switch (type.kind()) {
        case BOOLEAN -> { javaType = TypeName.BOOLEAN; primitive = true; }
        case TINYINT -> { javaType = TypeName.BYTE; primitive = true; }
        case SMALLINT -> { javaType = TypeName.SHORT; primitive = true; }
        case INTEGER -> { javaType = TypeName.INT; primitive = true; }
        case BIGINT -> { javaType = TypeName.LONG; primitive = true; }
        case REAL -> { javaType = TypeName.FLOAT; primitive = true; }
        case DOUBLE -> { javaType = TypeName.DOUBLE; primitive = true; }
        case DECIMAL -> {
          javaType = ClassName.get("java.math", "BigDecimal");
          if (type.precision() != 19) {
            columnAnnotation.addMember("precision", "$L", type.precision());
            annotate = true;
          }
          if (type.scale() != 2) {
            columnAnnotation.addMember("scale", "$L", type.scale());
            annotate = true;
          }
        }
        case VARCHAR -> {
          javaType = ClassName.get(String.class);
          if (type.length() != 255) {
            columnAnnotation.addMember("length", "$L", type.length());
            annotate = true;
          }
        }
        case CHAR -> {
          if (type.length() == 1) {
            javaType = TypeName.CHAR;
            primitive = true;
          } else {
            javaType = ClassName.get(String.class);
            columnAnnotation.addMember("type", "$S", "CHAR(" + type.length() + ")");
            annotate = true;
            type = ColumnType.raw("CHAR(" + type.length() + ")");
            note("column " + column.name() + " is CHAR(" + type.sql().substring(5, type.sql().length() - 1)
                + "); a model's char is CHAR(1), so the field is a String with @Column(type = \"" + type.sql()
                + "\"), which validate compares as written");
          }
        }
        case BLOB -> javaType = ArrayTypeName.of(TypeName.BYTE);
        case UUID -> javaType = ClassName.get("java.util", "UUID");
        case DATE -> javaType = ClassName.get("java.time", "LocalDate");
        case TIME -> javaType = ClassName.get("java.time", "LocalTime");
        case TIMESTAMP -> javaType = ClassName.get("java.time", "LocalDateTime");
        case TIMESTAMP_TZ -> javaType = ClassName.get("java.time", "OffsetDateTime");
        case RAW -> {
          javaType = ClassName.get(String.class);
          columnAnnotation.addMember("type", "$S", type.sql());
          annotate = true;
        }
        default -> throw new IllegalStateException("unknown logical type " + type.kind());
      }
      boolean isKey = key.contains(column.name());
      // A key column is NOT NULL on every database (SQLite reads an INTEGER PRIMARY KEY declared
      // without NOT NULL as nullable, though it never holds NULL): a model's @Key says so.
      boolean nullable = column.nullable() && !isKey;
      if (nullable) {
        javaType = javaType.box();
        columnAnnotation.addMember("nullable", "true");
        annotate = true;
      }
      if (column.defaultValue() != null) {
        columnAnnotation.addMember("defaultValue", "$S", column.defaultValue());
        annotate = true;
      }
      ParameterSpec.Builder component = ParameterSpec.builder(javaType, field);
      if (isKey) {
        component.addAnnotation(KEY);
      }
      boolean auto = false;
      if (column.auto()) {
        if (isKey && key.size() == 1 && (type.kind() == LogicalType.INTEGER || type.kind() == LogicalType.BIGINT)) {
          component.addAnnotation(AUTO);
          auto = true;
        } else {
          note("column " + column.name() + " is generated by the database, which a model says only of a"
              + " single INTEGER or BIGINT key (@Auto)");
        }
      }
      if (annotate) {
        component.addAnnotation(columnAnnotation.build());
      }
      component.addAnnotations(fieldAnnotations.getOrDefault(column.name(), List.of()));
      components.add(component.build());
      return new ColumnDef(column.name(), type, nullable, column.defaultValue(), auto, null);
    }

    private void indexes() {
      Set<String> onField = new HashSet<>();
      for (IndexDef index : table.indexes()) {
        indexes.add(index);
        String defaultName = index.unique() ? Names.uniqueName(table.name(), index.columns())
            : Names.indexName(table.name(), index.columns());
        // A partial unique index is an @Index(unique = true, where = ...): @Unique has no predicate.
        ClassName annotation = index.unique() && !index.partial() ? UNIQUE : INDEX;
        AnnotationSpec.Builder spec = AnnotationSpec.builder(annotation);
        if (!index.name().equals(defaultName)) {
          spec.addMember("name", "$S", index.name());
        }
        if (index.partial()) {
          if (index.unique()) {
            spec.addMember("unique", "true");
          }
          spec.addMember("where", "$S", index.where());
        }
        if (index.columns().size() == 1 && onField.add(index.columns().get(0) + "/" + annotation.simpleName())) {
          fieldAnnotations.computeIfAbsent(index.columns().get(0), k -> new ArrayList<>()).add(spec.build());
          continue;
        }
        spec.addMember("columns", "$L", stringArray(index.columns()));
        classAnnotations.add(spec.build());
      }
    }

    /**
     * A one-column foreign key becomes {@code @References} on its field, the first on each column;
     * a composite one, or a second on the same column, becomes a class-level {@code @ForeignKey}.
     * Only a foreign key to the target's primary key or one of its unique indexes, column for
     * column in that order, is modelled: the annotation processor accepts no other.
     */
    private void foreignKeys() {
      Set<String> referenced = new HashSet<>();
      for (ForeignKeyDef fk : table.foreignKeys()) {
        String what = "foreign key " + fk.name() + " (" + String.join(", ", fk.columns()) + ") -> "
            + fk.referencedTable() + " (" + String.join(", ", fk.referencedColumns()) + ")";
        TableDef target = schema.table(fk.referencedTable()).orElse(null);
        if (target == null) {
          note(what + " references a table that was not read; it is left out");
          continue;
        }
        // The target's model has its @Key fields in column order (see render()), so that is the key a
        // reference to it names.
        boolean toKey = target.columnNames().stream().filter(target.primaryKey()::contains).toList()
            .equals(fk.referencedColumns());
        boolean toUnique = target.indexes().stream()
            .anyMatch(i -> i.unique() && i.columns().equals(fk.referencedColumns()));
        if (!toKey && !toUnique) {
          note(what + " references neither the key nor a unique index of " + target.name()
              + " column for column in its order, which a model cannot say; it is left out");
          continue;
        }
        String mismatch = typeMismatch(fk, target);
        if (mismatch != null) {
          note(what + " pairs " + mismatch + ", which the annotation processor refuses; it is left out");
          continue;
        }
        ClassName targetClass = ClassName.get(pkg, classes.get(target.name()));
        if (fk.columns().size() == 1 && referenced.add(fk.columns().get(0))) {
          AnnotationSpec.Builder spec = AnnotationSpec.builder(REFERENCES).addMember("value", "$T.class", targetClass);
          if (!toKey) {
            spec.addMember("column", "$S", fk.referencedColumns().get(0));
          }
          fieldAnnotations.computeIfAbsent(fk.columns().get(0), k -> new ArrayList<>()).add(nameAndActions(spec, fk).build());
        } else {
          AnnotationSpec.Builder spec = AnnotationSpec.builder(FOREIGN_KEY)
              .addMember("columns", "$L", stringArray(fk.columns()))
              .addMember("references", "$T.class", targetClass);
          if (!toKey) {
            spec.addMember("referencedColumns", "$L", stringArray(fk.referencedColumns()));
          }
          classAnnotations.add(nameAndActions(spec, fk).build());
        }
        foreignKeys.add(fk);
      }
    }

    /**
     * The first pair of columns of {@code fk} whose model types differ, as {@code "a INTEGER with
     * b BIGINT"}, or null. The processor compares a field's type with the referenced one's by
     * logical type (a {@code VARCHAR}'s length or a {@code DECIMAL}'s size aside) or, for
     * {@code @Column(type = ...)}, by the SQL text; PostgreSQL and MySQL accept some such pairs
     * (an INTEGER column referencing a BIGINT key) that a model cannot declare.
     */
    private String typeMismatch(ForeignKeyDef fk, TableDef target) {
      for (int i = 0; i < fk.columns().size(); i++) {
        ColumnDef from = table.column(fk.columns().get(i)).orElse(null);
        ColumnDef to = target.column(fk.referencedColumns().get(i)).orElse(null);
        if (from != null && to != null && !modelType(from.type()).equals(modelType(to.type()))) {
          return from.name() + " " + modelType(from.type()) + " with " + target.name() + "." + to.name() + " "
              + modelType(to.type());
        }
      }
      return null;
    }

    /** The type a model's field gets for {@code type}, as the processor compares it (see {@link #column}). */
    private static String modelType(ColumnType type) {
      if (type.kind() == LogicalType.RAW) {
        return type.sql().toUpperCase(Locale.ROOT);
      }
      if (type.kind() == LogicalType.CHAR && type.length() != 1) {
        return "CHAR(" + type.length() + ")";
      }
      return type.kind().name();
    }

    /** {@code name} when it is not the default, and the actions that are not NO ACTION. */
    private AnnotationSpec.Builder nameAndActions(AnnotationSpec.Builder spec, ForeignKeyDef fk) {
      if (!fk.name().equals(Names.foreignKeyName(table.name(), fk.columns()))) {
        spec.addMember("name", "$S", fk.name());
      }
      if (fk.onDelete() != ReferentialAction.NO_ACTION) {
        spec.addMember("onDelete", "$T.$L", ACTION, fk.onDelete().name());
      }
      if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
        spec.addMember("onUpdate", "$T.$L", ACTION, fk.onUpdate().name());
      }
      return spec;
    }

    /** {@code "a"} for one name, {@code {"a", "b"}} for several. */
    private static CodeBlock stringArray(List<String> names) {
      if (names.size() == 1) {
        return CodeBlock.of("$S", names.get(0));
      }
      return CodeBlock.of("{$L}", CodeBlock.join(names.stream().map(n -> CodeBlock.of("$S", n)).toList(), ", "));
    }

    /** One class-level {@code @Check} per check, in name order, so the n-th default name is ck_<table>_<n>. */
    private void checks() {
      int n = 0;
      for (CheckDef check : table.checks()) {
        AnnotationSpec.Builder spec = AnnotationSpec.builder(CHECK);
        if (!check.name().equals(Names.checkName(table.name(), ++n))) {
          spec.addMember("name", "$S", check.name());
        }
        classAnnotations.add(spec.addMember("value", "$S", check.expression()).build());
      }
    }

    private void note(String text) {
      notModelled.add("table " + table.name() + ": " + text);
    }
  }
}
