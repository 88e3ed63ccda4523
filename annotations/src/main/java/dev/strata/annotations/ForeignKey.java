package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A foreign key over one or more columns of this model, declared on the class (repeatable). Use
 * it for a composite foreign key; for one column, {@link References} on the field says the same.
 *
 * <p>{@link #columns()} and {@link #referencedColumns()} are column names (not field names) and
 * pair up in the order given: the first column references the first referenced column, and so on.
 * The referenced columns must be, in that order, exactly the columns of the target's primary key
 * (in key order) or of one of its unique indexes (in index order). That is the rule all supported
 * databases accept: PostgreSQL and SQLite need a primary key or unique constraint over the same
 * set of columns, MySQL and MariaDB an index whose leading columns are the referenced ones in the
 * same order. Each column must have the type of the column it references.
 *
 * <p>The default name is {@code fk_<table>_<col>[_<col>...]}, cut to 63 characters with a stable
 * hash suffix when longer.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(ForeignKey.List.class)
public @interface ForeignKey {
  /** The referencing columns of this model, by column name, at least one. */
  String[] columns();

  /** The referenced {@link Model} class. */
  Class<?> references();

  /** The referenced columns of the target, by column name; empty means its primary key. */
  String[] referencedColumns() default {};

  /** The constraint name; empty means the default {@code fk_<table>_<col>[_<col>...]}. */
  String name() default "";

  /** Action when the referenced row is deleted. */
  ReferentialAction onDelete() default ReferentialAction.NO_ACTION;

  /** Action when the referenced key is updated. */
  ReferentialAction onUpdate() default ReferentialAction.NO_ACTION;

  /** Container for repeated {@link ForeignKey} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    /** The repeated foreign keys. */
    ForeignKey[] value();
  }
}
