/**
 * The annotations that describe tables ({@code @Model}, {@code @Key}, {@code @Index}, ...) and
 * mark migrations ({@code @Migration}). All have CLASS retention, so the processor can read
 * them from class files in incremental builds.
 */
package dev.strata.annotations;
