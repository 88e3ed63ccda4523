package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a migration class (one implementing {@code dev.strata.Migration}); the processor lists it
 * in {@code META-INF/strata/migrations}. Versions are unique; generated ones are
 * {@code yyyyMMddHHmmss} in UTC.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Migration {
  /** The version, ordered as a number when all digits, else as text. */
  String version();

  /** A short description, recorded in the history table. */
  String description() default "";
}
