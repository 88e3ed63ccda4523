package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An index. On a field it indexes that column; on the class (repeatable) it indexes the
 * {@link #columns()} named, by column name, in the order given.
 *
 * <p>The default name is {@code idx_<table>_<col>[_<col>...]} ({@code uq_} when unique), cut to
 * 63 characters with a stable hash suffix when longer.
 *
 * <p>{@link #where()} makes it a partial index, on the field as on the class:
 * {@code @Index(columns = "email", unique = true, where = "deleted_at IS NULL")}. PostgreSQL and
 * SQLite have partial indexes; MySQL and MariaDB do not, so a partial index is a compile error
 * unless the processor option {@code -Astrata.dialects} leaves {@code mysql} out.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE})
@Repeatable(Index.List.class)
public @interface Index {
  /** The index name; empty means the default. */
  String name() default "";

  /** Column names, for an index declared on the class; ignored on a field. */
  String[] columns() default {};

  /** Whether the index is unique. */
  boolean unique() default false;

  /**
   * The predicate of a partial index: an SQL boolean expression over the table's columns, without
   * the {@code WHERE} keyword, used verbatim ({@code "status = 'open'"}). Only rows for which it
   * holds are indexed, and for a unique index must be unique. Empty means every row.
   */
  String where() default "";

  /** Container for repeated class-level {@link Index} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    /** The repeated indexes. */
    Index[] value();
  }
}
