package dev.strata.processor;

import dev.strata.annotations.Dialect;
import dev.strata.internal.schema.model.LogicalType;
import dev.strata.internal.schema.naming.Names;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;

/**
 * Checks one model on its own: names, key, column types, {@code @Auto}, duplicate columns and
 * class-level index columns. Checks that need other models are in {@link SchemaValidator}. Every
 * problem is reported; none stops the others from being looked for.
 */
final class ModelValidator {

  /**
   * The column names PostgreSQL keeps for the system columns every table has ("System Columns",
   * https://www.postgresql.org/docs/current/ddl-system-columns.html): a user column of that name
   * is refused by {@code CREATE TABLE}. {@code oid} was one up to PostgreSQL 11 and is kept here.
   */
  static final Set<String> POSTGRESQL_SYSTEM_COLUMNS =
      Set.of("tableoid", "xmin", "cmin", "xmax", "cmax", "ctid", "oid");

  /** The Java type of a year field, stored as an INTEGER that is no identity. */
  private static final String YEAR = "java.time.Year";

  /** Strata's own history table, which no model may claim. */
  static final String HISTORY_TABLE = "strata_schema_history";

  /** SQLite refuses table names starting with this, in any case (https://sqlite.org/lang_createtable.html). */
  static final String SQLITE_PREFIX = "sqlite_";

  private final Reporter reporter;
  private final TargetDialects targets;

  /** A validator for a project that runs on {@code targets} (the processor option {@code -Astrata.dialects}). */
  ModelValidator(Reporter reporter, TargetDialects targets) {
    this.reporter = reporter;
    this.targets = targets;
  }

  void validate(ModelSpec model) {
    ElementKind kind = model.element().getKind();
    if (kind != ElementKind.CLASS && kind != ElementKind.RECORD) {
      reporter.error(model.element(), model.annotation(),
          String.format(Messages.MODEL_NOT_CLASS, model.className()));
      return;
    }
    for (ModelProblem problem : model.problems()) {
      reporter.error(problem.element(), problem.annotation(), problem.message());
    }
    identifier(model.element(), model.annotation(), "Table name", model.table(), model.className(),
        Messages.FIX_TABLE_NAME);
    reservedTable(model);
    if (model.renamedFrom() != null) {
      identifier(model.element(), model.renamedFrom().annotation(), "Previous table name",
          model.renamedFrom().value(), model.className(), Messages.FIX_RENAMED_FROM);
    }
    if (model.keys().isEmpty()) {
      reporter.error(model.element(), model.annotation(), String.format(Messages.NO_KEY, model.className()));
    }
    for (FieldSpec field : model.fields()) {
      field(model, field);
    }
    auto(model);
    duplicateColumns(model);
    for (IndexSpec index : model.allIndexes()) {
      index(model, index);
    }
    new CheckValidator(reporter).validate(model);
  }

  private void field(ModelSpec model, FieldSpec field) {
    String owner = model.className() + "." + field.name();
    identifier(field.element(), field.columnAnnotation(), "Column name", field.column(), owner,
        Messages.FIX_COLUMN_NAME);
    if (POSTGRESQL_SYSTEM_COLUMNS.contains(field.column().toLowerCase(Locale.ROOT))) {
      reporter.error(field.element(), field.columnAnnotation(),
          String.format(Messages.SYSTEM_COLUMN, field.column(), model.className(), field.name()));
    }
    if (field.defaultValue() != null) {
      String problem = defaultValueProblem(field.defaultValue());
      if (problem != null) {
        reporter.error(field.element(), field.columnAnnotation(), String.format(Messages.MALFORMED_DEFAULT,
            model.className(), field.name(), field.defaultValue(), problem));
      }
    }
    if (field.renamedFrom() != null) {
      identifier(field.element(), field.renamedFrom().annotation(), "Previous column name",
          field.renamedFrom().value(), owner, Messages.FIX_RENAMED_FROM);
    }
    dialectTypes(model, field);
    if (!field.hasType()) {
      reporter.error(field.element(), null,
          String.format(Messages.UNSUPPORTED_TYPE, model.className(), field.name(), field.javaType()));
    } else if (!field.raw() && field.logical() == LogicalType.VARCHAR && field.length() < 1) {
      reporter.error(field.element(), field.columnAnnotation(),
          String.format(Messages.INVALID_LENGTH, model.className(), field.name(), field.length()));
    } else if (!field.raw() && field.logical() == LogicalType.DECIMAL
        && (field.precision() < 1 || field.scale() < 0 || field.scale() > field.precision())) {
      reporter.error(field.element(), field.columnAnnotation(), String.format(Messages.INVALID_DECIMAL,
          model.className(), field.name(), field.precision(), field.scale()));
    }
    if (field.isKey() && field.nullable()) {
      reporter.error(field.element(), field.key(), String.format(Messages.NULLABLE_KEY,
          model.className(), field.name(), field.nullableReason()));
    }
  }

