/**
 * The dialect-neutral builders migrations use ({@code import static dev.strata.ddl.Ddl.*}):
 * tables, columns, indexes, unique constraints, foreign keys and the column types. Each
 * database renders them with its own SQL.
 */
package dev.strata.ddl;
