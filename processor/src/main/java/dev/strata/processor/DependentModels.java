package dev.strata.processor;

import dev.strata.internal.schema.model.TableDef;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The models an incremental build must read again although their own source is not compiled now:
 * those whose columns come from a {@code @MappedSuperclass} or {@code @Embeddable} that is.
 * Their manifest entry, kept from the earlier compilation, would otherwise keep the old columns.
 *
 * <p>Nothing is remembered between compilations: each model the earlier manifest lists is looked
 * up from its class file and its hierarchy and embedded fields walked again, which also follows a
 * model that only now extends a recompiled class.
 */
final class DependentModels {

  private final ColumnMembers columnMembers;

  DependentModels(ColumnMembers columnMembers) {
    this.columnMembers = columnMembers;
  }

  /**
   * The class names of the {@code kept} tables' models whose columns come from one of the types
   * {@code compiledNow} names (qualified names of every type compiled, nested ones included).
   */
  Set<String> of(Iterable<TableDef> kept, Set<String> compiledNow, Elements elements) {
    Set<String> out = new TreeSet<>();
    for (TableDef table : kept) {
      TypeElement type = elements.getTypeElement(table.sourceClass());
      if (type != null && columnMembers.of(type).sources().stream().anyMatch(compiledNow::contains)) {
        out.add(table.sourceClass());
      }
    }
    return out;
  }
}
