package dev.strata.processor;

import dev.strata.internal.schema.model.LogicalType;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Maps a field's Java type to its logical column type, following the table "Java type → column
 * type" in docs/models.md. {@code Optional<T>} maps as {@code T} and makes the column nullable.
 */
final class TypeMapper {

  private static final String OPTIONAL = "java.util.Optional";

  private static final Map<String, LogicalType> DECLARED = Map.ofEntries(
      Map.entry("java.lang.Boolean", LogicalType.BOOLEAN),
      Map.entry("java.lang.Byte", LogicalType.TINYINT),
      Map.entry("java.lang.Short", LogicalType.SMALLINT),
      Map.entry("java.lang.Integer", LogicalType.INTEGER),
      Map.entry("java.lang.Long", LogicalType.BIGINT),
      Map.entry("java.lang.Float", LogicalType.REAL),
      Map.entry("java.lang.Double", LogicalType.DOUBLE),
      Map.entry("java.lang.Character", LogicalType.CHAR),
      Map.entry("java.lang.String", LogicalType.VARCHAR),
      Map.entry("java.math.BigDecimal", LogicalType.DECIMAL),
      Map.entry("java.util.UUID", LogicalType.UUID),
      Map.entry("java.time.LocalDate", LogicalType.DATE),
      Map.entry("java.time.LocalTime", LogicalType.TIME),
      Map.entry("java.time.LocalDateTime", LogicalType.TIMESTAMP),
      Map.entry("java.time.Instant", LogicalType.TIMESTAMP_TZ),
      Map.entry("java.time.OffsetDateTime", LogicalType.TIMESTAMP_TZ),
      // The year number (Year.getValue()): Year holds -999,999,999 to 999,999,999, which only an
      // INTEGER holds on every database; MySQL's YEAR holds 1901 to 2155 alone.
      Map.entry("java.time.Year", LogicalType.INTEGER));

  /**
   * What a Java type maps to.
   *
   * @param logical the logical type, or null when there is no mapping
   * @param optional whether the type was {@code Optional<...>}
   * @param primitive whether the (unwrapped) type is primitive
   * @param unresolved whether the type, or part of it, does not resolve (yet): the model is read
   *     again in a later round, or javac reports the missing symbol
   */
  record Mapping(LogicalType logical, boolean optional, boolean primitive, boolean unresolved) {}

  Mapping map(TypeMirror type) {
    if (isOptional(type)) {
      List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
      if (args.size() != 1) {
        return new Mapping(null, true, false, false);
      }
      TypeMirror inner = args.get(0);
      if (isOptional(inner)) {
        return new Mapping(null, true, false, false);
      }
      Mapping mapping = map(inner);
      return new Mapping(mapping.logical(), true, false, mapping.unresolved());
    }
    if (type.getKind().isPrimitive()) {
      return new Mapping(primitive(type.getKind()), false, true, false);
    }
    switch (type.getKind()) {
      case ERROR:
        return new Mapping(null, false, false, true);
      case ARRAY:
        TypeKind component = ((ArrayType) type).getComponentType().getKind();
        return new Mapping(component == TypeKind.BYTE ? LogicalType.BLOB : null, false, false, false);
      case DECLARED:
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        if (element.getKind() == ElementKind.ENUM) {
          return new Mapping(LogicalType.VARCHAR, false, false, false);
        }
        return new Mapping(DECLARED.get(element.getQualifiedName().toString()), false, false, false);
      default:
        return new Mapping(null, false, false, false);
    }
  }

  /** Whether {@code type} is {@code Optional<...>}. */
  static boolean isOptional(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(OPTIONAL);
  }

  private static LogicalType primitive(TypeKind kind) {
    return switch (kind) {
      case BOOLEAN -> LogicalType.BOOLEAN;
      case BYTE -> LogicalType.TINYINT;
      case SHORT -> LogicalType.SMALLINT;
      case INT -> LogicalType.INTEGER;
      case LONG -> LogicalType.BIGINT;
      case FLOAT -> LogicalType.REAL;
      case DOUBLE -> LogicalType.DOUBLE;
      case CHAR -> LogicalType.CHAR;
      default -> null;
    };
  }
}
