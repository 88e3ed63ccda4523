package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A foreign key from this column to another model's table. The default name is
 * {@code fk_<table>_<col>}. For a foreign key over several columns, or a second one on the same
 * column, use {@link ForeignKey} on the class.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface References {
  /** The referenced {@link Model} class. */
  Class<?> value();

  /** The referenced column; empty means the target's (single-column) primary key. */
  String column() default "";

  /** The constraint name; empty means the default {@code fk_<table>_<col>}. */
  String name() default "";

  /** Action when the referenced row is deleted. */
  ReferentialAction onDelete() default ReferentialAction.NO_ACTION;

  /** Action when the referenced key is updated. */
  ReferentialAction onUpdate() default ReferentialAction.NO_ACTION;
}
