package dev.strata.processor;

/**
 * Checks that every target database ({@link TargetDialects}) can carry what the models declare:
 * a partial index ({@code @Index(where)}) needs every target to have partial indexes, which MySQL
 * and MariaDB do not (their {@code CREATE INDEX} takes no {@code WHERE}).
 */
final class TargetValidator {
  private final Reporter reporter;
  private final TargetDialects targets;

  TargetValidator(Reporter reporter, TargetDialects targets) {
    this.reporter = reporter;
    this.targets = targets;
  }

  void validate(ModelSpec model) {
    for (IndexSpec index : model.allIndexes()) {
      if (index.partial() && targets.targets("mysql")) {
        reporter.error(index.element(), index.annotation(), String.format(Messages.PARTIAL_INDEX_ON_MYSQL,
            index.effectiveName(model.table()), model.table(), targets.option()));
      }
    }
  }
}
