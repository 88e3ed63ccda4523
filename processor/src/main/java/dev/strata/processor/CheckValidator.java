package dev.strata.processor;

import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.model.TableDef;
import dev.strata.internal.schema.naming.Names;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks the {@code @Check} annotations of models.
 *
 * <p>Of one model ({@link #validate(ModelSpec)}): a given name is a valid identifier; the
 * expression is not empty and its quotes and parentheses pair up (the rule of
 * {@code @Column(defaultValue)}); and words that look like columns but are none of the table's
 * are warned about (see {@link CheckWords}: a heuristic, so a warning and never an error).
 *
 * <p>Across models ({@link #validateNames}): names compared ignoring case. A check name is unique
 * in the whole schema, as MySQL keeps check names per database; and differs from the names of the
 * indexes and foreign keys of its own table, since MySQL and MariaDB drop constraints by name.
 */
final class CheckValidator {

  private final Reporter reporter;

  CheckValidator(Reporter reporter) {
    this.reporter = reporter;
  }

  void validate(ModelSpec model) {
    for (CheckSpec check : model.checks()) {
      String where = where(model, check);
      if (check.nameGiven()) {
        String problem = Names.identifierProblem(check.name());
        if (problem != null) {
          reporter.error(check.element(), check.annotation(), String.format(Messages.INVALID_IDENTIFIER,
              "Check name", check.name(), where, problem, Messages.FIX_CHECK_NAME));
        }
      }
      String expression = check.expression().strip();
      if (expression.isEmpty()) {
        reporter.error(check.element(), check.annotation(), String.format(Messages.CHECK_EMPTY, where));
        continue;
      }
      String name = check.effectiveName(model.table());
      String problem = ModelValidator.defaultValueProblem(expression);
      if (problem != null) {
        reporter.error(check.element(), check.annotation(),
            String.format(Messages.MALFORMED_CHECK, name, where, expression, problem));
        continue;
      }
      for (String word : CheckWords.unknownColumns(expression, model.columnNames())) {
        reporter.warning(check.element(), check.annotation(), String.format(Messages.CHECK_UNKNOWN_COLUMN,
            name, where, word, model.table(), String.join(", ", model.columnNames())));
      }
    }
  }

  /** Checks the names of the checks of {@code models} (sorted by class name) and of {@code kept}. */
  void validateNames(List<ModelSpec> models, List<TableDef> kept) {
    Map<String, String> tableByCheck = new HashMap<>();
    for (TableDef table : kept) {
      for (CheckDef check : table.checks()) {
        tableByCheck.putIfAbsent(key(check.name()), table.name());
      }
    }
    for (ModelSpec model : models) {
      Map<String, String[]> others = otherConstraints(model);
      for (CheckSpec check : model.checks()) {
        String name = check.effectiveName(model.table());
        String earlier = tableByCheck.putIfAbsent(key(name), model.table());
        if (earlier != null) {
          reporter.error(check.element(), check.annotation(),
              String.format(Messages.DUPLICATE_CHECK, name, model.table(), earlier));
          continue;
        }
        String[] other = others.get(key(name));
        if (other != null) {
          reporter.error(check.element(), check.annotation(),
              String.format(Messages.CHECK_NAME_CLASH, name, model.table(), other[0], other[1]));
        }
      }
    }
  }

  /** The table's index and foreign key names (lower case) with what each is and its spelling. */
  private static Map<String, String[]> otherConstraints(ModelSpec model) {
    Map<String, String[]> out = new HashMap<>();
    for (IndexSpec index : model.allIndexes()) {
      String name = index.effectiveName(model.table());
      out.putIfAbsent(key(name), new String[] {index.unique() ? "unique index" : "index", name});
    }
    for (FieldSpec field : model.fields()) {
      if (field.reference() != null) {
        String name = field.reference().name().isEmpty()
            ? Names.foreignKeyName(model.table(), List.of(field.column()))
            : field.reference().name();
        out.putIfAbsent(key(name), new String[] {"foreign key", name});
      }
    }
    return out;
  }

  private static String where(ModelSpec model, CheckSpec check) {
    if (check.column() == null) {
      return model.className();
    }
    return model.fields().stream()
        .filter(f -> f.element() == check.element())
        .map(f -> model.className() + "." + f.name())
        .findFirst()
        .orElse(model.className());
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
