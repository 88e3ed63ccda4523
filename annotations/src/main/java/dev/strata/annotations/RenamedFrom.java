package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tells the diff that this column (on a field) or table (on a class) used to have another name,
 * so it emits a rename rather than a drop and an add. Once the rename is in a migration the hint
 * is harmless and may be removed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE})
public @interface RenamedFrom {
  /**
   * The previous column or table name; on an {@link Embedded} field, the previous prefix of its
   * columns.
   */
  String value();
}
