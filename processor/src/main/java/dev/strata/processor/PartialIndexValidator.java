package dev.strata.processor;

import java.util.Locale;

/**
 * Checks the predicate of each partial index ({@code @Index(where)}) as far as text allows: one
 * well-formed expression (quotes closed, parentheses paired), without the {@code WHERE} keyword
 * Strata writes itself. Whether the database accepts the expression shows when a migration runs.
 */
final class PartialIndexValidator {
  private final Reporter reporter;

  PartialIndexValidator(Reporter reporter) {
    this.reporter = reporter;
  }

  void validate(ModelSpec model) {
    for (IndexSpec index : model.allIndexes()) {
      if (!index.partial()) {
        continue;
      }
      String where = index.where().strip();
      String problem = ModelValidator.defaultValueProblem(where);
      if (problem == null && where.toLowerCase(Locale.ROOT).matches("where\\b.*")) {
        problem = "it starts with WHERE, which Strata writes itself";
      }
      if (problem != null) {
        reporter.error(index.element(), index.annotation(), String.format(Messages.MALFORMED_WHERE,
            index.effectiveName(model.table()), model.table(), where, problem));
      }
    }
  }
}
