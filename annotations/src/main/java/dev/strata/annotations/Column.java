package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Overrides what Strata derives for a column from its field. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Column {
  /** The column name; empty means the snake_case of the field name. */
  String name() default "";

  /**
   * A raw SQL type used verbatim on every database without a {@link DialectType} of its own (for
   * example {@code "TEXT"}); empty means the type derived from the Java type, or, with
   * {@code @DialectType}, that every target database needs its own.
   */
  String type() default "";

  /** Length of a {@code VARCHAR} (String and enum fields), in characters. */
  int length() default 255;

  /** Total number of digits of a {@code NUMERIC}/{@code DECIMAL} (BigDecimal fields). */
  int precision() default 19;

  /** Digits after the decimal point of a {@code NUMERIC}/{@code DECIMAL} (BigDecimal fields). */
  int scale() default 2;

  /**
   * The column default as an SQL literal, used verbatim ({@code "0"}, {@code "'draft'"},
   * {@code "CURRENT_TIMESTAMP"}); empty means no default.
   */
  String defaultValue() default "";

  /** Whether the column accepts NULL; a reference type is NOT NULL unless this says otherwise. */
  boolean nullable() default false;
}
