package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field (or record component) whose type is an {@link Embeddable}: the embeddable's
 * columns become columns of the enclosing model, each named {@code <prefix><column>}. A field of
 * an {@code @Embeddable} type without this annotation is embedded with the default prefix.
 *
 * <p>When the field is nullable ({@code Optional<T>}, an annotation named {@code Nullable}, or
 * {@code @Column(nullable = true)}), every column of the embeddable is nullable. Of
 * {@link Column}, only {@code name} (which changes the default prefix) and {@code nullable} apply
 * to an embedded field. {@link RenamedFrom} on it gives the previous <em>prefix</em>
 * ({@code @RenamedFrom("addr_")}: the columns were {@code addr_<column>}), so renaming the field
 * renames its columns. {@link Key}, {@link Auto}, {@link Index}, {@link Unique} and
 * {@link References} on it are compile errors (put them on the embeddable's fields, or use a
 * class-level {@code @Index(columns = ...)}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Embedded {
  /**
   * The text put before each column name of the embeddable. Not written: the field's column name
   * and {@code _} (field {@code homeAddress}, column {@code street} → {@code home_address_street}).
   * Written, even as {@code ""}, it is used as is: {@code prefix = ""} keeps the embeddable's
   * column names. (The annotation is read at compile time only, where "not written" and "written
   * as the default" are told apart.)
   */
  String prefix() default "";
}
