package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record or class as a value object stored in the table of the model that has a field of
 * its type (see {@link Embedded}): each of its components (a class: its non-static, non-transient
 * fields not marked {@link Transient}) becomes a column of that model, named with the field's
 * prefix. An embeddable is no table; it has no {@link Key} (a key inside it is a compile error).
 * {@link Column}, {@link Index}, {@link Unique}, {@link References} and {@link RenamedFrom} on its
 * fields apply to the prefixed column. An embeddable may embed another one; the prefixes
 * concatenate, and an embeddable that embeds itself, directly or not, is a compile error. Only
 * its own fields are columns, not those of its superclasses.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Embeddable {}
