package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or record as a table.
 *
 * <p>The table name defaults to the snake_case plural of the simple class name: {@code User} →
 * {@code users}, {@code Category} → {@code categories}, {@code Address} → {@code addresses},
 * {@code UserRole} → {@code user_roles}. Every non-static, non-transient field (or record
 * component) not marked {@link Transient} is a column. A model needs at least one {@link Key}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Model {
  /** The table name; empty means the default derived from the class name. */
  String table() default "";
}
