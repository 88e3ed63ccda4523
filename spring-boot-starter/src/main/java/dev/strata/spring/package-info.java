/**
 * Spring Boot auto-configuration for Strata: with a {@code DataSource} in the context (or
 * {@code strata.url} set), pending migrations are applied while the context starts, before any
 * bean that uses the database is created. Configured with the {@code strata.*} properties
 * ({@link dev.strata.spring.StrataProperties}); exposes a {@link dev.strata.Migrator} bean.
 */
package dev.strata.spring;
