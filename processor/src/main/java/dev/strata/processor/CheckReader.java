package dev.strata.processor;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Reads the {@code @Check} annotations of a model: those on its fields (each for the field's
 * column), in field order, then those on the class, numbered from 1 in declaration order.
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
    for (AnnotationMirror check : mirrors.repeated(type, Mirrors.CHECK, Mirrors.CHECK_LIST)) {
      out.add(new CheckSpec(type, check, mirrors.string(check, "name"),
          mirrors.string(check, "value"), null, ++ordinal));
    }
    return out;
  }
}