  /**
   * A field's {@code @DialectType}s: each with an SQL type, one per database family, and every
   * target database given a type, its own or {@code @Column(type)}.
   */
  private void dialectTypes(ModelSpec model, FieldSpec field) {
    if (field.dialectTypes().isEmpty()) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (DialectTypeSpec spec : field.dialectTypes()) {
      if (spec.type().isEmpty()) {
        reporter.error(field.element(), spec.annotation(),
            String.format(Messages.DIALECT_TYPE_BLANK, model.className(), field.name(), spec.dialect()));
      } else if (!seen.add(spec.dialect())) {
        reporter.error(field.element(), spec.annotation(),
            String.format(Messages.DIALECT_TYPE_TWICE, model.className(), field.name(), spec.dialect()));
      }
    }
    if (field.rawType() != null) {
      return;
    }
    List<String> missing = targetDialects().stream().map(Dialect::name).filter(d -> !seen.contains(d))
        .map(d -> d.toLowerCase(Locale.ROOT)).toList();
    if (!missing.isEmpty()) {
      reporter.error(field.element(), field.dialectTypes().get(0).annotation(),
          String.format(Messages.DIALECT_TYPE_MISSING, model.className(), field.name(), String.join(", ", missing)));
    }
  }

  /** The database families the project runs on ({@code -Astrata.dialects}), which every column needs an SQL type for. */
  private Set<Dialect> targetDialects() {
    Set<Dialect> out = EnumSet.noneOf(Dialect.class);
    for (Dialect dialect : Dialect.values()) {
      if (targets.targets(dialect.name().toLowerCase(Locale.ROOT))) {
        out.add(dialect);
      }
    }
    return out;
  }

  private void auto(ModelSpec model) {
    FieldSpec first = null;
    for (FieldSpec field : model.fields()) {
      if (field.auto() == null) {
        continue;
      }
      if (!field.isKey()) {
        reporter.error(field.element(), field.auto(),
            String.format(Messages.AUTO_NOT_KEY, model.className(), field.name()));
      } else if (model.keys().size() > 1) {
        reporter.error(field.element(), field.auto(),
            String.format(Messages.AUTO_IN_COMPOSITE_KEY, model.className(), field.name()));
      }
      // A Year is an INTEGER column too, but no identity: the database would count years.
      boolean integral = !field.raw() && !field.javaType().equals(YEAR)
          && (field.logical() == LogicalType.INTEGER || field.logical() == LogicalType.BIGINT);
      if (field.hasType() && !integral) {
        reporter.error(field.element(), field.auto(), String.format(Messages.AUTO_NOT_INTEGRAL,
            model.className(), field.name(), field.typeLabel()));
      }
      if (first != null) {
        reporter.error(field.element(), field.auto(), String.format(Messages.AUTO_TWICE,
            model.className(), field.name(), model.className(), first.name()));
      } else {
        first = field;
      }
    }
  }

  private void reservedTable(ModelSpec model) {
    String lower = model.table().toLowerCase(Locale.ROOT);
    if (lower.equals(HISTORY_TABLE)) {
      reporter.error(model.element(), model.annotation(),
          String.format(Messages.HISTORY_TABLE_NAME, model.table(), model.className()));
    } else if (lower.startsWith(SQLITE_PREFIX)) {
      reporter.error(model.element(), model.annotation(),
          String.format(Messages.SQLITE_TABLE_NAME, model.table(), model.className()));
    }
  }

