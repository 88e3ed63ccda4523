package dev.strata.processor;

import dev.strata.internal.manifest.SnapshotDrift;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Reports the "missing migration" differences on the model elements they belong to: the field for
 * a column, the model class for a table, an index or a key; a table no model describes any more
 * has no element, and its message names it. The differences come from the {@link SnapshotDrift}
 * the generator provides (the diff of {@code generate --check}), found on the processor path; when
 * {@code strata-generator} is not there, nothing is reported.
 */
final class MissingMigrations {

  private MissingMigrations() {}

  /** The diff found on the processor path, or empty. */
  static Optional<SnapshotDrift> drift() {
    try {
      Iterator<SnapshotDrift> found =
          ServiceLoader.load(SnapshotDrift.class, MissingMigrations.class.getClassLoader()).iterator();
      return found.hasNext() ? Optional.of(found.next()) : Optional.empty();
    } catch (ServiceConfigurationError | LinkageError e) {
      return Optional.empty();
    }
  }

  /**
   * Reports, as {@code kind}, each difference {@code drift} finds from {@code snapshot} to
   * {@code desired}.
   */
  static void report(ProcessingEnvironment env, Diagnostic.Kind kind, SnapshotDrift drift, SchemaDef snapshot,
      SchemaDef desired, Map<String, ModelSpec> models) {
    Messager messager = env.getMessager();
    for (SnapshotDrift.Difference difference : drift.differences(snapshot, desired)) {
      Element element = difference.column() == null
          ? table(env, desired, models, difference.table())
          : column(env, desired, models, difference.table(), difference.column());
      if (element == null) {
        messager.printMessage(kind, difference.message());
      } else {
        messager.printMessage(kind, difference.message(), element);
      }
    }
  }

  /** The class of the model of {@code table}: compiled now, else from the class output; or null. */
  private static Element table(ProcessingEnvironment env, SchemaDef desired, Map<String, ModelSpec> models,
      String table) {
    ModelSpec model = model(models, table);
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
  private static Element column(ProcessingEnvironment env, SchemaDef desired, Map<String, ModelSpec> models,
      String table, String column) {
    ModelSpec model = model(models, table);
    if (model == null) {
      return table(env, desired, models, table);
    }
    for (FieldSpec field : model.fields()) {
      if (field.column().equalsIgnoreCase(column)) {
        // An embedded column on the model's @Embedded field: the embeddable may be shared, or not compiled now.
        return positioned(field.origin().site(field.element()));
      }
    }
    return model.element();
  }

  private static ModelSpec model(Map<String, ModelSpec> models, String table) {
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
