package dev.strata.processor;

import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.LogicalType;
import dev.strata.annotations.Dialect;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * A field or record component that is a column, as read.
 *
 * @param element the field or record component
 * @param name the Java name; for an embedded field its path from the model ({@code home.street})
 * @param column the column name, given or derived
 * @param columnAnnotation its {@code @Column}, or null
 * @param columnGiven whether {@code @Column(name = ...)} named the column
 * @param javaType the Java type as written, for messages
 * @param logical the logical type of the Java type, or null when Strata has no mapping for it
 * @param rawType the verbatim SQL type from {@code @Column(type = ...)}, or null
 * @param length {@code @Column(length)}
 * @param precision {@code @Column(precision)}
 * @param scale {@code @Column(scale)}
 * @param nullable whether the column accepts NULL
 * @param nullableReason what made it nullable, for messages; null when NOT NULL
 * @param defaultValue the SQL default, or null
 * @param key its {@code @Key}, or null
 * @param auto its {@code @Auto}, or null
 * @param renamedFrom its {@code @RenamedFrom} hint, or null
 * @param indexes its {@code @Index} / {@code @Unique}
 * @param reference its {@code @References}, or null
 * @param dialectTypes its {@code @DialectType}s, in source order
 * @param origin where the field was declared: the model, a mapped superclass, or an embeddable
 */
record FieldSpec(
    Element element,
    String name,
    String column,
    AnnotationMirror columnAnnotation,
    boolean columnGiven,
    String javaType,
    LogicalType logical,
    String rawType,
    int length,
    int precision,
    int scale,
    boolean nullable,
    String nullableReason,
    String defaultValue,
    AnnotationMirror key,
    AnnotationMirror auto,
    RenameSpec renamedFrom,
    List<IndexSpec> indexes,
    ReferenceSpec reference,
    List<DialectTypeSpec> dialectTypes,
    ColumnOrigin origin) {

  FieldSpec {
    indexes = List.copyOf(indexes);
    dialectTypes = List.copyOf(dialectTypes);
  }

  /** Whether the column's SQL type is given verbatim, by {@code @Column(type)} or {@code @DialectType}. */
  boolean raw() {
    return rawType != null || !dialectTypes.isEmpty();
  }

  boolean isKey() {
    return key != null;
  }

  /** Whether Strata knows a column type for this field (a mapped Java type or a raw SQL type). */
  boolean hasType() {
    return raw() || logical != null;
  }

  /**
   * The column type. Call only on a field that passed validation: the sizes come unchecked from
   * {@code @Column}.
   */
  ColumnType columnType() {
    if (!dialectTypes.isEmpty()) {
      Map<Dialect, String> own = new EnumMap<>(Dialect.class);
      for (DialectTypeSpec spec : dialectTypes) {
        own.putIfAbsent(Dialect.valueOf(spec.dialect()), spec.type());
      }
      return ColumnType.raw(rawType, own);
    }
    if (rawType != null) {
      return ColumnType.raw(rawType);
    }
    return switch (logical) {
      case VARCHAR -> ColumnType.varchar(length);
      case CHAR -> ColumnType.character(1);
      case DECIMAL -> ColumnType.decimal(precision, scale);
      default -> ColumnType.of(logical);
    };
  }

  /** The type shown in messages: the raw SQL type or the logical type with its size. */
  String typeLabel() {
    if (!dialectTypes.isEmpty()) {
      return columnType().toString();
    }
    if (rawType != null) {
      return rawType;
    }
    if (logical == LogicalType.VARCHAR) {
      return "VARCHAR";
    }
    return logical == null ? javaType : logical.name();
  }

  /** Whether a foreign key from this field to {@code target} joins values of the same type. */
  boolean sameTypeAs(FieldSpec target) {
    if (raw() || target.raw()) {
      return raw() && target.raw() && columnType().toString().equalsIgnoreCase(target.columnType().toString());
    }
    return logical == target.logical;
  }
}
