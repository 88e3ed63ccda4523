package dev.strata.processor;

import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.List;

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

  /**
   * The tables an incremental build keeps from the previous output (their classes not compiled
   * now), checked against this compilation's targets: the option may have changed since. Their
   * errors have no element to point at, so they name table and index.
   */
  void validateKept(List<TableDef> kept) {
    for (TableDef table : kept) {
      for (IndexDef index : table.indexes()) {
        if (index.partial() && targets.targets("mysql")) {
          reporter.error(String.format(Messages.PARTIAL_INDEX_ON_MYSQL, index.name(), table.name(), targets.option()));
        }
      }
    }
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