  /**
   * Columns are compared ignoring case: SQLite and MySQL treat {@code Name} and {@code name} as
   * one column, so a model with both fails there only when the table is created.
   */
  private void duplicateColumns(ModelSpec model) {
    Map<String, FieldSpec> seen = new HashMap<>();
    for (FieldSpec field : model.fields()) {
      FieldSpec earlier = seen.putIfAbsent(field.column().toLowerCase(Locale.ROOT), field);
      if (earlier == null) {
        continue;
      }
      if (!earlier.origin().samePlace(field.origin())) {
        duplicateAcross(model, earlier, field);
      } else if (earlier.column().equals(field.column())) {
        reporter.error(field.element(), field.columnAnnotation(), String.format(Messages.DUPLICATE_COLUMN,
            field.column(), model.className(), earlier.name(), field.name()));
      } else {
        reporter.error(field.element(), field.columnAnnotation(), String.format(Messages.DUPLICATE_COLUMN_CASE,
            field.column(), field.name(), earlier.column(), earlier.name(), model.className()));
      }
    }
  }

  /**
   * Two columns of one name from different places: reported on both, as either may be the one to
   * rename, and on the model's own field when one is embedded (the embeddable may be shared).
   */
  private void duplicateAcross(ModelSpec model, FieldSpec earlier, FieldSpec field) {
    String message = String.format(Messages.DUPLICATE_COLUMN_ACROSS, earlier.column(),
        earlier.origin().describe(model, earlier), field.column(), field.origin().describe(model, field),
        model.className(), earlier.origin().embedded() || field.origin().embedded() ? Messages.FIX_PREFIX : "");
    Element first = earlier.origin().site(earlier.element());
    Element second = field.origin().site(field.element());
    reporter.error(first, null, message);
    if (!second.equals(first)) {
      reporter.error(second, null, message);
    }
  }

  /**
   * What makes {@code sql} not one well-formed SQL literal or expression, or null: a quote
   * ({@code '...'}, {@code "..."}, a doubled quote inside being one character) left open, or
   * parentheses that do not pair up outside quotes.
   */
  static String defaultValueProblem(String sql) {
    int depth = 0;
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"') {
        int close = closingQuote(sql, i);
        if (close < 0) {
          return "the quote " + c + " at position " + (i + 1) + " is never closed (write a quote inside a string"
              + " literal twice: 'it''s')";
        }
        i = close + 1;
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0) {
          return "the ')' at position " + (i + 1) + " closes no '('";
        }
        depth--;
      }
      i++;
    }
    return depth == 0 ? null : depth + " '(' never closed";
  }

  /** The index of the quote closing the one at {@code open}, a doubled quote being part of the text; -1 if none. */
  private static int closingQuote(String sql, int open) {
    char quote = sql.charAt(open);
    int i = open + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i;
      }
      i++;
    }
    return -1;
  }

  private void index(ModelSpec model, IndexSpec index) {
    if (index.nameGiven()) {
      identifier(index.element(), index.annotation(),
          index.unique() ? "Unique index name" : "Index name", index.name(), model.className(),
          Messages.FIX_INDEX_NAME);
    }
    if (index.element() != model.element()) {
      return;
    }
    if (index.columns().isEmpty()) {
      reporter.error(index.element(), index.annotation(), String.format(Messages.INDEX_WITHOUT_COLUMNS,
          index.annotationName(), model.className()));
      return;
    }
    List<String> columns = model.columnNames();
    for (String column : index.columns()) {
      if (!columns.contains(column)) {
        reporter.error(index.element(), index.annotation(), String.format(Messages.UNKNOWN_INDEX_COLUMN,
            index.annotationName(), model.className(), column, model.table(), String.join(", ", columns)));
      }
    }
  }

  private void identifier(
      Element element, AnnotationMirror annotation, String what, String name, String owner, String fix) {
    String problem = Names.identifierProblem(name);
    if (problem != null) {
      reporter.error(element, annotation,
          String.format(Messages.INVALID_IDENTIFIER, what, name, owner, problem, fix));
    }
  }
}
