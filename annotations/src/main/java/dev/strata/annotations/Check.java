package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A CHECK constraint: rows where {@link #value()} is false are refused by the database.
 *
 * <p>{@code value} is an SQL boolean expression, used verbatim on every database, so it should
 * use SQL that all the target databases understand ({@code amount >= 0},
 * {@code status IN ('open', 'closed')}, {@code ends_at > starts_at}). Columns are named by their
 * column names, not by field names.
 *
 * <p>On the class (repeatable) the expression may use any column of the table; the default name
 * is {@code ck_<table>_<n>}, {@code n} counting the class-level checks from 1 in declaration
 * order (named ones count too, so naming one check does not rename the others). On a field it belongs to that field's column; the default name is
 * {@code ck_<table>_<column>}. Default names longer than 63 characters are cut with a stable
 * hash suffix. Checks are compared by name: changing the expression of a named check makes
 * {@code generate} drop and re-add it.
 *
 * <p>Enforced by PostgreSQL, SQLite, MariaDB 10.2 and later and MySQL 8.0.16 and later (older
 * MySQL versions parse CHECK and ignore it).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE})
@Repeatable(Check.List.class)
public @interface Check {
  /** The constraint name; empty means the default. */
  String name() default "";

  /** The SQL boolean expression, verbatim. */
  String value();

  /** Container for repeated {@link Check} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE})
  @interface List {
    /** The repeated checks. */
    Check[] value();
  }
}
