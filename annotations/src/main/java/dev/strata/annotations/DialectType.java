package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The raw SQL type of a field's column on one database family, used verbatim there; repeat it for
 * each database:
 *
 * <pre>{@code
 * @DialectType(dialect = Dialect.POSTGRESQL, type = "jsonb")
 * @DialectType(dialect = Dialect.MYSQL, type = "JSON")
 * @DialectType(dialect = Dialect.SQLITE, type = "TEXT")
 * String settings;
 * }</pre>
 *
 * <p>A database without its own {@code @DialectType} takes {@link Column#type()}; with neither,
 * the model does not compile (the processor names the database; the option
 * {@code -Astrata.dialects} leaves out the databases a project does not run on). The field's Java
 * type is not checked against the SQL types: reading and writing its values is the application's.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Repeatable(DialectType.List.class)
public @interface DialectType {
  /** The database family this type is for; MYSQL covers MariaDB. */
  Dialect dialect();

  /** The SQL type, used verbatim in that database's DDL ({@code "jsonb"}, {@code "JSON"}). */
  String type();

  /** The container of repeated {@code @DialectType} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
  @interface List {
    /** The repeated annotations. */
    DialectType[] value();
  }
}
