package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A unique constraint, created as a unique index. On a field it covers that column; on the class
 * (repeatable) it covers the {@link #columns()} named, by column name.
 *
 * <p>The default name is {@code uq_<table>_<col>[_<col>...]}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE})
@Repeatable(Unique.List.class)
public @interface Unique {
  /** The constraint name; empty means the default. */
  String name() default "";

  /** Column names, for a constraint declared on the class; ignored on a field. */
  String[] columns() default {};

  /** Container for repeated class-level {@link Unique} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    /** The repeated constraints. */
    Unique[] value();
  }
}
