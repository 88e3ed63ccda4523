package dev.strata.processor;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Reads the {@code @Check} annotations of a model: those on its fields (each for the field's
 * column, inherited fields included), in field order, then those on the class and on its
 * {@code @MappedSuperclass}es, the top of the hierarchy first, numbered from 1 in that order.
 */
final class CheckReader {

  private final Mirrors mirrors;

  CheckReader(Mirrors mirrors) {
    this.mirrors = mirrors;
  }

  List<CheckSpec> read(TypeElement type, List<FieldSpec> fields) {
    List<CheckSpec> out = new ArrayList<>();
    for (FieldSpec field : fields) {
      for (AnnotationMirror check : mirrors.repeated(field.element(), Mirrors.CHECK, Mirrors.CHECK_LIST)) {
        out.add(new CheckSpec(field.element(), check, mirrors.string(check, "name"),
            mirrors.string(check, "value"), field.column(), 0));
      }
    }
    int ordinal = 0;
    List<TypeElement> declaring = new ArrayList<>(ColumnMembers.mappedSuperclasses(type));
    declaring.add(type);
    for (TypeElement owner : declaring) {
      for (AnnotationMirror check : mirrors.repeated(owner, Mirrors.CHECK, Mirrors.CHECK_LIST)) {
        out.add(new CheckSpec(owner, check, mirrors.string(check, "name"),
            mirrors.string(check, "value"), null, ++ordinal));
      }
    }
    return out;
  }
}
